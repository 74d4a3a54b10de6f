/** Only same-site paths may be a redirect target after sign-in (no `//evil.example`). */
export function safeRedirect(target: unknown): string | undefined {
  if (typeof target !== 'string') return undefined;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return undefined;
  if (target === '/' || target.startsWith('/masuk')) return undefined;
  return target;
}

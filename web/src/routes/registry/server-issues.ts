import { isApiError } from '../../api/client';

/**
 * The field problems of a server validation error, by field path: every issue of `validation.invalid`
 * ("address.postalCode: Kode pos harus 5 digit angka"), or the one field an error names (params.field).
 * `normalise` maps server paths onto the form's. Empty when the error names no field.
 */
export function serverIssues(e: unknown, normalise: (path: string) => string = (p) => p): Record<string, string> {
  if (!isApiError(e)) return {};
  const issues = Array.isArray(e.params.issues) ? (e.params.issues as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  const found: Record<string, string> = {};
  for (const issue of issues) {
    const i = issue.indexOf(': ');
    if (i <= 0) continue;
    const path = normalise(issue.slice(0, i));
    if (!found[path]) found[path] = issue.slice(i + 2);
  }
  if (!Object.keys(found).length && e.field) {
    found[normalise(e.field)] = e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
  }
  return found;
}

/** The server's password policy, checked early for a quicker answer (the server checks again). Returns an i18n key. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (!password) return 'validation.required';
  if (password.length < 10) return 'errors.auth.password_too_short';
  if (password.length > 200) return 'errors.auth.password_too_long';
  if (/^\d+$/.test(password)) return 'errors.auth.password_only_digits';
  if (email && password.toLowerCase() === email.toLowerCase()) return 'errors.auth.password_equals_email';
  return undefined;
}

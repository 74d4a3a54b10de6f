/** Password rules: at least 10 characters, not only digits, not the e-mail address. Returns the broken rule or null. */
export function checkPasswordPolicy(password: string, email?: string): string | null {
  if (password.length < 10) return 'too_short';
  if (password.length > 200) return 'too_long';
  if (/^\d+$/.test(password)) return 'only_digits';
  if (email && password.toLowerCase() === email.toLowerCase()) return 'equals_email';
  return null;
}

export const PASSWORD_POLICY_MESSAGES: Record<string, string> = {
  too_short: 'Kata sandi minimal 10 karakter.',
  too_long: 'Kata sandi maksimal 200 karakter.',
  only_digits: 'Kata sandi tidak boleh hanya angka.',
  equals_email: 'Kata sandi tidak boleh sama dengan email.',
};

/** Sign-in throttling: failures in the window before a 429. */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

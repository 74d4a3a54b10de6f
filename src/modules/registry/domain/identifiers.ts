/**
 * Business identifiers: NIB (Nomor Induk Berusaha, from OSS) and NPWP (Nomor Pokok Wajib Pajak).
 */
import { AppError } from '../../../core/errors';

export const NIB_MESSAGE = 'NIB harus 13 digit angka';
export const NPWP_MESSAGE =
  'NPWP harus 15 digit (format lama 99.999.999.9-999.999) atau 16 digit (NIK atau 0 + NPWP lama)';

const NIB = /^\d{13}$/;

/** True when `input` (surrounding spaces ignored) is a NIB: exactly 13 digits. No public check digit exists. */
export function isNib(input: string): boolean {
  return NIB.test(input.trim());
}

/** Returns the NIB (trimmed) or throws AppError `registry.nib_invalid` (400). */
export function validateNib(input: string): string {
  const nib = input.trim();
  if (!NIB.test(nib)) throw new AppError('registry.nib_invalid', 400, NIB_MESSAGE, { nib: input });
  return nib;
}

/** Both forms of an NPWP, as far as they can be derived. */
export interface NpwpForms {
  /** Legacy 15 digits, or null for a 16-digit NPWP that is a person's NIK. */
  npwp15: string | null;
  /** 16 digits: "0" + the legacy 15 digits, or the NIK. */
  npwp16: string;
  /** Legacy punctuation AA.BBB.BBB.C-DDD.EEE, when a 15-digit form exists. */
  formatted15?: string;
}

/** Legacy layout with its punctuation: 01.234.567.8-901.000 */
const LEGACY_FORMATTED = /^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/;
/** Digits with optional separators (dot, dash, space) between them. */
const LOOSE = /^\d(?:[\d.\- ]*\d)?$/;

/** 15 digits → "AA.BBB.BBB.C-DDD.EEE". */
export function formatNpwp15(digits15: string): string {
  if (!/^\d{15}$/.test(digits15)) throw new RangeError(`not 15 digits: "${digits15}"`);
  const d = digits15;
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12, 15)}`;
}

function toForms(digits: string): NpwpForms | null {
  if (/^0+$/.test(digits)) return null;
  if (digits.length === 15) {
    return { npwp15: digits, npwp16: `0${digits}`, formatted15: formatNpwp15(digits) };
  }
  if (digits.length === 16) {
    if (digits.startsWith('0')) {
      const npwp15 = digits.slice(1);
      return { npwp15, npwp16: digits, formatted15: formatNpwp15(npwp15) };
    }
    return { npwp15: null, npwp16: digits };
  }
  return null;
}

/**
 * Reads an NPWP written as 15 legacy digits (plain or "AA.BBB.BBB.C-DDD.EEE") or 16 digits
 * (optionally grouped with spaces, dots or dashes) and returns both forms; null when invalid.
 * 15 → 16 is "0" + the 15 digits; a 16-digit NPWP starting with "0" has a 15-digit form; any
 * other 16-digit NPWP is a NIK and has none. All zeros is rejected.
 */
export function parseNpwp(input: string): NpwpForms | null {
  const s = input.trim();
  if (!LOOSE.test(s)) return null;
  const digits = s.replace(/\D/g, '');
  // Punctuated 15-digit input must follow the legacy layout exactly.
  if (digits.length === 15 && /\D/.test(s) && !LEGACY_FORMATTED.test(s)) return null;
  return toForms(digits);
}

export function isNpwp(input: string): boolean {
  return parseNpwp(input) !== null;
}

/** Like parseNpwp, but throws AppError `registry.npwp_invalid` (400) when invalid. */
export function normaliseNpwp(input: string): NpwpForms {
  const forms = parseNpwp(input);
  if (!forms) throw new AppError('registry.npwp_invalid', 400, NPWP_MESSAGE, { npwp: input });
  return forms;
}

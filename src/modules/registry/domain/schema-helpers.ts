/**
 * Small zod builders whose error messages are in Indonesian and name the field, e.g.
 * "Nama badan usaha wajib diisi", "Jumlah mesin minimal 1".
 */
import { z } from 'zod';
import type { Vocabulary } from './vocabulary';

/** Message for a missing value or a value of the wrong type. */
function typeError(label: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? `${label} wajib diisi` : `${label} harus berupa ${expected}`;
}

/** A trimmed, non-empty string of at most `max` characters. */
export function text(label: string, options: { min?: number; max?: number } = {}) {
  const { min = 1, max = 200 } = options;
  return z
    .string({ error: typeError(label, 'teks') })
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi` : `${label} minimal ${min} karakter`)
    .max(max, `${label} maksimal ${max} karakter`);
}

/** A whole number between `min` and `max`. */
export function integer(label: string, min: number, max: number) {
  return z
    .number({ error: typeError(label, 'angka') })
    .int(`${label} harus bilangan bulat`)
    .min(min, `${label} minimal ${min}`)
    .max(max, `${label} maksimal ${max}`);
}

/** A finite number in [min, max]; `message` is used for both bounds. */
export function numberInRange(label: string, min: number, max: number, message: string) {
  return z.number({ error: typeError(label, 'angka') }).min(min, message).max(max, message);
}

/** A key of a controlled vocabulary (processes, materials, …). */
export function vocabularyKey(label: string, vocabulary: Vocabulary) {
  return z
    .string({ error: typeError(label, 'teks') })
    .trim()
    .superRefine((key, ctx) => {
      if (!vocabulary.has(key)) ctx.addIssue({ code: 'custom', message: `${label} "${key}" tidak dikenal` });
    });
}

/** A list whose items must not repeat (compared as given). */
export function uniqueList<T extends z.ZodType<string>>(item: T, label: string, max: number) {
  return z
    .array(item, { error: typeError(label, 'daftar') })
    .max(max, `${label} maksimal ${max} butir`)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `${label} "${value}" tercantum lebih dari sekali`, path: [index] });
        seen.add(value);
      });
    });
}

/** An object schema whose wrong-type / missing message names it. */
export function objectOf<S extends z.ZodRawShape>(label: string, shape: S) {
  return z.object(shape, { error: typeError(label, 'objek') });
}

/** A list of objects (or other items) with a maximum length. */
export function listOf<T extends z.ZodType>(item: T, label: string, max: number) {
  return z.array(item, { error: typeError(label, 'daftar') }).max(max, `${label} maksimal ${max} butir`);
}

/**
 * An Indonesian phone number written with optional spaces, dashes, dots or parentheses
 * ("0812-3456-7890", "+62 812 3456 7890", "(021) 555 1234"); normalised to "+62…".
 */
export function indonesianPhone(label: string) {
  return z
    .string({ error: typeError(label, 'teks') })
    .trim()
    .transform((raw, ctx) => {
      const compact = raw.replace(/[\s().-]/g, '');
      const m = /^(?:\+62|62|0)(\d{7,13})$/.exec(compact);
      if (!m || m[1]!.startsWith('0')) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} harus nomor Indonesia, mis. 0812-3456-7890 atau +62 812 3456 7890`,
        });
        return z.NEVER;
      }
      return `+62${m[1]}`;
    });
}

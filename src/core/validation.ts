import { z } from 'zod';
import { AppError } from './errors';
import { isRupiahString } from './rupiah';
import { isIsoDate } from './dates';

/** Whole Rupiah as a JSON string of digits. */
export const rupiahString = z
  .string()
  .refine((s) => isRupiahString(s) && !s.trim().startsWith('-'), { message: 'must be a whole, non-negative Rupiah amount as digits, e.g. "24000000000"' });

/** A business date YYYY-MM-DD. */
export const isoDate = z.string().refine(isIsoDate, { message: 'must be a date YYYY-MM-DD' });

/** Percent per year as a decimal string ("6", "10.5"). */
export const rateString = z.string().regex(/^\d{1,3}(\.\d{1,6})?$/, 'must be a percentage like "6" or "10.5"');

/** First issue of a zod error as a field path and message. */
export function describeZodError(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue && issue.path.length ? issue.path.join('.') : '(input)';
  return { field, message: issue?.message ?? 'invalid input' };
}

/** Parses with zod; on failure throws AppError `validation.invalid` (400) naming the field. */
export function parseOrThrow<T extends z.ZodTypeAny>(schema: T, value: unknown, code = 'validation.invalid'): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const { field, message } = describeZodError(r.error);
  throw new AppError(code, 400, `${field}: ${message}`, {
    field,
    issues: r.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`),
  });
}

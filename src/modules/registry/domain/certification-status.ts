/**
 * Whether a certificate (ISO 9001, IATF 16949, SNI, halal, …) is still valid on a business date.
 * The date is passed in: no clock here.
 */
import { AppError } from '../../../core/errors';
import { daysBetween, isIsoDate } from '../../../core/dates';

export type CertificationStatus = 'valid' | 'expiring' | 'expired';

/** A certificate expiring within this many days is flagged `expiring`. */
export const EXPIRY_WARNING_DAYS = 60;

/**
 * `expired` when `expiresOn` is before `today` (a certificate is valid through its expiry date),
 * `expiring` when it expires within `warningDays` days (today included), otherwise `valid`.
 * A certificate without an expiry date (null) is `valid`. Dates are YYYY-MM-DD.
 */
export function certificationStatus(
  expiresOn: string | null,
  today: string,
  warningDays: number = EXPIRY_WARNING_DAYS,
): CertificationStatus {
  if (!isIsoDate(today)) {
    throw new AppError('validation.invalid', 400, 'Tanggal hari ini harus berformat YYYY-MM-DD', { today });
  }
  if (expiresOn === null) return 'valid';
  if (!isIsoDate(expiresOn)) {
    throw new AppError('validation.invalid', 400, 'Tanggal kedaluwarsa sertifikat harus berformat YYYY-MM-DD', {
      expiresOn,
    });
  }
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= warningDays) return 'expiring';
  return 'valid';
}

/** Days from `today` to `expiresOn` (negative once expired), or null without an expiry date. */
export function daysUntilExpiry(expiresOn: string | null, today: string): number | null {
  return expiresOn === null ? null : daysBetween(today, expiresOn);
}

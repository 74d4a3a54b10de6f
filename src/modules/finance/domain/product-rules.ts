/**
 * Credit products (produk kredit) and the terms an application may ask for. Pure.
 * `instalment` products (working capital, KUR-style) repay monthly by annuity, declining or flat;
 * `bullet` products (PO financing) repay once, on the repayment date, by the `bullet` method.
 */
import { AppError } from '../../../core/errors';
import { addMonthsClamped, isIsoDate } from '../../../core/dates';
import type { Rupiah } from '../../../core/rupiah';
import type { LoanMethod } from './loan-schedule';
import { parseAnnualRate } from './rate';

export const PRODUCT_KINDS = ['instalment', 'bullet'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export interface ProductTerms {
  kind: ProductKind;
  method: LoanMethod;
  annualRate: string;
  penaltyRate: string;
  financeableShare: string;
  minTenorMonths: number;
  maxTenorMonths: number;
  minAmount: Rupiah;
  maxAmount: Rupiah;
  graceMonths: number;
}

const bad = (code: string, message: string, field: string) => new AppError(`finance.${code}`, 400, message, { field });

/** Checks a product's own consistency; returns the canonical rate texts. */
export function checkProduct(p: ProductTerms): { annualRate: string; penaltyRate: string; financeableShare: string } {
  if ((p.kind === 'bullet') !== (p.method === 'bullet')) {
    throw bad('product_method_invalid', 'Produk bullet memakai metode bullet; produk angsuran memakai anuitas, efektif atau flat.', 'method');
  }
  const rate = (v: string, field: string) => {
    try {
      return parseAnnualRate(v).text;
    } catch {
      throw bad('rate_invalid', `${field} harus persen per tahun 0–100, misalnya "6" atau "10.5".`, field);
    }
  };
  const out = { annualRate: rate(p.annualRate, 'annualRate'), penaltyRate: rate(p.penaltyRate, 'penaltyRate'), financeableShare: rate(p.financeableShare, 'financeableShare') };
  if (out.financeableShare === '0') throw bad('share_invalid', 'Porsi nilai PO yang dapat dibiayai harus lebih dari 0%.', 'financeableShare');
  if (!(p.minTenorMonths >= 1 && p.minTenorMonths <= p.maxTenorMonths && p.maxTenorMonths <= 360)) {
    throw bad('tenor_range_invalid', 'Rentang tenor harus 1 ≤ minimum ≤ maksimum ≤ 360 bulan.', 'minTenorMonths');
  }
  if (!(p.minAmount > 0n && p.minAmount <= p.maxAmount)) throw bad('amount_range_invalid', 'Rentang plafon harus 0 < minimum ≤ maksimum.', 'minAmount');
  if (p.kind === 'bullet' && p.graceMonths !== 0) throw bad('grace_not_applicable', 'Produk bullet tidak memiliki masa tenggang.', 'graceMonths');
  if (p.graceMonths < 0 || p.graceMonths >= p.maxTenorMonths) throw bad('grace_invalid', 'Masa tenggang harus kurang dari tenor maksimum.', 'graceMonths');
  return out;
}

export interface RequestedTerms {
  amount: Rupiah;
  tenorMonths?: number | null;
  repaidOn?: string | null;
  graceMonths?: number | null;
}

/** Checks what an application asks for against its product (amount, tenor or repayment date, grace). */
export function checkRequestAgainstProduct(p: ProductTerms, r: RequestedTerms, today: string): void {
  if (r.amount < p.minAmount || r.amount > p.maxAmount) {
    throw new AppError('finance.amount_out_of_range', 422, `Jumlah pengajuan harus antara Rp${p.minAmount} dan Rp${p.maxAmount}.`, { field: 'amount', min: p.minAmount.toString(), max: p.maxAmount.toString() });
  }
  if ((r.graceMonths ?? 0) > p.graceMonths) {
    throw new AppError('finance.grace_out_of_range', 422, `Masa tenggang paling lama ${p.graceMonths} bulan.`, { field: 'graceMonths' });
  }
  if (p.kind === 'bullet') {
    if (!r.repaidOn || !isIsoDate(r.repaidOn) || r.tenorMonths != null) {
      throw new AppError('finance.repaid_on_required', 400, 'Pembiayaan PO (bullet) memerlukan tanggal pelunasan repaidOn, bukan tenor.', { field: 'repaidOn' });
    }
    if (r.repaidOn <= today || r.repaidOn > addMonthsClamped(today, p.maxTenorMonths)) {
      throw new AppError('finance.tenor_out_of_range', 422, `Tanggal pelunasan harus setelah hari ini dan paling lambat ${p.maxTenorMonths} bulan lagi.`, { field: 'repaidOn' });
    }
    return;
  }
  if (r.repaidOn != null) throw new AppError('finance.repaid_on_not_applicable', 400, 'Kredit angsuran memakai tenor (bulan), bukan tanggal pelunasan.', { field: 'repaidOn' });
  const t = r.tenorMonths;
  if (t == null || !Number.isInteger(t) || t < p.minTenorMonths || t > p.maxTenorMonths) {
    throw new AppError('finance.tenor_out_of_range', 422, `Tenor harus ${p.minTenorMonths}–${p.maxTenorMonths} bulan.`, { field: 'tenorMonths' });
  }
  if ((r.graceMonths ?? 0) >= t) throw new AppError('finance.grace_out_of_range', 422, 'Masa tenggang harus lebih pendek dari tenor.', { field: 'graceMonths' });
}

/** Percent with two decimals, half up, from a fraction (NPL ratio and the like); "0.00" when the denominator is 0. */
export function percentText(numerator: Rupiah, denominator: Rupiah): string {
  if (denominator <= 0n) return '0.00';
  const hundredths = (numerator * 10_000n * 2n + denominator) / (denominator * 2n);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

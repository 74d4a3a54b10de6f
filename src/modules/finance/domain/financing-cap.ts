/**
 * No double financing: a purchase order can back at most its financeable share of its value
 * across all live applications. cap = roundDown(PO value × share / 100) (the lender never lends
 * more than the share, so the cap rounds down). Pure.
 */
import { AppError } from '../../../core/errors';
import { roundDown, type Rupiah } from '../../../core/rupiah';
import { parseAnnualRate } from './rate';

/** Percent 0..100 as an exact fraction (same text rules as rates: "80", "72.5"). */
export function parsePercent(value: string, field: string): { numerator: bigint; denominator: bigint; text: string } {
  try {
    return parseAnnualRate(value);
  } catch {
    throw new AppError('finance.percent_invalid', 400, `${field} harus persen 0–100, misalnya "80" atau "72.5".`, { field, value });
  }
}

export function financeableCap(poValue: Rupiah, sharePercent: string): Rupiah {
  const s = parsePercent(sharePercent, 'financeableShare');
  return roundDown(poValue * s.numerator, s.denominator * 100n);
}

export interface Backing {
  key: string;
  /** What this backing may still carry (PO: cap − reserved; MoU: its value). */
  available: Rupiah;
  /** An amount asked for explicitly, or undefined to fill greedily. */
  requested?: Rupiah;
}

/**
 * Splits an application amount over its backings: explicit amounts first (each within what is
 * available), then the rest greedily in the given order. Throws `finance.backing_insufficient`
 * (422) when the backings cannot carry the amount.
 */
export function splitAcrossBackings(amount: Rupiah, backings: Backing[]): Map<string, Rupiah> {
  const out = new Map<string, Rupiah>();
  let left = amount;
  for (const b of backings) {
    if (b.requested === undefined) continue;
    if (b.requested > b.available) {
      throw new AppError('finance.po_already_financed', 422, `Dasar pembiayaan ${b.key} hanya dapat menanggung Rp${b.available} lagi.`, { field: 'underlyings', key: b.key, available: b.available.toString() });
    }
    out.set(b.key, b.requested);
    left -= b.requested;
  }
  if (left < 0n) throw new AppError('finance.backing_exceeds_amount', 400, 'Jumlah per dasar pembiayaan melebihi jumlah pengajuan.', { field: 'underlyings' });
  for (const b of backings) {
    if (b.requested !== undefined || left === 0n) continue;
    const take = b.available < left ? b.available : left;
    if (take > 0n) out.set(b.key, take);
    left -= take;
  }
  if (left > 0n) {
    throw new AppError('finance.po_already_financed', 422, `PO/MoU yang dijadikan dasar tidak cukup untuk membiayai jumlah ini (kurang Rp${left}); sebagian sudah dibiayai.`, { field: 'amount', shortfall: left.toString() });
  }
  return out;
}

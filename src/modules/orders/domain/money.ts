import { addDays } from '../../../core/dates';
import { badRequest } from '../../../core/errors';
import { roundDown, type Rupiah } from '../../../core/rupiah';

/** PPN (VAT) default: 11% = 1100 basis points. A PO may carry another rate (e.g. 12% on DPP nilai lain). */
export const DEFAULT_PPN_RATE_BP = 1100;

/** "11" / "11.5" / "0" (percent, at most two decimals) → basis points (1100 / 1150 / 0). */
export function percentToBasisPoints(percent: string): number {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(percent.trim());
  if (!m) throw badRequest('orders.ppn_rate_invalid', 'Tarif PPN harus persen dengan paling banyak dua desimal, mis. "11".', { field: 'ppnRate' });
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (bp > 10_000) throw badRequest('orders.ppn_rate_invalid', 'Tarif PPN maksimal 100%.', { field: 'ppnRate' });
  return bp;
}

export function basisPointsToPercent(bp: number): string {
  const whole = Math.floor(bp / 100);
  const frac = bp % 100;
  return frac ? `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}` : String(whole);
}

export function lineAmount(quantity: number, unitPrice: Rupiah): Rupiah {
  return BigInt(quantity) * unitPrice;
}

/**
 * PPN on a document's taxable base (DPP): base × rate, **rounded down** to whole Rupiah
 * (`roundDown`, as e-Faktur does), computed once per document on its subtotal — never per line.
 */
export function ppnAmount(base: Rupiah, rateBp: number): Rupiah {
  return roundDown(base * BigInt(rateBp), 10_000n);
}

export interface DocumentTotals {
  subtotal: Rupiah;
  ppn: Rupiah;
  total: Rupiah;
}

/** Subtotal = Σ quantity × unit price; PPN shown separately; total = subtotal + PPN. */
export function documentTotals(lines: readonly { quantity: number; unitPrice: Rupiah }[], rateBp: number): DocumentTotals {
  const subtotal = lines.reduce((s, l) => s + lineAmount(l.quantity, l.unitPrice), 0n);
  const ppn = ppnAmount(subtotal, rateBp);
  return { subtotal, ppn, total: subtotal + ppn };
}

/** Invoice due date: the invoice date plus the PO's payment terms in days. */
export function invoiceDueDate(invoiceDate: string, paymentTermsDays: number): string {
  return addDays(invoiceDate, paymentTermsDays);
}

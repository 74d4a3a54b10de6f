import { compareIsoDates } from '../../../core/dates';
import { conflict, unprocessable } from '../../../core/errors';
import type { Rupiah } from '../../../core/rupiah';

/** issued (awaiting the IKM) → acknowledged | rejected; acknowledged → fulfilled (all accepted); revisions go back to issued. */
export const PO_STATUSES = ['issued', 'acknowledged', 'rejected', 'fulfilled', 'cancelled'] as const;
export type PoStatus = (typeof PO_STATUSES)[number];
export type PoAction = 'edit' | 'revise' | 'acknowledge' | 'reject' | 'cancel' | 'deliver';

const ALLOWED: Record<PoAction, readonly PoStatus[]> = {
  edit: ['issued'],
  revise: ['acknowledged', 'fulfilled'],
  acknowledge: ['issued'],
  reject: ['issued'],
  cancel: ['issued', 'acknowledged'],
  deliver: ['acknowledged'],
};

export function assertPoAction(status: PoStatus, action: PoAction): void {
  if (ALLOWED[action].includes(status)) return;
  if (action === 'edit' && (status === 'acknowledged' || status === 'fulfilled')) {
    throw conflict('orders.po_revision_required', 'PO sudah dikonfirmasi IKM; perubahan hanya melalui revisi (POST /revisions).', { status });
  }
  if (action === 'deliver') throw conflict('orders.po_not_acknowledged', 'PO belum dikonfirmasi IKM (atau revisinya belum dikonfirmasi); surat jalan belum dapat dibuat.', { status });
  throw conflict('orders.invalid_transition', `PO berstatus "${status}" tidak dapat di-${action}.`, { status, action });
}

export interface ScheduleEntry {
  date: string;
  quantity: number;
}

export interface LineInput {
  /** Existing line id (revisions); absent for a new line. */
  id?: string;
  partNumber: string;
  partName: string;
  uom: string;
  quantity: number;
  unitPrice: Rupiah;
  schedule: ScheduleEntry[];
}

/** Quantities positive, schedule sums to the line quantity, dates ascending and not before the order date. */
export function validateLines(lines: readonly LineInput[], orderDate: string): void {
  if (!lines.length) throw unprocessable('orders.lines_required', 'PO harus memiliki minimal satu baris.', { field: 'lines' });
  lines.forEach((l, i) => {
    if (!Number.isInteger(l.quantity) || l.quantity <= 0) throw unprocessable('orders.quantity_invalid', 'Jumlah harus bilangan bulat positif.', { field: `lines.${i}.quantity` });
    if (l.unitPrice < 0n) throw unprocessable('orders.price_invalid', 'Harga satuan tidak boleh negatif.', { field: `lines.${i}.unitPrice` });
    if (!l.schedule.length) throw unprocessable('orders.schedule_required', 'Setiap baris memerlukan jadwal pengiriman.', { field: `lines.${i}.schedule` });
    let previous = orderDate;
    let sum = 0;
    l.schedule.forEach((s, j) => {
      const field = `lines.${i}.schedule.${j}.date`;
      if (compareIsoDates(s.date, orderDate) < 0) throw unprocessable('orders.dates_out_of_order', 'Tanggal kirim tidak boleh sebelum tanggal PO.', { field, orderDate });
      if (j > 0 && compareIsoDates(s.date, previous) <= 0) throw unprocessable('orders.dates_out_of_order', 'Jadwal pengiriman harus berurutan naik tanpa tanggal ganda.', { field });
      if (!Number.isInteger(s.quantity) || s.quantity <= 0) throw unprocessable('orders.quantity_invalid', 'Jumlah jadwal harus bilangan bulat positif.', { field: `lines.${i}.schedule.${j}.quantity` });
      previous = s.date;
      sum += s.quantity;
    });
    if (sum !== l.quantity) throw unprocessable('orders.schedule_mismatch', `Jumlah jadwal (${sum}) harus sama dengan jumlah baris (${l.quantity}).`, { field: `lines.${i}.schedule` });
  });
}

/** Cumulative quantity through each schedule entry (for on-time-in-full per entry). */
export function cumulative(schedule: readonly ScheduleEntry[]): number[] {
  let c = 0;
  return schedule.map((s) => (c += s.quantity));
}

export interface ExistingLine {
  id: string;
  quantity: number;
  unitPrice: Rupiah;
  deliveredQty: number;
  rejectedQty: number;
  invoicedQty: number;
}

/**
 * A revision (or edit) may not take a line below what is already delivered (net of rejects), change the price of
 * an invoiced line, or remove a line with deliveries.
 */
export function validateLineChanges(existing: readonly ExistingLine[], next: readonly LineInput[]): void {
  const byId = new Map(existing.map((l) => [l.id, l]));
  next.forEach((l, i) => {
    if (!l.id) return;
    const old = byId.get(l.id);
    if (!old) throw unprocessable('orders.line_not_found', 'Baris PO tidak ditemukan.', { field: `lines.${i}.id` });
    const net = old.deliveredQty - old.rejectedQty;
    if (l.quantity < net) throw unprocessable('orders.quantity_below_delivered', `Jumlah tidak boleh kurang dari yang sudah dikirim (${net}).`, { field: `lines.${i}.quantity`, delivered: net });
    if (l.unitPrice !== old.unitPrice && old.invoicedQty > 0) throw unprocessable('orders.line_invoiced', 'Harga baris yang sudah ditagih tidak dapat diubah.', { field: `lines.${i}.unitPrice` });
  });
  const kept = new Set(next.map((l) => l.id).filter(Boolean));
  for (const old of existing) {
    if (!kept.has(old.id) && old.deliveredQty > 0) throw unprocessable('orders.line_has_deliveries', 'Baris yang sudah dikirim tidak dapat dihapus.', { field: 'lines', lineId: old.id });
  }
}

/** Fulfilled when every line's accepted quantity reaches its ordered quantity. */
export function isFulfilled(lines: readonly { quantity: number; acceptedQty: number }[]): boolean {
  return lines.length > 0 && lines.every((l) => l.acceptedQty >= l.quantity);
}

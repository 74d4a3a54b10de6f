import type { createBillingService } from './billing-service';
import type { createDeliveryService } from './delivery-service';
import { qty, renderPdf, rp } from './pdf';
import type { PoView } from './po-view';

type InvoiceView = Awaited<ReturnType<ReturnType<typeof createBillingService>['invoiceView']>>;
type NoteView = Awaited<ReturnType<ReturnType<typeof createDeliveryService>['noteView']>>;

/** Purchase order (Pesanan Pembelian) as PDF: lines, delivery schedule, PPN shown separately, terbilang. */
export function poPdf(po: PoView): Promise<Buffer> {
  return renderPdf({
    title: 'PESANAN PEMBELIAN (PO)',
    reference: `${po.reference}${po.revision ? ` — revisi ${po.revision}` : ''}`,
    from: { label: 'Pembeli', name: po.buyerName },
    to: { label: 'Pemasok (IKM)', name: po.ikmName },
    facts: [
      ['Tanggal PO', po.orderDate],
      ['Syarat pembayaran', `${po.paymentTermsDays} hari setelah faktur`],
      ['Alamat kirim', po.deliveryAddress ?? '-'],
      ['Status', po.status],
    ],
    columns: [
      { header: 'No', width: 28 },
      { header: 'No. part / nama', width: 150 },
      { header: 'Jadwal kirim', width: 120 },
      { header: 'Jumlah', width: 60, align: 'right' },
      { header: 'Harga satuan', width: 78, align: 'right' },
      { header: 'Jumlah harga', width: 79, align: 'right' },
    ],
    rows: po.lines.map((l) => [String(l.lineNo), `${l.partNumber}\n${l.partName}`, l.schedule.map((s) => `${s.date}: ${qty(s.quantity)}`).join('\n'), qty(l.quantity, l.uom), rp(l.unitPrice), rp(l.amount)]),
    totals: [
      ['Subtotal (DPP)', rp(po.subtotal)],
      [`PPN ${po.ppnRate}%`, rp(po.ppnAmount)],
      ['Total', rp(po.total)],
    ],
    amountInWords: po.amountInWords,
    notes: po.notes,
    signatures: [`Pembeli\n${po.buyerName}`, `Pemasok\n${po.ikmName}`],
  });
}

/** Delivery note (Surat Jalan). */
export function deliveryNotePdf(n: NoteView): Promise<Buffer> {
  return renderPdf({
    title: 'SURAT JALAN',
    reference: n.reference,
    from: { label: 'Pengirim (IKM)', name: n.ikmName },
    to: { label: 'Penerima', name: n.buyerName },
    facts: [
      ['Tanggal kirim', n.deliveredOn],
      ['No. PO', n.poReference],
      ['Kendaraan', n.vehicle ?? '-'],
    ],
    columns: [
      { header: 'No', width: 30 },
      { header: 'No. part', width: 110 },
      { header: 'Nama part', width: 215 },
      { header: 'Jumlah kirim', width: 80, align: 'right' },
      { header: 'Diterima', width: 80, align: 'right' },
    ],
    rows: n.lines.map((l) => [String(l.lineNo), l.partNumber, l.partName, qty(l.quantity, l.uom), qty(l.receivedQty)]),
    notes: n.notes,
    signatures: ['Pengirim', 'Pengemudi', 'Penerima'],
  });
}

/** Invoice (Faktur): accepted quantities, PPN separately, due date, terbilang. */
export function invoicePdf(inv: InvoiceView): Promise<Buffer> {
  return renderPdf({
    title: 'FAKTUR / INVOICE',
    reference: inv.reference,
    from: { label: 'Penagih (IKM)', name: inv.ikmName },
    to: { label: 'Kepada', name: inv.buyerName },
    facts: [
      ['Tanggal faktur', inv.invoiceDate],
      ['Jatuh tempo', inv.dueDate],
      ['No. PO', inv.poReference],
      ['No. faktur pemasok', inv.supplierInvoiceNo ?? '-'],
      ['Status', inv.status === 'paid' ? 'Lunas' : `Belum lunas (sisa ${rp(inv.outstanding)})`],
    ],
    columns: [
      { header: 'No', width: 30 },
      { header: 'No. part / nama', width: 215 },
      { header: 'Jumlah', width: 70, align: 'right' },
      { header: 'Harga satuan', width: 90, align: 'right' },
      { header: 'Jumlah harga', width: 110, align: 'right' },
    ],
    rows: inv.lines.map((l) => [String(l.lineNo), `${l.partNumber}\n${l.partName}`, qty(l.quantity, l.uom), rp(l.unitPrice), rp(l.amount)]),
    totals: [
      ['Subtotal (DPP)', rp(inv.subtotal)],
      [`PPN ${inv.ppnRate}%`, rp(inv.ppnAmount)],
      ['Total', rp(inv.total)],
    ],
    amountInWords: inv.amountInWords,
    signatures: [`Hormat kami,\n${inv.ikmName}`],
  });
}

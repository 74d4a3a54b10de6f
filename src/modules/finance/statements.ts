/** Loan statements (PDF, XLSX) and escrow reconciliation (XLSX) — rendering only; the data comes from the services. */
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { formatRupiah } from '../../core/rupiah';
import type { AkadView } from './akad-view';

export interface StatementLine {
  date: string;
  kind: string;
  memo: string;
  principal: bigint;
  interest: bigint;
  penalty: bigint;
}

export interface ReconciliationReport {
  escrowAccountId: string;
  accountNo: string;
  lenderName: string;
  ikmName: string;
  payments: { paymentId: string; kind: string; invoiceId: string | null; paidOn: string; amount: bigint; escrowIn: bigint; escrowOut: bigint; principal: bigint; interest: bigint; penalty: bigint; toIkm: bigint; reversed: boolean; balanced: boolean }[];
  totals: { in: bigint; out: bigint; principal: bigint; interest: bigint; penalty: bigint; toIkm: bigint; balance: bigint };
  balanced: boolean;
}

const rp = (v: bigint) => formatRupiah(v);

export async function statementPdf(a: AkadView, lines: StatementLine[], asOf: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `Rekening koran ${a.reference}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).text(`Rekening Koran Pinjaman — ${a.reference}`);
  doc.fontSize(9).fillColor('#555').text(`Per ${asOf} · dicetak oleh Lingkar`).fillColor('black').moveDown();
  const facts: [string, string][] = [
    ['Pemberi pinjaman', a.lenderName],
    ['IKM', a.ikmName],
    ['Pembeli', a.buyerName],
    ['Pokok', rp(a.principal)],
    ['Bunga', `${a.annualRate}% per tahun (${a.method})`],
    ['Tenor', a.tenorMonths ? `${a.tenorMonths} bulan` : `jatuh tempo ${a.repaidOn}`],
    ['Status', a.status],
    ['Sisa pokok', rp(a.balances.outstandingPrincipal)],
    ['Kolektibilitas', `${a.collectibility} ${a.collectibilityLabel} (DPD ${a.dpd})`],
  ];
  doc.fontSize(10);
  for (const [k, v] of facts) doc.text(`${k}: ${v}`);
  doc.moveDown().fontSize(12).text(`Jadwal angsuran (versi ${a.schedule.version})`).fontSize(8);
  const cols = [40, 65, 135, 225, 305, 375, 455];
  const row = (cells: string[]) => {
    const y = doc.y;
    cells.forEach((c, i) => doc.text(c, cols[i]!, y, { width: (cols[i + 1] ?? 560) - cols[i]! - 4, align: i >= 2 ? 'right' : 'left' }));
    doc.moveDown(0.2);
    if (doc.y > 780) doc.addPage();
  };
  row(['No', 'Jatuh tempo', 'Pokok', 'Bunga', 'Denda', 'Dibayar', 'Sisa tagihan']);
  for (const i of a.schedule.instalments) {
    row([String(i.no), i.dueDate, rp(i.principalDue), rp(i.interestDue), rp(i.penaltyDue), rp(i.principalPaid + i.interestPaid + i.penaltyPaid), rp(i.unpaid)]);
  }
  doc.x = 40;
  doc.moveDown().fontSize(12).text('Mutasi').fontSize(8);
  row(['Tanggal', 'Jenis', 'Pokok', 'Bunga', 'Denda', 'Keterangan']);
  for (const l of lines) row([l.date, l.kind, rp(l.principal), rp(l.interest), rp(l.penalty), l.memo]);
  doc.end();
  return done;
}

export async function statementXlsx(a: AkadView, lines: StatementLine[], asOf: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lingkar';
  const info = wb.addWorksheet('Akad');
  info.addRows([
    ['Akad', a.reference],
    ['Per tanggal', asOf],
    ['Pemberi pinjaman', a.lenderName],
    ['IKM', a.ikmName],
    ['Pembeli', a.buyerName],
    ['Pokok (Rp)', Number(a.principal)],
    ['Bunga % p.a.', a.annualRate],
    ['Metode', a.method],
    ['Status', a.status],
    ['Sisa pokok (Rp)', Number(a.balances.outstandingPrincipal)],
    ['Kolektibilitas', `${a.collectibility} ${a.collectibilityLabel}`],
    ['DPD', a.dpd],
  ]);
  const s = wb.addWorksheet(`Jadwal v${a.schedule.version}`);
  s.addRow(['No', 'Jatuh tempo', 'Pokok', 'Bunga', 'Denda', 'Pokok dibayar', 'Bunga dibayar', 'Denda dibayar', 'Sisa tagihan']);
  for (const i of a.schedule.instalments) {
    s.addRow([i.no, i.dueDate, Number(i.principalDue), Number(i.interestDue), Number(i.penaltyDue), Number(i.principalPaid), Number(i.interestPaid), Number(i.penaltyPaid), Number(i.unpaid)]);
  }
  const m = wb.addWorksheet('Mutasi');
  m.addRow(['Tanggal', 'Jenis', 'Pokok', 'Bunga', 'Denda', 'Keterangan']);
  for (const l of lines) m.addRow([l.date, l.kind, Number(l.principal), Number(l.interest), Number(l.penalty), l.memo]);
  for (const ws of [s, m]) {
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c, k) => {
      c.width = k === 5 && ws === m ? 50 : 16;
      if (k >= 2) c.numFmt = '#,##0';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function reconciliationXlsx(r: ReconciliationReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lingkar';
  const ws = wb.addWorksheet('Rekonsiliasi');
  ws.addRow([`Rekening escrow ${r.accountNo}`, r.lenderName, r.ikmName]);
  ws.addRow([]);
  ws.addRow(['Pembayaran', 'Jenis', 'Faktur', 'Tanggal', 'Jumlah', 'Masuk escrow', 'Keluar escrow', 'Pokok', 'Bunga', 'Denda', 'Ke IKM', 'Seimbang']);
  for (const p of r.payments) {
    ws.addRow([p.paymentId, p.kind, p.invoiceId ?? '', p.paidOn, Number(p.amount), Number(p.escrowIn), Number(p.escrowOut), Number(p.principal), Number(p.interest), Number(p.penalty), Number(p.toIkm), p.balanced ? 'ya' : 'TIDAK']);
  }
  const t = r.totals;
  ws.addRow(['Total', '', '', '', '', Number(t.in), Number(t.out), Number(t.principal), Number(t.interest), Number(t.penalty), Number(t.toIkm), r.balanced ? 'ya' : 'TIDAK']);
  ws.getRow(3).font = { bold: true };
  ws.columns.forEach((c, k) => {
    c.width = k === 0 ? 38 : 16;
    if (k >= 4 && k <= 10) c.numFmt = '#,##0';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

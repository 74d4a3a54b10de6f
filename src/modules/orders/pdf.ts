import PDFDocument from 'pdfkit';
import { formatRupiah } from '../../core/rupiah';

/** A printed business document: header, parties, facts, a table, totals and the amount in words. */
interface PrintedDocument {
  title: string;
  reference: string;
  from: { label: string; name: string };
  to: { label: string; name: string };
  facts: [string, string][];
  columns: { header: string; width: number; align?: 'left' | 'right' }[];
  rows: string[][];
  totals?: [string, string][];
  amountInWords?: string;
  notes?: string | null;
  signatures?: string[];
}

/** Renders to a PDF buffer (A4, built-in Helvetica; deterministic apart from the creation date). */
export function renderPdf(d: PrintedDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${d.title} ${d.reference}`, Producer: 'Lingkar' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const left = 40;
    const width = doc.page.width - 80;

    doc.font('Helvetica-Bold').fontSize(16).text(d.title, left, 40);
    doc.font('Helvetica').fontSize(11).text(d.reference, left, 60);
    doc.fontSize(8).fillColor('#555').text('Lingkar — Kemitraan Inklusif Closed Loop', left, 40, { width, align: 'right' }).fillColor('black');

    let y = 90;
    for (const [i, p] of [d.from, d.to].entries()) {
      const x = left + i * (width / 2);
      doc.font('Helvetica-Bold').fontSize(9).text(p.label, x, y, { width: width / 2 - 10 });
      doc.font('Helvetica').fontSize(10).text(p.name, x, y + 12, { width: width / 2 - 10 });
    }
    y += 44;
    for (const [k, v] of d.facts) {
      doc.font('Helvetica-Bold').fontSize(9).text(k, left, y, { width: 140 });
      doc.font('Helvetica').text(v, left + 140, y, { width: width - 140 });
      y += 14;
    }

    y += 10;
    const drawRow = (cells: string[], bold: boolean) => {
      let x = left;
      const h = Math.max(...cells.map((c, i) => doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).heightOfString(c, { width: d.columns[i]!.width - 6 }))) + 6;
      if (y + h > doc.page.height - 120) {
        doc.addPage();
        y = 40;
      }
      cells.forEach((c, i) => {
        const col = d.columns[i]!;
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).text(c, x + 3, y + 3, { width: col.width - 6, align: col.align ?? 'left' });
        x += col.width;
      });
      y += h;
      doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor('#999').stroke();
    };
    drawRow(d.columns.map((c) => c.header), true);
    for (const r of d.rows) drawRow(r, false);

    y += 8;
    for (const [k, v] of d.totals ?? []) {
      doc.font(k.startsWith('Total') ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).text(k, left + width - 300, y, { width: 150, align: 'right' });
      doc.text(v, left + width - 150, y, { width: 150, align: 'right' });
      y += 15;
    }
    if (d.amountInWords) {
      y += 6;
      doc.font('Helvetica-Oblique').fontSize(9).text(`Terbilang: ${d.amountInWords}`, left, y, { width });
      y = doc.y + 6;
    }
    if (d.notes) {
      doc.font('Helvetica').fontSize(9).text(`Catatan: ${d.notes}`, left, y, { width });
      y = doc.y + 6;
    }
    if (d.signatures?.length) {
      y = Math.max(y + 30, doc.page.height - 150);
      const w = width / d.signatures.length;
      d.signatures.forEach((s, i) => {
        doc.font('Helvetica').fontSize(9).text(s, left + i * w, y, { width: w - 10, align: 'center' });
        doc.moveTo(left + i * w + 20, y + 60).lineTo(left + (i + 1) * w - 30, y + 60).strokeColor('black').stroke();
      });
    }
    doc.end();
  });
}

export const rp = (v: bigint) => formatRupiah(v);
export const qty = (n: number, uom = '') => `${n.toLocaleString('id-ID')}${uom ? ` ${uom}` : ''}`;

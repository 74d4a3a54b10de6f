/** Printable personal agenda (PDF, A4) of a participant at a Link & Match event, rendered with pdfkit. */
import PDFDocument from 'pdfkit';

export interface AgendaPdfInput {
  eventName: string;
  venue: string;
  dates: string;
  participantName: string;
  boothCode: string | null;
  generatedAt: string;
  entries: {
    date: string;
    time: string;
    tableNo: number | null;
    counterpart: string;
    counterpartBooth: string | null;
    topic: string | null;
    status: string;
  }[];
}

/** Renders the agenda; the standard Helvetica fonts cover Indonesian text. */
export function renderAgendaPdf(input: AgendaPdfInput): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `Agenda — ${input.participantName}`, Author: 'Lingkar', Subject: input.eventName } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(15).text(input.eventName);
    doc.font('Helvetica').fontSize(10).fillColor('#444').text(`${input.venue} · ${input.dates}`).moveDown(0.6);
    doc.fillColor('#000').font('Helvetica-Bold').fontSize(12).text(`Agenda temu bisnis: ${input.participantName}`);
    if (input.boothCode) doc.font('Helvetica').fontSize(10).text(`Stan: ${input.boothCode}`);
    doc.moveDown(0.8);

    const cols = [
      { title: 'Tanggal', width: 70 },
      { title: 'Waktu (WIB)', width: 75 },
      { title: 'Meja', width: 40 },
      { title: 'Bertemu dengan', width: 175 },
      { title: 'Topik', width: 139 },
    ];
    const left = doc.page.margins.left;
    const row = (values: string[], bold: boolean) => {
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      let x = left;
      let height = 0;
      values.forEach((v, i) => {
        const w = cols[i]!.width;
        doc.text(v, x, y, { width: w - 6 });
        height = Math.max(height, doc.heightOfString(v, { width: w - 6 }));
        x += w;
      });
      doc.x = left;
      doc.y = y + height + 6;
      doc.moveTo(left, doc.y - 3).lineTo(left + 499, doc.y - 3).strokeColor('#ddd').stroke();
      if (doc.y > doc.page.height - 80) doc.addPage();
    };
    row(cols.map((c) => c.title), true);
    if (!input.entries.length) doc.font('Helvetica-Oblique').fontSize(10).text('Belum ada pertemuan terjadwal.', left);
    for (const e of input.entries) {
      const who = e.counterpartBooth ? `${e.counterpart} (stan ${e.counterpartBooth})` : e.counterpart;
      row([e.date, e.time, e.tableNo ? String(e.tableNo) : '–', who, [e.topic, e.status].filter(Boolean).join(' · ')], false);
    }
    doc.moveDown(1).font('Helvetica').fontSize(8).fillColor('#666').text(`Dibuat oleh Lingkar pada ${input.generatedAt}. Jadwal dapat berubah; periksa agenda terbaru di Lingkar.`, left);
    doc.end();
  });
}

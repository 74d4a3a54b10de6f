/**
 * Streaming CSV and XLSX writers for exports: rows arrive in batches and leave as they are written,
 * so a million-row export never sits in memory.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { OutCell } from './profile-cells';

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Writes `headers` and every batch from `batches` into a stream of the chosen format. */
export function writeSpreadsheet(format: ExportFormat, headers: readonly string[], batches: AsyncIterable<OutCell[][]>, sheetName = 'IKM'): Readable {
  const out = new PassThrough();
  const run = format === 'csv' ? writeCsv(out, headers, batches) : writeXlsx(out, headers, batches, sheetName);
  run.catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

async function write(out: PassThrough, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

async function writeCsv(out: PassThrough, headers: readonly string[], batches: AsyncIterable<OutCell[][]>) {
  // The BOM makes Excel read the file as UTF-8.
  await write(out, `\uFEFF${Papa.unparse([headers as string[]])}\r\n`);
  for await (const rows of batches) {
    if (rows.length) await write(out, `${Papa.unparse(rows.map((r) => r.map((c) => (c === null ? '' : c))))}\r\n`);
  }
  out.end();
}

async function writeXlsx(out: PassThrough, headers: readonly string[], batches: AsyncIterable<OutCell[][]>, sheetName: string) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((h) => ({ header: h, key: h, width: Math.min(40, Math.max(12, h.length + 2)) }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for await (const rows of batches) {
    for (const r of rows) ws.addRow(r).commit();
  }
  ws.commit();
  await wb.commit();
}

/**
 * Reads a CSV or XLSX file into a header row and data rows. CSV: UTF-8 with or without BOM (UTF-16 with
 * BOM and Windows-1252 are recognised too), delimiter detected from the header (",", ";", tab or "|"),
 * quoted fields may span lines. XLSX: the named sheet or the first; numbers and dates keep their type.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../core/errors';

export type Cell = string | number | boolean | Date | null;
export interface TableRow {
  /** Row number as the user sees it (header = 1 in CSV; the sheet's own row number in XLSX). */
  number: number;
  cells: Cell[];
}
export interface Table {
  format: 'csv' | 'xlsx';
  sheets: string[];
  sheet: string | null;
  delimiter: string | null;
  headers: string[];
  rows: TableRow[];
}

export type FileFormat = 'csv' | 'xlsx';

const fileError = (code: string, message: string, params = {}) => new AppError(code, 422, message, params);

/** XLSX by its zip signature; old binary .xls is refused with a hint; anything else is read as CSV text. */
export function detectFormat(buffer: Buffer, filename = ''): FileFormat {
  if (buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04) return 'xlsx';
  if (buffer.length >= 4 && buffer[0] === 0xd0 && buffer[1] === 0xcf && buffer[2] === 0x11 && buffer[3] === 0xe0) {
    throw fileError('registry.import_xls_unsupported', 'Format .xls (Excel 97-2003) tidak didukung; simpan ulang sebagai .xlsx atau .csv.', { filename });
  }
  if (buffer.subarray(0, 4096).includes(0) && !(buffer[0] === 0xff && buffer[1] === 0xfe) && !(buffer[0] === 0xfe && buffer[1] === 0xff)) {
    throw fileError('registry.import_format_unknown', 'Berkas bukan CSV atau XLSX.', { filename });
  }
  return 'csv';
}

/** Text of a CSV file: BOM removed; UTF-8, else UTF-16 (with BOM), else Windows-1252. */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

/** The delimiter occurring most often outside quotes in the first line (Excel in Indonesian locale writes ";"). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

const isBlank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** Headers trimmed; empty ones named "Kolom N"; repeated ones numbered "Nama (2)". */
function cleanHeaders(raw: Cell[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h === null || String(h).trim() === '' ? `Kolom ${i + 1}` : String(h instanceof Date ? h.toISOString().slice(0, 10) : h).replace(/\s+/g, ' ').trim();
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

export function readCsv(buffer: Buffer): Table {
  const text = decodeText(buffer);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    throw fileError('registry.import_csv_malformed', `CSV tidak valid: tanda kutip tidak ditutup (data baris ke-${(unclosed.row ?? 0) + 1}).`, { row: (unclosed.row ?? 0) + 1 });
  }
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) throw fileError('registry.import_empty', 'Berkas kosong: tidak ada baris judul kolom.');
  const headers = cleanHeaders(records[headerIndex]!);
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (!isBlank(cells)) rows.push({ number: i + 1, cells });
  }
  return { format: 'csv', sheets: [], sheet: null, delimiter, headers, rows };
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return null;
  }
  return String(v);
}

export async function readXlsx(buffer: Buffer, sheetName?: string | null): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw fileError('registry.import_xlsx_malformed', `Berkas XLSX tidak dapat dibaca: ${(e as Error).message}`);
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws) {
    throw fileError('registry.import_sheet_not_found', sheetName ? `Sheet "${sheetName}" tidak ada; pilih salah satu: ${sheets.join(', ')}.` : 'Berkas XLSX tidak memiliki sheet.', { sheet: sheetName ?? null, sheets });
  }
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i] ?? null));
    if (isBlank(cells)) return;
    if (!headers) headers = cleanHeaders(cells);
    else rows.push({ number, cells });
  });
  if (!headers) throw fileError('registry.import_empty', `Sheet "${ws.name}" kosong: tidak ada baris judul kolom.`);
  return { format: 'xlsx', sheets, sheet: ws.name, delimiter: null, headers, rows };
}

/** Reads either format. */
export async function readTable(buffer: Buffer, filename = '', sheet?: string | null): Promise<Table> {
  if (!buffer.length) throw fileError('registry.import_empty', 'Berkas kosong.');
  return detectFormat(buffer, filename) === 'xlsx' ? readXlsx(buffer, sheet) : readCsv(buffer);
}

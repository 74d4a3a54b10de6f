/**
 * Reading spreadsheet cells the way people write them: Indonesian number formats ("1.250", "2,5",
 * "Rp 2.500.000.000"), dates as ISO, dd/mm/yyyy, "1 Mei 2027", Excel serial numbers or real date cells,
 * lists separated by ";" / new lines (or "," outside parentheses), and vocabulary labels in either language.
 * A value that cannot be read is passed on as written, so the profile schema reports it in Indonesian.
 */
import { formatIsoDate, isIsoDate } from '../../../core/dates';
import type { Vocabulary } from '../domain';
import type { Cell } from './read-table';

/** Excel's day 0 (serial 1 = 1900-01-01, with the 1900 leap-year quirk folded into the epoch). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoOfDate(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell).trim();
}

function isoOfDate(d: Date): string {
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Excel serial date → ISO date. */
export function excelSerialToIso(serial: number): string {
  return isoOfDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000));
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3, apr: 4, april: 4,
  mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nopember: 11, november: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

/** A date cell as YYYY-MM-DD; null when empty; the text itself when unreadable. */
export function parseDateCell(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return isoOfDate(cell);
  if (typeof cell === 'number') return cell >= 1 && cell < 2_958_466 ? excelSerialToIso(cell) : String(cell);
  const s = String(cell).trim();
  if (!s) return null;
  if (isIsoDate(s)) return s;
  let m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(s);
  if (m) return validOr(s, +m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validOr(s, +m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})[\s/.-]+([a-z]+)\.?[\s/.-]+(\d{4})$/i.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()]) return validOr(s, +m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  if (/^\d{5}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s));
  return s;
}

function validOr(raw: string, y: number, mo: number, d: number): string {
  const iso = formatIsoDate(y, mo, d);
  return isIsoDate(iso) ? iso : raw;
}

/** A year: 4 digits, or the year of a date (ISO, dd/mm/yyyy, Excel serial or date cell). */
export function parseYearCell(cell: Cell | undefined): number | string | undefined {
  if (cell === null || cell === undefined || cellText(cell) === '') return undefined;
  if (typeof cell === 'number' && cell >= 1000 && cell <= 9999 && Number.isInteger(cell)) return cell;
  const s = cellText(cell);
  if (/^\d{4}$/.test(s)) return Number(s);
  const iso = parseDateCell(cell);
  return iso && isIsoDate(iso) ? Number(iso.slice(0, 4)) : s;
}

/** A number written in Indonesian or English style; undefined when empty; the text when unreadable. */
export function parseNumberCell(cell: Cell | undefined): number | string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number') return cell;
  const s = cellText(cell).replace(/^rp\.?\s*/i, '').replace(/\s+/g, '');
  if (!s) return undefined;
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^-?\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(s)) return Number(s);
  return cellText(cell);
}

/** A decimal with "." or "," as the decimal mark (coordinates: "-6,45", "106.950"). */
export function parseDecimalCell(cell: Cell | undefined): number | string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number') return cell;
  const s = cellText(cell).replace(/\s+/g, '');
  if (!s) return undefined;
  return /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : s;
}

/** Whole Rupiah as a digit string ("Rp 2.500.000.000" → "2500000000"); the text when unreadable. */
export function parseRupiahCell(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? cell.toFixed(0) : String(cell);
  const s = cellText(cell).replace(/^rp\.?\s*/i, '').replace(/\s+/g, '');
  if (!s) return undefined;
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return s.replace(/\./g, '');
  if (/^\d{1,3}(,\d{3})+$/.test(s)) return s.replace(/,/g, '');
  return s;
}

/** Entries of a list cell: ";" or new lines; without those, "," outside parentheses. */
export function splitList(cell: Cell | undefined): string[] {
  const s = cellText(cell);
  if (!s) return [];
  const parts = /[;\n]/.test(s) ? s.split(/[;\n]/) : splitTopLevelCommas(s);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function splitTopLevelCommas(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Parts of one entry: "Mesin bubut | 3 | 100 pcs/jam" → ["Mesin bubut", "3", "100 pcs/jam"]. */
export function splitParts(entry: string): string[] {
  return entry.split('|').map((p) => p.trim());
}

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Lookup of a vocabulary key by key, label (either language) or label without its parenthesised part. */
export function vocabularyMatcher(vocabulary: Vocabulary, extra: Record<string, string> = {}): (text: string) => string {
  const index = new Map<string, string>();
  const add = (name: string, key: string) => {
    const k = norm(name);
    if (k && !index.has(k)) index.set(k, key);
  };
  for (const e of vocabulary.entries) {
    add(e.key, e.key);
    for (const label of [e.label.id, e.label.en]) {
      add(label, e.key);
      add(label.replace(/\s*\(.*?\)\s*/g, ' '), e.key);
      const inner = /\(([^)]*)\)/.exec(label)?.[1];
      if (inner && !inner.includes(',')) add(inner, e.key);
    }
  }
  for (const [name, key] of Object.entries(extra)) add(name, key);
  return (text: string) => index.get(norm(text)) ?? text.trim();
}

export const SIZE_WORDS: Record<string, string> = {
  mikro: 'micro', micro: 'micro', kecil: 'small', small: 'small', menengah: 'medium', medium: 'medium', besar: 'large', large: 'large',
  usahamikro: 'micro', usahakecil: 'small', usahamenengah: 'medium', usahabesar: 'large',
};

export function parseSizeCell(cell: Cell | undefined): string | undefined {
  const s = cellText(cell);
  if (!s) return undefined;
  return SIZE_WORDS[norm(s)] ?? s;
}

/**
 * The dry run: every row through the domain profile schema, every problem reported with its row, column
 * and reason in Indonesian; duplicates by NIB (in the file, or already registered) reported and skipped.
 */
import type { z } from 'zod';
import type { IkmProfile } from '../domain';
import { cellText } from './cells';
import { COLUMN_BY_FIELD, type ImportField } from './columns';
import type { Mapping } from './mapping';
import type { Table } from './read-table';
import { fieldOfIssue, mapRow, rowToProfileInput, type Matchers } from './row-input';

export interface RowError {
  row: number;
  field: ImportField | null;
  column: string | null;
  value: string;
  message: string;
}

export interface RowDuplicate {
  row: number;
  nib: string;
  legalName: string;
  /** The earlier row of the file with the same NIB, or null when the NIB is already registered. */
  firstRow: number | null;
  existingOrgId: string | null;
  message: string;
}

export interface ValidRow {
  row: number;
  profile: IkmProfile;
}

export interface ValidationReport {
  totalRows: number;
  valid: ValidRow[];
  errors: RowError[];
  errorRows: number;
  duplicates: RowDuplicate[];
}

/** What the database already holds (NIBs → profile; lower-case IKM organisation names → organisation). */
export interface ExistingLookup {
  byNib(nibs: string[]): Promise<Map<string, { orgId: string; legalName: string }>>;
  byName(lowerNames: string[]): Promise<Map<string, { orgId: string }>>;
}

export type ProfileSchema = z.ZodType<IkmProfile, unknown>;

const CHUNK = 2000;

interface Seen {
  nib: Map<string, number>;
  name: Map<string, { row: number; nib: string }>;
}

export async function validateTable(
  table: Table,
  mapping: Mapping,
  schema: ProfileSchema,
  matchers: Matchers,
  lookup: ExistingLookup,
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<ValidationReport> {
  const report: ValidationReport = { totalRows: table.rows.length, valid: [], errors: [], errorRows: 0, duplicates: [] };
  const headerOf = new Map<ImportField, string>();
  for (const [h, f] of Object.entries(mapping)) if (f) headerOf.set(f, h);
  const seen: Seen = { nib: new Map(), name: new Map() };
  for (let start = 0; start < table.rows.length; start += CHUNK) {
    const parsed: ValidRow[] = [];
    for (const row of table.rows.slice(start, start + CHUNK)) {
      const mapped = mapRow(row.cells, table.headers, mapping);
      const r = schema.safeParse(rowToProfileInput(mapped, matchers));
      if (r.success) {
        parsed.push({ row: row.number, profile: r.data });
        continue;
      }
      report.errorRows++;
      for (const issue of r.error.issues) {
        const { field, message } = fieldOfIssue(issue.path, issue.message);
        report.errors.push({ row: row.number, field, column: headerOf.get(field) ?? COLUMN_BY_FIELD.get(field)?.header ?? null, value: cellText(mapped[field]).slice(0, 200), message });
      }
    }
    await checkDuplicates(parsed, seen, lookup, report, headerOf);
    await onProgress?.(Math.min(start + CHUNK, table.rows.length), table.rows.length);
  }
  return report;
}

async function checkDuplicates(parsed: ValidRow[], seen: Seen, lookup: ExistingLookup, report: ValidationReport, headerOf: Map<ImportField, string>) {
  const [byNib, byName] = await Promise.all([lookup.byNib(parsed.map((p) => p.profile.nib)), lookup.byName(parsed.map((p) => p.profile.legalName.toLowerCase()))]);
  for (const v of parsed) {
    const { nib, legalName } = v.profile;
    const first = seen.nib.get(nib);
    const existing = byNib.get(nib);
    if (first !== undefined || existing) {
      report.duplicates.push({
        row: v.row,
        nib,
        legalName,
        firstRow: first ?? null,
        existingOrgId: first === undefined ? existing!.orgId : null,
        message: first !== undefined ? `NIB ${nib} sama dengan baris ${first}; baris ini dilewati` : `NIB ${nib} sudah terdaftar atas nama ${existing!.legalName}; baris ini dilewati`,
      });
      continue;
    }
    const lower = legalName.toLowerCase();
    const sameName = seen.name.get(lower);
    const nameTaken = byName.get(lower);
    if (sameName || nameTaken) {
      report.errorRows++;
      report.errors.push({
        row: v.row,
        field: 'legalName',
        column: headerOf.get('legalName') ?? 'Nama Badan Usaha',
        value: legalName,
        message: sameName
          ? `Nama badan usaha sama dengan baris ${sameName.row} tetapi NIB berbeda`
          : 'Nama badan usaha sudah dipakai IKM lain yang terdaftar dengan NIB berbeda',
      });
      continue;
    }
    seen.nib.set(nib, v.row);
    seen.name.set(lower, { row: v.row, nib });
    report.valid.push(v);
  }
}

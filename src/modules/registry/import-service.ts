/**
 * Imports through the API, for programme staff: upload → preview with a suggested mapping → dry run →
 * commit. Each step updates an import record the client polls for progress and the row report.
 */
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { conflict, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { cellText } from './import/cells';
import { suggestMapping } from './import/mapping';
import type { ValidationReport } from './import/validate-rows';
import { IMPORT_RULE, type CommitOptions, type ImportRunner } from './import-runner';
import * as imports from './import-store';
import { isProgramme } from './visibility';

export type ImportService = ReturnType<typeof createImportService>;

/** Row problems kept on the record (the CLI prints all of them; the API pages through these). */
const MAX_STORED_ISSUES = 20_000;

export function createImportService(deps: Deps, audit: AuditService, runner: ImportRunner) {
  const { db, clock, log } = deps;
  const progressEvery = 5000;

  async function load(actor: Actor, id: string) {
    authorize(actor, IMPORT_RULE);
    const row = await imports.findImport(db, id);
    if (!row || (!isProgramme(actor) && row.orgId !== actor.orgId)) throw notFound('registry.import_not_found', 'Impor tidak ditemukan.', { id });
    return row;
  }

  function reportColumns(r: ValidationReport) {
    return {
      totalRows: r.totalRows,
      processedRows: r.totalRows,
      validRows: r.valid.length,
      errorRows: r.errorRows,
      duplicateRows: r.duplicates.length,
      report: { errors: r.errors.slice(0, MAX_STORED_ISSUES), duplicates: r.duplicates.slice(0, MAX_STORED_ISSUES) },
    };
  }

  /** Progress goes to the record outside the transaction; on PGlite (one connection) only between steps. */
  const progressWriter = (id: string, inTransaction: boolean) => async (_phase: string, done: number, total: number) => {
    if (inTransaction && deps.database.kind !== 'postgres') return;
    if (done % progressEvery !== 0 && done !== total) return;
    await imports.updateImport(db, id, { processedRows: done, totalRows: total, updatedAt: clock.now() });
  };

  async function validateAndMaybeCommit(actor: Actor, id: string, commit: CommitOptions | null) {
    const row = (await imports.findImport(db, id))!;
    const content = (await imports.findImportContent(db, id))!;
    const table = await runner.read(content, row.filename, row.sheet);
    const report = await runner.dryRun(table, row.mapping as never, progressWriter(id, false));
    if (!commit) {
      await imports.updateImport(db, id, { status: 'validated', ...reportColumns(report), updatedAt: clock.now(), finishedAt: clock.now() });
      return;
    }
    await imports.updateImport(db, id, { ...reportColumns(report), processedRows: 0, totalRows: report.valid.length, updatedAt: clock.now() });
    const { created } = await runner.commit(actor, report, commit, progressWriter(id, true), id);
    // The file is no longer needed once its rows are in the registry.
    await imports.updateImport(db, id, { status: 'committed', createdRows: created, processedRows: created, content: Buffer.alloc(0), updatedAt: clock.now(), finishedAt: clock.now() });
  }

  /** Runs a step; failures are written to the record. `wait` false returns at once (poll the record). */
  async function run(actor: Actor, id: string, commit: CommitOptions | null, wait: boolean) {
    const fail = async (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      if (!(e as { status?: number }).status) log.error({ err: e, importId: id }, 'import failed');
      await imports.updateImport(db, id, { status: 'failed', message, updatedAt: clock.now(), finishedAt: clock.now() });
    };
    const job = validateAndMaybeCommit(actor, id, commit).catch(fail);
    if (wait) await job;
  }

  return {
    /** Stores the file and answers with its sheets, headers, first rows and the suggested mapping. */
    async upload(actor: Actor, file: { filename: string; buffer: Buffer }, opts: { sheet?: string } = {}) {
      authorize(actor, IMPORT_RULE);
      const table = await runner.read(file.buffer, file.filename, opts.sheet);
      const suggested = suggestMapping(table.headers);
      const preview = { sheets: table.sheets, headers: table.headers, delimiter: table.delimiter, rowCount: table.rows.length, sample: table.rows.slice(0, 10).map((r) => ({ row: r.number, cells: r.cells.map(cellText) })), suggestedMapping: suggested };
      const id = newId();
      const now = clock.now();
      await db.transaction(async (tx) => {
        await imports.insertImport(tx, { id, orgId: actor.orgId, createdBy: actor.userId, filename: file.filename, format: table.format, size: file.buffer.length, content: file.buffer, sheet: table.sheet, preview, mapping: suggested, status: 'uploaded', totalRows: table.rows.length, createdAt: now, updatedAt: now });
        await audit.record(tx, actor, { action: 'registry.import_uploaded', entityType: 'registry_import', entityId: id, after: { filename: file.filename, rows: table.rows.length } });
      });
      return (await imports.findImport(db, id))!;
    },

    get: load,

    async list(actor: Actor, q: PageQuery) {
      authorize(actor, IMPORT_RULE);
      const { rows, total } = await imports.listImports(db, { orgId: isProgramme(actor) ? undefined : actor.orgId, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows, page: q.page, pageSize: q.pageSize, total };
    },

    /** The row report, page by page (errors first, then duplicates). */
    async issues(actor: Actor, id: string, q: PageQuery & { kind: 'errors' | 'duplicates' }) {
      await load(actor, id);
      const report = await imports.findImportReport(db, id);
      const all = (report?.[q.kind] ?? []) as unknown[];
      return { items: all.slice(pageOffset(q), pageOffset(q) + q.pageSize), page: q.page, pageSize: q.pageSize, total: all.length };
    },

    /** Dry run with a mapping (the suggestion when none is given). */
    async validate(actor: Actor, id: string, input: { mapping?: Record<string, string | null>; overrides?: Record<string, string> }, wait: boolean) {
      const row = await load(actor, id);
      const content = (await imports.findImportContent(db, id))!;
      const table = await runner.read(content, row.filename, row.sheet);
      const mapping = runner.mappingFor(table, input);
      if (!(await imports.claimImport(db, id, ['uploaded', 'validated', 'failed'], { status: 'validating', mapping, processedRows: 0, message: null, updatedAt: clock.now() }, clock.now()))) {
        throw conflict('registry.import_busy', 'Impor ini sedang diproses atau sudah disimpan.', { status: row.status });
      }
      await run(actor, id, null, wait);
      return (await imports.findImport(db, id))!;
    },

    /** Validates again and commits: all rows or nothing, or only the good rows when `partial`. */
    async commit(actor: Actor, id: string, opts: CommitOptions, wait: boolean) {
      const row = await load(actor, id);
      if (!(await imports.claimImport(db, id, ['validated'], { status: 'committing', options: opts, processedRows: 0, message: null, updatedAt: clock.now() }, clock.now()))) {
        throw conflict('registry.import_not_validated', row.status === 'committed' ? 'Impor ini sudah disimpan.' : 'Jalankan uji coba (validasi) dulu sebelum menyimpan.', { status: row.status });
      }
      if (row.errorRows > 0 && !opts.partial) {
        await imports.updateImport(db, id, { status: 'validated', updatedAt: clock.now() });
        throw conflict('registry.import_has_errors', `${row.errorRows} baris bermasalah; tidak ada yang disimpan. Perbaiki berkasnya, atau impor sebagian.`, { errorRows: row.errorRows });
      }
      await run(actor, id, opts, wait);
      return (await imports.findImport(db, id))!;
    },
  };
}

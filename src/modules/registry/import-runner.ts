/**
 * The import pipeline shared by the CLI and the API: read the file, map the columns, dry-run every row,
 * then commit in one transaction (all-or-nothing unless partial import is asked for).
 */
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { AppError, conflict, unprocessable } from '../../core/errors';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { bulkInsertIkm } from './bulk-store';
import { ikmBulkRows } from './bulk-rows';
import type { ProfileStatus } from './domain';
import { applyOverrides, assertComplete, suggestMapping, validateMapping, type Mapping } from './import/mapping';
import { readTable, type Table } from './import/read-table';
import { createMatchers } from './import/row-input';
import { validateTable, type ExistingLookup, type ValidationReport } from './import/validate-rows';
import * as store from './store';
import type { VocabularyService } from './vocabulary-service';

export type ImportStatusChoice = Extract<ProfileStatus, 'draft' | 'submitted' | 'verified'>;
export interface CommitOptions {
  partial: boolean;
  /** The status imported profiles start in (default submitted: awaiting verification). */
  status: ImportStatusChoice;
}
export type ProgressFn = (phase: 'validate' | 'commit', done: number, total: number) => void | Promise<void>;

export const IMPORT_RULE = { kinds: ['programme'] as const, roles: ['admin', 'staff'] as const, relation: 'any' as const };
const BATCH = 1000;

export type ImportRunner = ReturnType<typeof createImportRunner>;

export function createImportRunner(deps: Deps, audit: AuditService, vocab: VocabularyService) {
  const { db, clock } = deps;

  const lookup: ExistingLookup = {
    async byNib(nibs) {
      const rows = await store.findProfilesByNibs(db, [...new Set(nibs)]);
      return new Map(rows.map((r) => [r.nib, { orgId: r.orgId, legalName: r.legalName }]));
    },
    async byName(names) {
      const rows = await store.findIkmOrganisationsByNames(db, [...new Set(names)]);
      return new Map(rows.map((r) => [r.name.toLowerCase(), { orgId: r.id }]));
    },
  };

  return {
    read: (buffer: Buffer, filename: string, sheet?: string | null): Promise<Table> => readTable(buffer, filename, sheet),

    /** The suggested mapping with overrides applied, or a client's full mapping; every required field must be fed. */
    mappingFor(table: Table, opts: { overrides?: Record<string, string>; mapping?: Record<string, string | null> } = {}): Mapping {
      const mapping = opts.mapping ? validateMapping(table.headers, opts.mapping) : applyOverrides(table.headers, suggestMapping(table.headers), opts.overrides ?? {});
      assertComplete(mapping);
      return mapping;
    },

    async dryRun(table: Table, mapping: Mapping, progress?: ProgressFn): Promise<ValidationReport> {
      const { schema, vocabularies } = await vocab.profileSchema();
      return validateTable(table, mapping, schema, createMatchers(vocabularies), lookup, (done, total) => progress?.('validate', done, total));
    },

    /** Writes the valid rows in one transaction. Refuses when any row is bad, unless `partial`. */
    async commit(actor: Actor, report: ValidationReport, opts: CommitOptions, progress?: ProgressFn, importId?: string): Promise<{ created: number }> {
      authorize(actor, IMPORT_RULE);
      if (report.errorRows > 0 && !opts.partial) {
        throw unprocessable('registry.import_has_errors', `${report.errorRows} baris bermasalah; tidak ada yang disimpan. Perbaiki berkasnya, atau impor sebagian (hanya baris yang benar).`, { errorRows: report.errorRows });
      }
      const v = await vocab.load();
      const at = clock.now();
      const total = report.valid.length;
      try {
        await db.transaction(async (tx) => {
          for (let i = 0; i < total; i += BATCH) {
            const items = report.valid.slice(i, i + BATCH).map((r) => ikmBulkRows(r.profile, v, { status: opts.status, at, actorUserId: actor.userId, actorOrgId: actor.type === 'system' ? null : actor.orgId, action: 'import' }));
            await bulkInsertIkm(tx, items);
            await audit.record(tx, actor, ...items.map((it) => ({ action: 'registry.ikm_imported', entityType: 'ikm_profile', entityId: String(it.organisation.id), orgId: String(it.organisation.id), after: { legalName: it.organisation.name, nib: it.profile.nib, status: opts.status, importId } })));
            await progress?.('commit', Math.min(i + BATCH, total), total);
          }
          await audit.record(tx, actor, { action: 'registry.import_committed', entityType: 'registry_import', entityId: importId ?? 'cli', after: { created: total, skippedDuplicates: report.duplicates.length, skippedErrors: report.errorRows, status: opts.status, partial: opts.partial } });
        });
      } catch (e) {
        throw translateDbError(e);
      }
      return { created: total };
    },
  };
}

/** A unique violation during commit (someone registered the same NIB meanwhile) → 409, nothing written. */
function translateDbError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const err = e as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const code = err.code ?? err.cause?.code;
  const constraint = err.constraint ?? err.cause?.constraint;
  if (code === '23505') {
    return conflict('registry.import_conflict', `Data berubah selama impor (${constraint === 'ikm_profiles_nib_uq' ? 'NIB' : 'nama badan usaha'} yang sama baru saja didaftarkan); tidak ada yang disimpan. Jalankan ulang impor.`, { constraint: constraint ?? null });
  }
  return e;
}

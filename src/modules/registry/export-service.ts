/** Export of the filtered IKM list as CSV or XLSX in the import layout, streamed in keyset batches. */
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { EXPORT_CONTENT_TYPES, writeSpreadsheet, type ExportFormat } from './import/export-writer';
import { EXPORT_EXTRA_HEADERS, EXPORT_HEADERS, exportRow, type ExportProfile, type OutCell } from './import/profile-cells';
import { rowToInput, type CertificationRow, type ContactRow } from './profile-mapper';
import * as search from './search-store';
import type { SearchFilter } from './search-store';
import { labelIndex } from './label-index';
import type { VocabularyService } from './vocabulary-service';
import { READ_RULE, visibilityOf } from './visibility';

const BATCH = 2000;

const TEMPLATE_EXAMPLE: ExportProfile = {
  legalName: 'CV Contoh Logam Presisi',
  brandName: 'Contoh',
  legalForm: 'cv',
  nib: '9120101234567',
  npwp: '01.234.567.8-901.000',
  kbliCodes: ['25920', '29300'],
  address: { street: 'Jl. Industri Raya No. 12', provinceCode: '32', regencyCode: '32.16', postalCode: '17530' },
  coordinates: { lat: -6.3, lng: 107.16 },
  yearFounded: 2012,
  workforce: { total: 35, women: 8, withDisability: 1 },
  annualTurnover: '4500000000',
  turnoverBand: 'small',
  processes: ['machining', 'stamping_press'],
  materials: ['steel', 'aluminium'],
  machines: [{ type: 'Mesin bubut CNC', count: 4, capacity: '120 pcs/jam' }],
  monthlyCapacity: { quantity: 50000, unit: 'pcs' },
  certifications: [{ kind: 'iso_9001', number: 'QMS-0001-2025', expiresOn: '2028-03-31' }],
  products: [{ name: 'Bracket footstep', partNumber: 'BR-001' }],
  customers: ['PT Sinar Komponen Presisi'],
  contacts: [{ name: 'Siti Rahayu', role: 'Direktur', phone: '+6281234567890', email: 'siti@contoh.co.id' }],
};

export type ExportService = ReturnType<typeof createExportService>;

function groupBy<T extends { orgId: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.orgId) ?? [];
    list.push(r);
    m.set(r.orgId, list);
  }
  return m;
}

export function createExportService(deps: Deps, audit: AuditService, vocab: VocabularyService) {
  const { db, clock } = deps;

  return {
    /** An empty import file: the headers and one example row. */
    async template(format: ExportFormat) {
      const v = await vocab.load();
      const example = exportRow(TEMPLATE_EXAMPLE, v, { status: '', id: '' }).slice(0, -EXPORT_EXTRA_HEADERS.length);
      async function* one() {
        yield [example];
      }
      return { filename: `templat-impor-ikm.${format}`, contentType: EXPORT_CONTENT_TYPES[format], stream: writeSpreadsheet(format, EXPORT_HEADERS.slice(0, -EXPORT_EXTRA_HEADERS.length), one()) };
    },

    /** The file name, content type and a stream of the export (visibility as for search). */
    async export(actor: Actor, format: ExportFormat, filter: SearchFilter) {
      authorize(actor, READ_RULE);
      const vis = visibilityOf(actor);
      const v = await vocab.load();
      const f: SearchFilter = { ...filter, statuses: actor.type === 'system' || actor.orgKind === 'programme' ? filter.statuses : undefined, tokensOf: labelIndex(v) };
      await audit.record(db, actor, { action: 'registry.ikm_exported', entityType: 'ikm_export', entityId: format, after: { format, filter } });
      async function* batches(): AsyncGenerator<OutCell[][]> {
        let after: { legalName: string; orgId: string } | null = null;
        for (;;) {
          const rows = await search.exportBatch(db, f, vis, after, BATCH);
          if (!rows.length) return;
          const ids = rows.map((r) => r.orgId);
          const [certs, contacts] = await Promise.all([search.certificationsOf(db, ids), search.contactsOf(db, ids)]);
          const certsBy = groupBy<CertificationRow>(certs);
          const contactsBy = groupBy<ContactRow>(contacts);
          yield rows.map((r) => {
            const p = { ...rowToInput(r, certsBy.get(r.orgId) ?? [], contactsBy.get(r.orgId) ?? []), turnoverBand: r.turnoverBand } as unknown as ExportProfile;
            return exportRow(p, v, { status: r.status, id: r.orgId });
          });
          const last = rows[rows.length - 1]!;
          after = { legalName: last.legalName, orgId: last.orgId };
          if (rows.length < BATCH) return;
        }
      }
      return {
        filename: `ikm-${today(clock)}.${format}`,
        contentType: EXPORT_CONTENT_TYPES[format],
        stream: writeSpreadsheet(format, EXPORT_HEADERS, batches()),
      };
    },
  };
}

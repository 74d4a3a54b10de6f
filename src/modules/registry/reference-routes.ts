import { z } from 'zod';
import { errorResponses, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import {
  BUYER_TIER_LABELS,
  CAPACITY_UNITS,
  LEGAL_FORMS,
  listProvinces,
  listRegencies,
  PROFILE_STATUS_LABELS,
  searchKbli,
  TURNOVER_BAND_LABELS,
  type Vocabulary,
} from './domain';
import { FILE_LIMITS } from './file-service';
import { COLUMNS } from './import/columns';
import type { RegistryService } from './service';
import { EXTENDABLE } from './vocabulary-service';

const entry = z.object({ key: z.string(), label: z.object({ id: z.string(), en: z.string() }) });
const entries = (v: Vocabulary) => v.entries.map((e) => ({ key: e.key, label: { id: e.label.id, en: e.label.en } }));
const labelled = (o: Readonly<Record<string, { id: string; en: string }>>) => Object.entries(o).map(([key, label]) => ({ key, label: { ...label } }));

export function referenceRoutes(registry: RegistryService) {
  return async function routes(app: App) {
    const tags = ['registry: reference'];
    app.get('/api/registry/reference', {
      schema: {
        tags,
        summary: 'Vocabularies and reference lists for forms: processes, materials, certification kinds, legal forms, capacity units, size bands, statuses, buyer tiers, provinces, file limits, import columns',
        response: {
          200: z.object({
            processes: z.array(entry),
            materials: z.array(entry),
            certificationKinds: z.array(entry),
            legalForms: z.array(entry),
            capacityUnits: z.array(entry),
            turnoverBands: z.array(entry),
            statuses: z.array(entry),
            buyerTiers: z.array(entry),
            provinces: z.array(z.object({ code: z.string(), name: z.string() })),
            fileLimits: z.record(z.string(), z.object({ maxBytes: z.number(), types: z.array(z.string()) })),
            importColumns: z.array(z.object({ field: z.string(), header: z.string(), aliases: z.array(z.string()), format: z.string().optional() })),
          }),
          ...errorResponses,
        },
      },
    }, async (req) => {
      requireActor(req);
      const v = await registry.vocabularies.load();
      return {
        processes: entries(v.processes),
        materials: entries(v.materials),
        certificationKinds: entries(v.certificationKinds),
        legalForms: entries(LEGAL_FORMS),
        capacityUnits: entries(CAPACITY_UNITS),
        turnoverBands: labelled(TURNOVER_BAND_LABELS),
        statuses: labelled(PROFILE_STATUS_LABELS),
        buyerTiers: labelled(BUYER_TIER_LABELS),
        provinces: listProvinces().map((p) => ({ code: p.code, name: p.name })),
        fileLimits: Object.fromEntries(Object.entries(FILE_LIMITS).map(([k, l]) => [k, { maxBytes: l.maxBytes, types: [...l.types] }])),
        importColumns: COLUMNS.map((c) => ({ field: c.field, header: c.header, aliases: [...c.aliases], format: c.format })),
      };
    });

    app.get('/api/registry/provinces/:code/regencies', {
      schema: {
        tags,
        summary: 'Regencies and cities of a province',
        params: z.object({ code: z.string().regex(/^\d{2}$/) }),
        response: { 200: z.array(z.object({ code: z.string(), name: z.string(), kind: z.enum(['kabupaten', 'kota']) })), ...errorResponses },
      },
    }, async (req) => {
      requireActor(req);
      return listRegencies(req.params.code).map((r) => ({ code: r.code, name: r.name, kind: r.kind }));
    });

    app.get('/api/registry/kbli', {
      schema: {
        tags,
        summary: 'Search KBLI 2020 codes by code prefix or words of the title',
        querystring: z.object({ q: z.string().min(1).max(100), limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.array(z.object({ code: z.string(), title: z.string(), edition: z.string() })), ...errorResponses },
      },
    }, async (req) => {
      requireActor(req);
      return searchKbli(req.query.q, req.query.limit).map((k) => ({ code: k.code, title: k.title, edition: k.edition }));
    });

    app.post('/api/registry/vocabularies/:vocabulary', {
      schema: {
        tags,
        summary: 'Add an entry to a vocabulary (programme admins): processes, materials or certificationKinds',
        params: z.object({ vocabulary: z.enum(EXTENDABLE) }),
        body: z.object({ key: z.string().max(63), labelId: z.string().trim().min(2).max(120), labelEn: z.string().trim().min(2).max(120) }),
        response: { 201: z.object({ vocabulary: z.string(), key: z.string(), label: z.object({ id: z.string(), en: z.string() }) }), ...errorResponses },
      },
    }, async (req, reply) => reply.status(201).send(await registry.vocabularies.addEntry(requireActor(req), req.params.vocabulary, req.body)));

    app.get('/api/ikm/import-template', {
      schema: { tags: ['registry: import'], summary: 'An empty import file with the expected headers and one example row', querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }), produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
    }, async (req, reply) => {
      requireActor(req);
      const out = await registry.exports.template(req.query.format);
      void reply.header('content-type', out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`);
      return reply.send(out.stream);
    });
  };
}

import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { errorResponses, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import {
  expiringItem,
  facetCounts,
  facetsQuery,
  historyItem,
  ikmListItem,
  ikmProfileView,
  profileBody,
  searchFilterQuery,
  searchQuery,
  toFilter,
} from './route-schemas';
import type { RegistryService } from './service';

const tags = ['registry: IKM'];

/** The expected profile version from `If-Match: "3"` (or `3`), when given. */
function expectedVersion(req: FastifyRequest): number | undefined {
  const raw = req.headers['if-match'];
  const m = typeof raw === 'string' ? /^(?:W\/)?"?(\d+)"?$/.exec(raw.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

export function ikmRoutes(registry: RegistryService) {
  return async function routes(app: App) {
    app.get('/api/ikm', {
      schema: {
        tags,
        summary: 'Search IKM (programme staff: all; buyers, mentors, lenders: verified; an IKM: itself)',
        description: 'Filters combine with AND; several values of one filter match any of them. `q` is a prefix full-text search over names, products, processes and materials.',
        querystring: searchQuery,
        response: { 200: pageSchema(ikmListItem).extend({ totalExact: z.boolean().describe('false: more than 10,000 matches; `total` is then a lower bound (show "10.000+")') }), ...errorResponses },
      },
    }, async (req) => {
      const q = req.query;
      return registry.search.list(requireActor(req), { ...toFilter(q), page: q.page, pageSize: q.pageSize, sort: q.sort });
    });

    app.get('/api/ikm/facets', {
      schema: {
        tags,
        summary: 'Facet counts (province, process, material, certification, size, verified) for the same filters as GET /api/ikm',
        description: "Each facet is counted under every filter except its own, so the other values of a facet stay selectable.",
        querystring: facetsQuery,
        response: { 200: facetCounts, ...errorResponses },
      },
    }, async (req) => registry.search.facets(requireActor(req), toFilter(req.query), req.query.facet as never));

    app.get('/api/ikm/export', {
      schema: {
        tags,
        summary: 'Export the filtered list as CSV or XLSX (streamed; same filters as GET /api/ikm; re-importable)',
        querystring: searchFilterQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    }, async (req, reply) => {
      const { format, ...filter } = req.query;
      const out = await registry.exports.export(requireActor(req), format, toFilter(filter));
      void reply.header('content-type', out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).header('cache-control', 'no-store');
      return reply.send(out.stream);
    });

    app.get('/api/ikm/me', {
      schema: { tags, summary: "The caller's own IKM profile", response: { 200: ikmProfileView, ...errorResponses } },
    }, async (req) => registry.profiles.mine(requireActor(req)) as never);

    app.get('/api/ikm/certifications/expiring', {
      schema: {
        tags,
        summary: 'Certificates expired or expiring within `withinDays` (default 60): programme staff see all, an IKM its own',
        querystring: pageQuery.extend({ withinDays: z.coerce.number().int().min(0).max(3650).optional() }),
        response: { 200: pageSchema(expiringItem), ...errorResponses },
      },
    }, async (req) => registry.verification.expiringCertifications(requireActor(req), req.query));

    app.post('/api/ikm', {
      schema: {
        tags,
        summary: 'Create an IKM profile (draft): an IKM for itself; programme staff for a new IKM (or `?orgId=` an existing IKM organisation)',
        querystring: z.object({ orgId: z.string().uuid().optional() }),
        body: profileBody,
        response: { 201: ikmProfileView, ...errorResponses },
      },
    }, async (req, reply) => reply.status(201).send((await registry.profiles.create(requireActor(req), req.body, { orgId: req.query.orgId })) as never));

    app.get('/api/ikm/:id', {
      schema: { tags, summary: 'An IKM profile (404 when not visible to the caller)', params: idParam, response: { 200: ikmProfileView, ...errorResponses } },
    }, async (req) => registry.profiles.get(requireActor(req), req.params.id) as never);

    app.put('/api/ikm/:id', {
      schema: {
        tags,
        summary: 'Replace an IKM profile (the IKM itself or programme staff). Changing legal name, legal form, NIB, NPWP or address of a verified profile sends it back to verification.',
        params: idParam,
        body: profileBody,
        response: { 200: ikmProfileView, ...errorResponses },
      },
    }, async (req) => registry.profiles.replace(requireActor(req), req.params.id, req.body, expectedVersion(req)) as never);

    app.patch('/api/ikm/:id', {
      schema: {
        tags,
        summary: 'Change some top-level profile fields (e.g. only `contacts` or `certifications`); the result is validated as a whole',
        params: idParam,
        body: profileBody,
        response: { 200: ikmProfileView, ...errorResponses },
      },
    }, async (req) => registry.profiles.patch(requireActor(req), req.params.id, req.body, expectedVersion(req)) as never);

    app.post('/api/ikm/:id/submit', {
      schema: { tags, summary: 'Submit the profile for verification (draft or returned → submitted)', params: idParam, response: { 200: ikmProfileView, ...errorResponses } },
    }, async (req) => registry.verification.submit(requireActor(req), req.params.id) as never);

    app.post('/api/ikm/:id/verify', {
      schema: { tags, summary: 'Verify a submitted profile (programme staff): it gets the verified badge', params: idParam, response: { 200: ikmProfileView, ...errorResponses } },
    }, async (req) => registry.verification.verify(requireActor(req), req.params.id) as never);

    app.post('/api/ikm/:id/return', {
      schema: {
        tags,
        summary: 'Send a profile back to the IKM with reasons (programme staff)',
        params: idParam,
        body: z.object({ reasons: z.array(z.string().max(500)).min(1).max(20) }),
        response: { 200: ikmProfileView, ...errorResponses },
      },
    }, async (req) => registry.verification.returnProfile(requireActor(req), req.params.id, req.body.reasons) as never);

    app.get('/api/ikm/:id/history', {
      schema: { tags, summary: 'Status history (programme staff and the IKM itself)', params: idParam, response: { 200: z.array(historyItem), ...errorResponses } },
    }, async (req) => registry.verification.history(requireActor(req), req.params.id));

    app.get('/api/ikm/:id/certifications', {
      schema: {
        tags,
        summary: "The IKM's certificates with their validity today (expiring 60 days ahead)",
        params: idParam,
        response: { 200: z.array(expiringItem.omit({ orgId: true, legalName: true, profileStatus: true })), ...errorResponses },
      },
    }, async (req) => registry.verification.certifications(requireActor(req), req.params.id));
  };
}

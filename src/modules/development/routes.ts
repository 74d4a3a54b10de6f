import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { isoDate } from '../../core/validation';
import { errorResponses, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { PPAP_ELEMENTS, STAGES } from './domain/stages';
import type { DevelopmentService } from './service';

const stage = z.enum(STAGES);
const gateStage = z.enum(STAGES.filter((s) => s !== 'mass_production') as [string, ...string[]]).transform((s) => s as (typeof STAGES)[number]);
const text = (max: number) => z.string().trim().min(1).max(max);
const ppap = z.array(z.enum(PPAP_ELEMENTS)).max(PPAP_ELEMENTS.length);

const checklistItem = z.object({ key: z.string(), label: z.string(), done: z.boolean(), doneAt: z.string().nullable(), doneBy: z.string().nullable() });
const gate = z.object({
  id: z.string(),
  stage: z.string(),
  label: z.string(),
  status: z.enum(['open', 'submitted', 'approved', 'rejected']),
  checklist: z.array(checklistItem),
  ownerName: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  dueDate: z.string().nullable(),
  approverUserId: z.string().nullable(),
  submittedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  decisionNote: z.string().nullable(),
  rejections: z.number(),
});
const fileMeta = z.object({ id: z.string(), stage: z.string(), name: z.string(), contentType: z.string(), size: z.number(), sha256: z.string(), uploadedOrgId: z.string(), uploadedAt: z.date() });
const historyEvent = z.object({ id: z.string(), stage: z.string(), action: z.string(), toStage: z.string().nullable(), note: z.string().nullable(), actorUserId: z.string().nullable(), actorOrgId: z.string().nullable(), at: z.date() });
const project = z.object({
  id: z.string(),
  reference: z.string(),
  buyerOrgId: z.string(),
  buyerName: z.string(),
  ikmOrgId: z.string(),
  ikmName: z.string(),
  partName: z.string(),
  partNumber: z.string().nullable(),
  description: z.string().nullable(),
  material: z.string().nullable(),
  needId: z.string().nullable(),
  mouId: z.string().nullable(),
  stage,
  stageLabel: z.string(),
  status: z.enum(['active', 'completed', 'cancelled']),
  ppapElements: z.array(z.string()),
  cancelReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  completedAt: z.date().nullable(),
  gates: z.array(gate),
  files: z.array(fileMeta),
  history: z.array(historyEvent),
});
const summary = z.object({
  id: z.string(),
  reference: z.string(),
  buyerOrgId: z.string(),
  buyerName: z.string().nullable(),
  ikmOrgId: z.string(),
  ikmName: z.string().nullable(),
  partName: z.string(),
  partNumber: z.string().nullable(),
  stage: z.string(),
  status: z.string(),
  gateStatus: z.string().nullable(),
  dueDate: z.string().nullable(),
  updatedAt: z.date(),
});
const gateParams = z.object({ id: z.string().uuid(), stage: gateStage });

export function developmentRoutes(service: DevelopmentService) {
  return async function routes(app: App) {
    const tags = ['development'];
    const base = '/api/development/projects';

    app.post(base, {
      schema: {
        tags,
        summary: 'Start a part development project with an IKM (buyer); from a need and/or an MoU',
        body: z.object({
          ikmOrgId: z.string().uuid(),
          partName: text(200),
          partNumber: text(100).nullish(),
          description: text(5000).nullish(),
          material: text(200).nullish(),
          needId: z.string().uuid().nullish(),
          mouId: z.string().uuid().nullish(),
          ppapElements: ppap.optional().describe('PPAP elements required at the approval gate (default: a common set of 7)'),
          approverUserId: z.string().uuid().nullish().describe('Buyer-side approver of every gate (default: buyer admins)'),
          dueDate: isoDate.nullish().describe('Due date of the RFQ gate'),
        }),
        response: { 201: project, ...errorResponses },
      },
    }, async (req, reply) => reply.status(201).send(await service.create(requireActor(req), req.body)));

    app.get(base, {
      schema: { tags, summary: 'Projects of the caller (buyer or IKM; programme staff: all)', querystring: pageQuery.extend({ stage: stage.optional(), status: z.enum(['active', 'completed', 'cancelled']).optional(), buyerOrgId: z.string().uuid().optional(), ikmOrgId: z.string().uuid().optional(), mouId: z.string().uuid().optional() }), response: { 200: pageSchema(summary), ...errorResponses } },
    }, async (req) => service.list(requireActor(req), req.query));

    app.get('/api/development/board', {
      schema: {
        tags,
        summary: 'Board: projects grouped by stage (buyer/IKM: own; programme: all or one buyer)',
        querystring: z.object({ buyerOrgId: z.string().uuid().optional(), perStage: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ total: z.number(), stages: z.array(z.object({ stage, label: z.string(), count: z.number(), projects: z.array(summary) })) }), ...errorResponses },
      },
    }, async (req) => service.board(requireActor(req), req.query));

    app.get(`${base}/:id`, { schema: { tags, summary: 'A project with its gates, files and history', params: idParam, response: { 200: project, ...errorResponses } } }, async (req) => service.detail(requireActor(req), req.params.id));

    app.patch(`${base}/:id`, {
      schema: { tags, summary: 'Edit part data or the required PPAP elements (buyer)', params: idParam, body: z.object({ partName: text(200).optional(), partNumber: text(100).nullish(), description: text(5000).nullish(), material: text(200).nullish(), ppapElements: ppap.optional() }), response: { 200: project, ...errorResponses } },
    }, async (req) => service.update(requireActor(req), req.params.id, req.body));

    app.patch(`${base}/:id/gates/:stage`, {
      schema: { tags, summary: "Set a gate's owner, due date or (buyer) approver", params: gateParams, body: z.object({ ownerName: text(200).nullish(), ownerUserId: z.string().uuid().nullish(), dueDate: isoDate.nullish(), approverUserId: z.string().uuid().nullish() }), response: { 200: project, ...errorResponses } },
    }, async (req) => {
      await service.updateGate(requireActor(req), req.params.id, req.params.stage, req.body);
      return service.detail(requireActor(req), req.params.id);
    });

    app.post(`${base}/:id/gates/:stage/checklist`, {
      schema: { tags, summary: 'Add a checklist item to a gate (buyer)', params: gateParams, body: z.object({ label: text(300) }), response: { 200: project, ...errorResponses } },
    }, async (req) => {
      await service.addChecklistItem(requireActor(req), req.params.id, req.params.stage, req.body.label);
      return service.detail(requireActor(req), req.params.id);
    });

    app.put(`${base}/:id/gates/:stage/checklist/:key`, {
      schema: { tags, summary: 'Tick or untick a checklist item (buyer or IKM; not while submitted)', params: gateParams.extend({ key: z.string().max(100) }), body: z.object({ done: z.boolean() }), response: { 200: project, ...errorResponses } },
    }, async (req) => {
      await service.setChecklistItem(requireActor(req), req.params.id, req.params.stage, req.params.key, req.body.done);
      return service.detail(requireActor(req), req.params.id);
    });

    app.post(`${base}/:id/files`, {
      schema: { tags, summary: 'Attach a file to a gate (base64, ≤ 1.4 MB; SHA-256 recorded)', params: idParam, body: z.object({ stage: gateStage.optional(), name: text(200), contentType: text(100).default('application/octet-stream'), contentBase64: z.string().min(1).max(2_000_000) }), response: { 201: fileMeta, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await service.addFile(requireActor(req), req.params.id, req.body)));

    app.get('/api/development/files/:id', { schema: { tags, summary: 'Download a project file', params: idParam } }, async (req, reply) => {
      const f = await service.getFile(requireActor(req), req.params.id);
      return reply.type(f.contentType).header('content-disposition', `attachment; filename="${f.name.replace(/[^\w. -]/g, '_')}"`).header('x-content-sha256', f.sha256).send(f.content);
    });

    const decision = (path: string, summaryText: string, body: z.ZodTypeAny, run: (req: { actor: ReturnType<typeof requireActor>; id: string; body: never }) => Promise<void>) =>
      app.post(`${base}/:id/${path}`, { schema: { tags, summary: summaryText, params: idParam, body, response: { 200: project, ...errorResponses } } }, async (req) => {
        await run({ actor: requireActor(req), id: req.params.id, body: req.body as never });
        return service.detail(requireActor(req), req.params.id);
      });

    decision('submit', 'Submit the current gate for approval (buyer or IKM); the approver is notified', z.object({ note: text(2000).optional() }).default({}), ({ actor, id, body }) =>
      service.submit(actor, id, (body as { note?: string }).note));
    decision('approve', "Approve the current gate (the buyer's approver or admin): the project moves to the next stage", z.object({ note: text(2000).optional() }).default({}), ({ actor, id, body }) =>
      service.approve(actor, id, (body as { note?: string }).note));
    decision('reject', 'Reject the current gate with a reason; work continues at this stage or at backToStage', z.object({ reason: text(2000), backToStage: gateStage.optional() }), ({ actor, id, body }) =>
      service.reject(actor, id, (body as { reason: string }).reason, (body as { backToStage?: (typeof STAGES)[number] }).backToStage));
    decision('cancel', 'Cancel the project with a reason (buyer admin)', z.object({ reason: text(2000) }), ({ actor, id, body }) => service.cancel(actor, id, (body as { reason: string }).reason));

    app.get('/api/development/ppap-elements', {
      schema: { tags, summary: 'The PPAP elements a buyer can require', response: { 200: z.array(z.string()) } },
    }, async () => [...PPAP_ELEMENTS]);
  };
}

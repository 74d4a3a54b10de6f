import { createHash } from 'node:crypto';
import type { Actor } from '../../core/actor';
import { ALL_KINDS, authorize, can } from '../../core/authz';
import { today } from '../../core/clock';
import { badRequest, conflict, notFound, unprocessable } from '../../core/errors';
import { formatReference, newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { identityStore } from '../identity';
import type { NotificationService } from '../notifications';
import type { PartnershipsService } from '../partnerships';
import { defaultChecklist, GATE_STAGES, type GateStatus, STAGE_LABELS, STAGES, type PpapElement, type Stage } from './domain/stages';
import { createGateService } from './gate-service';
import * as store from './store';

export interface ProjectInput {
  ikmOrgId: string;
  partName: string;
  partNumber?: string | null;
  description?: string | null;
  material?: string | null;
  needId?: string | null;
  mouId?: string | null;
  ppapElements?: PpapElement[];
  approverUserId?: string | null;
  dueDate?: string | null;
}

export const MAX_FILE_BYTES = 1_400_000;
const DEFAULT_PPAP: PpapElement[] = ['design_records', 'dimensional_results', 'material_test_results', 'process_flow', 'pfmea', 'control_plan', 'part_submission_warrant'];

export type DevelopmentService = ReturnType<typeof createDevelopmentService>;

export function createDevelopmentService(deps: Deps, audit: AuditService, notifications: NotificationService, partnerships: PartnershipsService) {
  const { db, clock } = deps;
  const hidden = (id: string) => notFound('development.project_not_found', 'Proyek pengembangan tidak ditemukan.', { id });

  /** A project the caller may see (its buyer or IKM, or programme staff); otherwise 404. */
  async function loadVisible(actor: Actor, id: string, forUpdate = false, x = db as Parameters<typeof store.findProject>[0]) {
    const p = await store.findProject(x, id, forUpdate);
    if (!p || !can(actor, { kinds: ALL_KINDS }, { parties: [p.buyerOrgId, p.ikmOrgId] })) throw hidden(id);
    return p;
  }

  async function assertBuyerUser(buyerOrgId: string, userId: string | null | undefined, field: string) {
    if (!userId) return;
    const u = await identityStore.findUserWithMembership(db, userId);
    if (!u || u.orgId !== buyerOrgId) throw unprocessable('development.approver_not_buyer', 'Penyetuju harus pengguna dari organisasi pembeli.', { field });
  }

  const gates = createGateService(deps, audit, notifications, loadVisible, assertBuyerUser);

  async function detail(actor: Actor, id: string) {
    const p = await loadVisible(actor, id);
    const [gateRows, files, history] = await Promise.all([store.findGates(db, id), store.listFiles(db, id), store.listEvents(db, id)]);
    const [buyer, ikm] = await Promise.all([identityStore.findOrganisation(db, p.buyerOrgId), identityStore.findOrganisation(db, p.ikmOrgId)]);
    const order = (s: string) => STAGES.indexOf(s as Stage);
    return {
      ...p,
      stage: p.stage as Stage,
      status: p.status as 'active' | 'completed' | 'cancelled',
      buyerName: buyer?.name ?? '',
      ikmName: ikm?.name ?? '',
      stageLabel: STAGE_LABELS[p.stage as Stage],
      gates: gateRows.sort((a, b) => order(a.stage) - order(b.stage)).map((g) => ({ ...g, status: g.status as GateStatus, label: STAGE_LABELS[g.stage as Stage] })),
      files,
      history,
    };
  }

  return {
    ...gates,
    detail,

    async create(actor: Actor, input: ProjectInput) {
      authorize(actor, { kinds: ['buyer'], roles: ['admin', 'staff'], relation: 'any' });
      const ikm = await identityStore.findOrganisation(db, input.ikmOrgId);
      if (!ikm || ikm.kind !== 'ikm') throw unprocessable('development.ikm_invalid', 'Pilih organisasi IKM yang terdaftar.', { field: 'ikmOrgId' });
      if (input.mouId) {
        const mou = await partnerships.get(actor, input.mouId).catch(() => null);
        if (!mou || !mou.parties.some((p) => p.orgId === input.ikmOrgId)) {
          throw unprocessable('development.mou_mismatch', 'MoU tidak ditemukan atau IKM ini bukan pihaknya.', { field: 'mouId' });
        }
      }
      await assertBuyerUser(actor.orgId, input.approverUserId, 'approverUserId');
      const id = newId();
      const now = clock.now();
      const year = Number(today(clock).slice(0, 4));
      const ppap = input.ppapElements ?? DEFAULT_PPAP;
      await db.transaction(async (tx) => {
        const reference = formatReference('DEV', year, await store.nextProjectNumber(tx, year), 4);
        const row = {
          id,
          reference,
          buyerOrgId: actor.orgId,
          ikmOrgId: input.ikmOrgId,
          partName: input.partName,
          partNumber: input.partNumber ?? null,
          description: input.description ?? null,
          material: input.material ?? null,
          needId: input.needId ?? null,
          mouId: input.mouId ?? null,
          stage: 'rfq',
          status: 'active',
          ppapElements: ppap,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        };
        await store.insertProject(tx, row);
        for (const stage of GATE_STAGES) {
          await store.openGate(tx, { id: newId(), projectId: id, stage, status: 'open', checklist: defaultChecklist(stage, ppap), approverUserId: input.approverUserId ?? null, dueDate: stage === 'rfq' ? (input.dueDate ?? null) : null, updatedAt: now });
        }
        await store.insertEvent(tx, { id: newId(), projectId: id, stage: 'rfq', action: 'created', actorUserId: actor.userId, actorOrgId: actor.orgId, at: now });
        await audit.record(tx, actor, { action: 'development.project_created', entityType: 'development_project', entityId: id, orgId: actor.orgId, after: row });
      });
      return detail(actor, id);
    },

    async list(actor: Actor, q: PageQuery & { stage?: Stage; status?: string; buyerOrgId?: string; ikmOrgId?: string; mouId?: string }) {
      authorize(actor, { kinds: ALL_KINDS, relation: 'any' });
      const all = actor.type === 'system' || actor.orgKind === 'programme';
      const { rows, total } = await store.listProjects(db, { ...q, partyOrgId: all ? undefined : actor.orgId, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows, page: q.page, pageSize: q.pageSize, total };
    },

    /** Edit part data and the PPAP elements (the latter only until the approval gate is submitted). */
    async update(actor: Actor, id: string, patch: { partName?: string; partNumber?: string | null; description?: string | null; material?: string | null; ppapElements?: PpapElement[] }) {
      const p = await loadVisible(actor, id);
      authorize(actor, { kinds: ['buyer'], roles: ['admin', 'staff'], programmeOverride: false }, { parties: [p.buyerOrgId] });
      if (p.status !== 'active') throw conflict('development.project_closed', 'Proyek sudah selesai atau dibatalkan.');
      await db.transaction(async (tx) => {
        if (patch.ppapElements) {
          const gate = (await store.findGate(tx, id, 'approval'))!;
          if (gate.status === 'submitted' || gate.status === 'approved') throw conflict('development.gate_locked', 'Elemen PPAP tidak dapat diubah setelah gerbang persetujuan diajukan.', { field: 'ppapElements' });
          const kept = new Map(gate.checklist.map((i) => [i.key, i]));
          const checklist = defaultChecklist('approval', patch.ppapElements).map((i) => kept.get(i.key) ?? i);
          await store.updateGate(tx, gate.id, { checklist, updatedAt: clock.now() });
        }
        const [after] = await store.updateProject(tx, id, { ...patch, updatedAt: clock.now() });
        await store.insertEvent(tx, { id: newId(), projectId: id, stage: p.stage, action: 'updated', note: Object.keys(patch).join(', '), actorUserId: actor.userId, actorOrgId: actor.orgId, at: clock.now() });
        await audit.record(tx, actor, { action: 'development.project_updated', entityType: 'development_project', entityId: id, orgId: p.buyerOrgId, before: p, after });
      });
      return detail(actor, id);
    },

    async addFile(actor: Actor, id: string, input: { stage?: Stage; name: string; contentType: string; contentBase64: string }) {
      const p = await loadVisible(actor, id);
      authorize(actor, { kinds: ['buyer', 'ikm'], roles: ['admin', 'staff'], programmeOverride: false }, { parties: [p.buyerOrgId, p.ikmOrgId] });
      const content = Buffer.from(input.contentBase64, 'base64');
      if (!content.length) throw badRequest('development.file_empty', 'Berkas kosong.', { field: 'contentBase64' });
      if (content.length > MAX_FILE_BYTES) throw badRequest('development.file_too_large', 'Berkas terlalu besar (maks. 1,4 MB).', { field: 'contentBase64' });
      const stage = input.stage ?? (p.stage as Stage);
      const row = { id: newId(), projectId: id, stage, name: input.name, contentType: input.contentType, size: content.length, sha256: createHash('sha256').update(content).digest('hex'), content, uploadedBy: actor.userId, uploadedOrgId: actor.orgId, uploadedAt: clock.now() };
      await db.transaction(async (tx) => {
        await store.insertFile(tx, row);
        await store.insertEvent(tx, { id: newId(), projectId: id, stage, action: 'file_added', note: `${row.name} (${row.sha256.slice(0, 12)})`, actorUserId: actor.userId, actorOrgId: actor.orgId, at: row.uploadedAt });
        await audit.record(tx, actor, { action: 'development.file_added', entityType: 'development_project', entityId: id, orgId: actor.orgId, after: { name: row.name, sha256: row.sha256, stage } });
      });
      const { content: _c, projectId: _p, uploadedBy: _u, ...meta } = row;
      return meta;
    },

    async getFile(actor: Actor, fileId: string) {
      const f = await store.findFile(db, fileId);
      if (!f) throw notFound('development.file_not_found', 'Berkas tidak ditemukan.', { fileId });
      await loadVisible(actor, f.projectId).catch(() => {
        throw notFound('development.file_not_found', 'Berkas tidak ditemukan.', { fileId });
      });
      return f;
    },

    /** Projects grouped by stage: a buyer's own, an IKM's own, or (programme staff) all or one buyer's. */
    async board(actor: Actor, q: { buyerOrgId?: string; perStage?: number }) {
      authorize(actor, { kinds: ['programme', 'buyer', 'ikm'], relation: 'any' });
      const all = actor.type === 'system' || actor.orgKind === 'programme';
      const filter = all ? { buyerOrgId: q.buyerOrgId } : { partyOrgId: actor.orgId };
      const { counts, items } = await store.boardRows(db, filter, q.perStage ?? 50);
      return {
        stages: STAGES.map((stage) => ({
          stage,
          label: STAGE_LABELS[stage],
          count: counts.get(stage) ?? 0,
          projects: items.filter((i) => i.stage === stage).map(({ rank: _r, ...i }) => i),
        })),
        total: [...counts.values()].reduce((a, b) => a + b, 0),
      };
    },
  };
}

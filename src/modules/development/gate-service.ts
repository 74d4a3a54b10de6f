import type { Actor } from '../../core/actor';
import { authorize, hasRole } from '../../core/authz';
import { conflict, forbidden, notFound, unprocessable } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import type { NotificationService } from '../notifications';
import { approveGate, assertCanSubmit, rejectGate, STAGE_LABELS, type ChecklistItem, type GateStatus, type Stage } from './domain/stages';
import * as store from './store';

type LoadVisible = (actor: Actor, id: string, forUpdate?: boolean, x?: Executor) => Promise<store.ProjectRow>;
type AssertBuyerUser = (buyerOrgId: string, userId: string | null | undefined, field: string) => Promise<void>;

const PARTY_EDITOR = { kinds: ['buyer', 'ikm'] as const, roles: ['admin', 'staff'] as const, programmeOverride: false };
const link = (id: string) => `/pengembangan/${id}`;

/** Gate work: owner / due date / approver, checklist, submit, approve, reject, cancel. */
export function createGateService(deps: Deps, audit: AuditService, notifications: NotificationService, loadVisible: LoadVisible, assertBuyerUser: AssertBuyerUser) {
  const { db, clock } = deps;

  async function gateOf(x: Executor, p: store.ProjectRow, stage: string) {
    const g = await store.findGate(x, p.id, stage);
    if (!g) throw notFound('development.gate_not_found', 'Gerbang tidak ditemukan.', { stage });
    return g;
  }

  function assertActive(p: store.ProjectRow) {
    if (p.status !== 'active') throw conflict('development.project_closed', 'Proyek sudah selesai atau dibatalkan.', { status: p.status });
  }

  /** Decisions belong to the buyer: the gate's named approver, or a buyer admin. */
  function assertApprover(actor: Actor, p: store.ProjectRow, g: store.GateRow) {
    if (actor.type === 'system') return;
    const ok = actor.orgId === p.buyerOrgId && ((g.approverUserId !== null && actor.userId === g.approverUserId) || hasRole(actor, 'admin'));
    if (!ok) throw forbidden('development.approver_required', 'Hanya penyetuju dari pihak pembeli yang dapat memutuskan gerbang ini.');
  }

  async function event(x: Executor, actor: Actor, p: store.ProjectRow, action: string, extra: { stage?: string; toStage?: string; note?: string } = {}) {
    await store.insertEvent(x, { id: newId(), projectId: p.id, stage: extra.stage ?? p.stage, action, toStage: extra.toStage ?? null, note: extra.note ?? null, actorUserId: actor.userId, actorOrgId: actor.type === 'system' ? null : actor.orgId, at: clock.now() });
    await audit.record(x, actor, { action: `development.${action}`, entityType: 'development_project', entityId: p.id, orgId: p.buyerOrgId, after: { stage: extra.stage ?? p.stage, ...extra } });
  }

  function assertEditable(g: store.GateRow) {
    if (g.status === 'submitted' || g.status === 'approved') throw conflict('development.gate_locked', 'Gerbang sedang diajukan atau sudah disetujui; daftar periksa terkunci.', { status: g.status });
  }

  return {
    async updateGate(actor: Actor, id: string, stage: Stage, patch: { ownerName?: string | null; ownerUserId?: string | null; dueDate?: string | null; approverUserId?: string | null }) {
      const p = await loadVisible(actor, id);
      authorize(actor, PARTY_EDITOR, { parties: [p.buyerOrgId, p.ikmOrgId] });
      assertActive(p);
      if (patch.approverUserId !== undefined && actor.orgId !== p.buyerOrgId && actor.type !== 'system') {
        throw forbidden('development.approver_set_by_buyer', 'Penyetuju ditetapkan oleh pihak pembeli.');
      }
      await assertBuyerUser(p.buyerOrgId, patch.approverUserId, 'approverUserId');
      await db.transaction(async (tx) => {
        const g = await gateOf(tx, p, stage);
        await store.updateGate(tx, g.id, { ...patch, updatedAt: clock.now() });
        await event(tx, actor, p, 'gate_updated', { stage, note: Object.keys(patch).join(', ') });
      });
    },

    async setChecklistItem(actor: Actor, id: string, stage: Stage, key: string, done: boolean) {
      const p = await loadVisible(actor, id);
      authorize(actor, PARTY_EDITOR, { parties: [p.buyerOrgId, p.ikmOrgId] });
      assertActive(p);
      await db.transaction(async (tx) => {
        const g = await gateOf(tx, p, stage);
        assertEditable(g);
        if (!g.checklist.some((i) => i.key === key)) throw notFound('development.checklist_item_not_found', 'Butir daftar periksa tidak ditemukan.', { key });
        const at = clock.now().toISOString();
        const checklist: ChecklistItem[] = g.checklist.map((i) => (i.key === key ? { ...i, done, doneAt: done ? at : null, doneBy: done ? actor.userId : null } : i));
        await store.updateGate(tx, g.id, { checklist, updatedAt: clock.now() });
        await event(tx, actor, p, done ? 'checklist_done' : 'checklist_undone', { stage, note: key });
      });
    },

    /** The buyer adds its own checklist item to a gate. */
    async addChecklistItem(actor: Actor, id: string, stage: Stage, label: string) {
      const p = await loadVisible(actor, id);
      authorize(actor, { kinds: ['buyer'], roles: ['admin', 'staff'], programmeOverride: false }, { parties: [p.buyerOrgId] });
      assertActive(p);
      await db.transaction(async (tx) => {
        const g = await gateOf(tx, p, stage);
        assertEditable(g);
        const key = `custom_${g.checklist.length + 1}`;
        await store.updateGate(tx, g.id, { checklist: [...g.checklist, { key, label, done: false, doneAt: null, doneBy: null }], updatedAt: clock.now() });
        await event(tx, actor, p, 'checklist_added', { stage, note: label });
      });
    },

    /** Submit the current gate for the buyer's decision (either party). */
    async submit(actor: Actor, id: string, note?: string) {
      const p0 = await loadVisible(actor, id);
      authorize(actor, PARTY_EDITOR, { parties: [p0.buyerOrgId, p0.ikmOrgId] });
      await db.transaction(async (tx) => {
        const p = await loadVisible(actor, id, true, tx);
        assertActive(p);
        const g = await gateOf(tx, p, p.stage);
        assertCanSubmit({ stage: p.stage as Stage, status: g.status as GateStatus, checklist: g.checklist });
        await store.updateGate(tx, g.id, { status: 'submitted', submittedAt: clock.now(), updatedAt: clock.now() });
        await store.updateProject(tx, id, { updatedAt: clock.now() });
        await event(tx, actor, p, 'submitted', { note });
        await notifications.notify(tx, {
          orgId: p.buyerOrgId,
          roles: ['admin'],
          userIds: g.approverUserId ? [g.approverUserId] : undefined,
          kind: 'gate_to_approve',
          title: `${p.reference}: gerbang ${STAGE_LABELS[p.stage as Stage]} menunggu persetujuan`,
          body: `Proyek ${p.partName} (${p.reference}) mengajukan gerbang ${STAGE_LABELS[p.stage as Stage]} untuk disetujui.${note ? `\nCatatan: ${note}` : ''}`,
          entityType: 'development_project',
          entityId: id,
          link: link(id),
        });
      });
    },

    async approve(actor: Actor, id: string, note?: string) {
      await loadVisible(actor, id);
      await db.transaction(async (tx) => {
        const p = await loadVisible(actor, id, true, tx);
        assertActive(p);
        const g = await gateOf(tx, p, p.stage);
        assertApprover(actor, p, g);
        const next = approveGate({ stage: p.stage as Stage, status: g.status as GateStatus, checklist: g.checklist });
        const now = clock.now();
        await store.updateGate(tx, g.id, { status: 'approved', decidedAt: now, decisionNote: note ?? null, updatedAt: now });
        if (next === 'mass_production') await store.updateProject(tx, id, { stage: next, status: 'completed', completedAt: now, updatedAt: now });
        else {
          await store.updateProject(tx, id, { stage: next, updatedAt: now });
          await store.openGate(tx, { id: newId(), projectId: id, stage: next, status: 'open', checklist: [], updatedAt: now });
        }
        await event(tx, actor, p, 'approved', { toStage: next, note });
        await notifications.notify(tx, { orgId: p.ikmOrgId, kind: 'gate_decided', title: `${p.reference}: gerbang ${STAGE_LABELS[p.stage as Stage]} disetujui`, body: `Gerbang ${STAGE_LABELS[p.stage as Stage]} untuk ${p.partName} disetujui. Tahap berikutnya: ${STAGE_LABELS[next]}.`, entityType: 'development_project', entityId: id, link: link(id) });
      });
    },

    /** Reject with reasons: work continues at this stage, or at an earlier one (`backToStage`). */
    async reject(actor: Actor, id: string, reason: string, backToStage?: Stage) {
      await loadVisible(actor, id);
      await db.transaction(async (tx) => {
        const p = await loadVisible(actor, id, true, tx);
        assertActive(p);
        const g = await gateOf(tx, p, p.stage);
        assertApprover(actor, p, g);
        const target = rejectGate({ stage: p.stage as Stage, status: g.status as GateStatus, checklist: g.checklist }, reason, backToStage);
        const now = clock.now();
        await store.updateGate(tx, g.id, { status: 'rejected', decidedAt: now, decisionNote: reason.trim(), rejections: g.rejections + 1, updatedAt: now });
        if (target !== p.stage) await store.openGate(tx, { id: newId(), projectId: id, stage: target, status: 'open', checklist: [], updatedAt: now });
        await store.updateProject(tx, id, { stage: target, updatedAt: now });
        await event(tx, actor, p, 'rejected', { toStage: target, note: reason.trim() });
        await notifications.notify(tx, { orgId: p.ikmOrgId, kind: 'gate_decided', title: `${p.reference}: gerbang ${STAGE_LABELS[p.stage as Stage]} ditolak`, body: `Alasan: ${reason.trim()}\nLanjutkan di tahap ${STAGE_LABELS[target]}.`, entityType: 'development_project', entityId: id, link: link(id) });
      });
    },

    async cancel(actor: Actor, id: string, reason: string) {
      const p = await loadVisible(actor, id);
      authorize(actor, { kinds: ['buyer'], roles: ['admin'], programmeOverride: false }, { parties: [p.buyerOrgId] });
      assertActive(p);
      if (reason.trim().length < 5) throw unprocessable('development.reason_required', 'Sebutkan alasan pembatalan (minimal 5 karakter).', { field: 'reason' });
      await db.transaction(async (tx) => {
        await store.updateProject(tx, id, { status: 'cancelled', cancelReason: reason.trim(), updatedAt: clock.now() });
        await event(tx, actor, p, 'cancelled', { note: reason.trim() });
      });
    },
  };
}

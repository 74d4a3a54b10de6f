import { createHash } from 'node:crypto';
import type { Actor } from '../../core/actor';
import { ALL_KINDS, authorize, can } from '../../core/authz';
import { today } from '../../core/clock';
import { badRequest, notFound, unprocessable } from '../../core/errors';
import { formatReference, newId } from '../../core/ids';
import { pageOffset, type Page, type PageQuery } from '../../core/pagination';
import type { Rupiah } from '../../core/rupiah';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { identityStore } from '../identity';
import type { NotificationService } from '../notifications';
import { assertCanApply, assertMouDates, sumShares } from './domain/mou';
import { createMouLifecycle } from './lifecycle';
import * as store from './store';
import { loadMouView, type MouView } from './view';

export interface MouIkmInput {
  orgId: string;
  marketAccessPerYear: Rupiah;
  signatoryName?: string | null;
  signatoryTitle?: string | null;
}

export interface MouInput {
  title: string;
  scope: string;
  parts: string[];
  obligations: { party: string; text: string }[];
  startDate: string;
  endDate: string;
  /** The initiator's signatory. */
  signatory?: { name: string; title: string } | null;
  ikm: MouIkmInput[];
}

export const MAX_DOCUMENT_BYTES = 1_400_000;
const EDITOR = { kinds: ['buyer', 'mentor'] as const, roles: ['admin', 'staff'] as const };

export type PartnershipsService = ReturnType<typeof createPartnershipsService>;

export function createPartnershipsService(deps: Deps, audit: AuditService, notifications: NotificationService) {
  const { db, clock } = deps;
  const hidden = (id: string) => notFound('partnerships.mou_not_found', 'MoU tidak ditemukan.', { id });

  /** Loads an MoU the caller may see (a party, or programme staff); otherwise 404. */
  async function loadVisible(actor: Actor, id: string, x: Executor = db) {
    const mou = await store.findMou(x, id);
    if (!mou) throw hidden(id);
    const parties = await store.findParties(x, id);
    const partyIds = parties.map((p) => p.orgId);
    if (!can(actor, { kinds: ALL_KINDS }, { parties: partyIds })) throw hidden(id);
    return { mou, parties, partyIds };
  }

  async function assertEditor(actor: Actor, mou: store.MouRow) {
    authorize(actor, { ...EDITOR, programmeOverride: false }, { parties: [mou.initiatorOrgId] });
  }

  async function validateInput(actor: Actor, input: MouInput) {
    assertMouDates(input.startDate, input.endDate);
    if (!input.ikm.length) throw unprocessable('partnerships.ikm_required', 'Pilih minimal satu IKM.', { field: 'ikm' });
    const seen = new Set<string>();
    for (const [i, p] of input.ikm.entries()) {
      if (seen.has(p.orgId) || p.orgId === actor.orgId) throw unprocessable('partnerships.duplicate_party', 'IKM yang sama tercantum lebih dari sekali.', { field: `ikm.${i}.orgId` });
      seen.add(p.orgId);
      const org = await identityStore.findOrganisation(db, p.orgId);
      if (!org || org.kind !== 'ikm') throw unprocessable('partnerships.party_not_ikm', 'Pihak MoU harus organisasi IKM yang terdaftar.', { field: `ikm.${i}.orgId` });
    }
  }

  function partyRows(mouId: string, actor: Actor, input: MouInput) {
    return [
      { mouId, orgId: actor.orgId, role: 'initiator', marketAccessPerYear: null, signatoryName: input.signatory?.name ?? null, signatoryTitle: input.signatory?.title ?? null },
      ...input.ikm.map((p) => ({ mouId, orgId: p.orgId, role: 'ikm', marketAccessPerYear: p.marketAccessPerYear.toString(), signatoryName: p.signatoryName ?? null, signatoryTitle: p.signatoryTitle ?? null })),
    ];
  }

  const lifecycle = createMouLifecycle(deps, audit, notifications, loadVisible);

  return {
    ...lifecycle,

    async create(actor: Actor, input: MouInput): Promise<MouView> {
      authorize(actor, { ...EDITOR, relation: 'any' });
      await validateInput(actor, input);
      const now = clock.now();
      const year = Number(today(clock).slice(0, 4));
      const id = newId();
      await db.transaction(async (tx) => {
        const reference = formatReference('MOU', year, await store.nextMouNumber(tx, year), 4);
        await store.insertMou(tx, {
          id,
          reference,
          initiatorOrgId: actor.orgId,
          title: input.title,
          scope: input.scope,
          parts: input.parts,
          obligations: input.obligations,
          startDate: input.startDate,
          endDate: input.endDate,
          status: 'draft',
          totalMarketAccessPerYear: sumShares(input.ikm.map((p) => p.marketAccessPerYear)).toString(),
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await store.replaceParties(tx, id, partyRows(id, actor, input));
        await audit.record(tx, actor, { action: 'partnerships.mou_created', entityType: 'mou', entityId: id, orgId: actor.orgId, after: { reference, ...input } });
      });
      return loadMouView(db, (await store.findMou(db, id))!);
    },

    async update(actor: Actor, id: string, patch: Partial<MouInput>): Promise<MouView> {
      const { mou, parties } = await loadVisible(actor, id);
      await assertEditor(actor, mou);
      assertCanApply(mou.status as never, 'edit');
      const initiator = parties.find((p) => p.role === 'initiator');
      const current: MouInput = {
        title: mou.title,
        scope: mou.scope,
        parts: mou.parts,
        obligations: mou.obligations,
        startDate: mou.startDate,
        endDate: mou.endDate,
        signatory: initiator?.signatoryName ? { name: initiator.signatoryName, title: initiator.signatoryTitle ?? '' } : null,
        ikm: parties.filter((p) => p.role === 'ikm').map((p) => ({ orgId: p.orgId, marketAccessPerYear: BigInt(p.marketAccessPerYear ?? '0'), signatoryName: p.signatoryName, signatoryTitle: p.signatoryTitle })),
      };
      const next: MouInput = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      const initiatorActor = { ...actor, orgId: mou.initiatorOrgId };
      await validateInput(initiatorActor, next);
      await db.transaction(async (tx) => {
        await store.updateMou(tx, id, {
          title: next.title,
          scope: next.scope,
          parts: next.parts,
          obligations: next.obligations,
          startDate: next.startDate,
          endDate: next.endDate,
          totalMarketAccessPerYear: sumShares(next.ikm.map((p) => p.marketAccessPerYear)).toString(),
          updatedAt: clock.now(),
        });
        await store.replaceParties(tx, id, partyRows(id, initiatorActor, next));
        await audit.record(tx, actor, { action: 'partnerships.mou_updated', entityType: 'mou', entityId: id, orgId: mou.initiatorOrgId, before: current, after: next });
      });
      return loadMouView(db, (await store.findMou(db, id))!);
    },

    /** `x`: run inside the caller's transaction (e.g. finance checking an MoU while it writes). */
    async get(actor: Actor, id: string, x: Executor = db): Promise<MouView> {
      const { mou, parties } = await loadVisible(actor, id, x);
      return loadMouView(x, mou, parties);
    },

    async list(actor: Actor, q: PageQuery & { status?: string; q?: string; orgId?: string }): Promise<Page<store.MouRow & { partyCount: number; signedCount: number }>> {
      authorize(actor, { kinds: ALL_KINDS, relation: 'any' });
      const seesAll = actor.type === 'system' || actor.orgKind === 'programme';
      const { rows, total } = await store.listMous(db, { partyOrgId: seesAll ? q.orgId : actor.orgId, status: q.status, q: q.q, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows.map((r) => ({ ...r.mou, partyCount: Number(r.partyCount), signedCount: Number(r.signedCount) })), page: q.page, pageSize: q.pageSize, total };
    },

    async addDocument(actor: Actor, id: string, input: { name: string; contentType: string; contentBase64: string }) {
      const { mou } = await loadVisible(actor, id);
      await assertEditor(actor, mou);
      assertCanApply(mou.status as never, 'edit');
      const content = Buffer.from(input.contentBase64, 'base64');
      if (!content.length) throw badRequest('partnerships.document_empty', 'Berkas kosong.', { field: 'contentBase64' });
      if (content.length > MAX_DOCUMENT_BYTES) throw badRequest('partnerships.document_too_large', 'Berkas terlalu besar (maks. 1,4 MB).', { field: 'contentBase64' });
      const row = { id: newId(), mouId: id, name: input.name, contentType: input.contentType, size: content.length, sha256: createHash('sha256').update(content).digest('hex'), content, uploadedBy: actor.userId, uploadedAt: clock.now() };
      await db.transaction(async (tx) => {
        await store.insertDocument(tx, row);
        await store.updateMou(tx, id, { updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'partnerships.document_added', entityType: 'mou', entityId: id, orgId: mou.initiatorOrgId, after: { name: row.name, sha256: row.sha256, size: row.size } });
      });
      const { content: _c, mouId: _m, uploadedBy: _u, ...meta } = row;
      return meta;
    },

    async getDocument(actor: Actor, id: string, documentId: string) {
      await loadVisible(actor, id);
      const doc = await store.findDocument(db, id, documentId);
      if (!doc) throw notFound('partnerships.document_not_found', 'Dokumen tidak ditemukan.', { documentId });
      return doc;
    },

    async removeDocument(actor: Actor, id: string, documentId: string): Promise<void> {
      const { mou } = await loadVisible(actor, id);
      await assertEditor(actor, mou);
      assertCanApply(mou.status as never, 'edit');
      await db.transaction(async (tx) => {
        const gone = await store.deleteDocument(tx, id, documentId);
        if (!gone.length) throw notFound('partnerships.document_not_found', 'Dokumen tidak ditemukan.', { documentId });
        await audit.record(tx, actor, { action: 'partnerships.document_removed', entityType: 'mou', entityId: id, orgId: mou.initiatorOrgId, before: { documentId } });
      });
    },
  };
}

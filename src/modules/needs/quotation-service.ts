import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { conflict } from '../../core/errors';
import { formatReference, newId } from '../../core/ids';
import { parseRupiah } from '../../core/rupiah';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { BUYER_WRITE, IKM_WRITE, isProgramme, loadOwnNeed, loadVisibleNeed, quotationNotFound, READ } from './access';
import { compareQuotations } from './domain/compare';
import { assertAcceptingResponses, type NeedStatus } from './domain/rules';
import type { RegistryLookup } from './registry-lookup';
import * as store from './store';
import { quotationView } from './views';

export interface QuotationInput {
  unitPrice: string;
  toolingCost?: string;
  leadTimeDays: number;
  capacityPerMonth: number;
  notes?: string | null;
}

const BUYER_READ = { kinds: ['buyer', 'programme'] as const };

export type QuotationService = ReturnType<typeof createQuotationService>;

export function createQuotationService(deps: Deps, audit: AuditService, registry: RegistryLookup) {
  const { db, clock } = deps;
  const accepting = (n: store.NeedRow) => assertAcceptingResponses({ status: n.status as NeedStatus, deadline: n.deadline }, today(clock));

  /** A quotation the caller may see: its IKM, the need's buyer, or programme staff; 404 otherwise. */
  async function loadVisibleQuotation(actor: Actor, id: string) {
    authorize(actor, READ);
    const q = await store.findQuotation(db, id);
    if (!q) throw quotationNotFound(id);
    const need = await store.findNeed(db, q.quotation.needId);
    const party = isProgramme(actor) || actor.orgId === q.quotation.ikmOrgId || actor.orgId === need?.need.buyerOrgId;
    if (!need || !party) throw quotationNotFound(id);
    return { q, need: need.need };
  }

  return {
    async expressInterest(actor: Actor, needId: string, note?: string | null) {
      authorize(actor, IKM_WRITE);
      const { need } = await loadVisibleNeed(db, actor, registry, needId);
      accepting(need);
      await db.transaction(async (tx) => {
        const [row] = await store.insertInterest(tx, { needId, ikmOrgId: actor.orgId, note: note ?? null, createdBy: actor.userId, createdAt: clock.now() });
        if (row) await audit.record(tx, actor, { action: 'needs.interest_expressed', entityType: 'part_need', entityId: needId, orgId: actor.orgId, after: { note } });
      });
      return { needId, interested: true };
    },

    async withdrawInterest(actor: Actor, needId: string) {
      authorize(actor, IKM_WRITE);
      await loadVisibleNeed(db, actor, registry, needId);
      await db.transaction(async (tx) => {
        const removed = await store.deleteInterest(tx, needId, actor.orgId);
        if (removed.length) await audit.record(tx, actor, { action: 'needs.interest_withdrawn', entityType: 'part_need', entityId: needId, orgId: actor.orgId });
      });
      return { needId, interested: false };
    },

    async listInterests(actor: Actor, needId: string) {
      await loadOwnNeed(db, actor, registry, needId, BUYER_READ);
      return store.listInterests(db, needId);
    },

    /** Submits or revises the caller's quotation (one per IKM and need). */
    async submit(actor: Actor, needId: string, input: QuotationInput) {
      authorize(actor, IKM_WRITE);
      const { need } = await loadVisibleNeed(db, actor, registry, needId);
      accepting(need);
      const unitPrice = parseRupiah(input.unitPrice).toString();
      const toolingCost = parseRupiah(input.toolingCost ?? '0').toString();
      return db.transaction(async (tx) => {
        const now = clock.now();
        const existing = await store.findQuotationOf(tx, needId, actor.orgId);
        const fields = { unitPrice, toolingCost, leadTimeDays: input.leadTimeDays, capacityPerMonth: input.capacityPerMonth, notes: input.notes ?? null, status: 'submitted', submittedBy: actor.userId, updatedAt: now };
        let id: string;
        if (existing) {
          id = existing.id;
          const after = await store.updateQuotation(tx, id, { ...fields, revision: existing.revision + 1, submittedAt: now });
          await audit.record(tx, actor, { action: 'needs.quotation_revised', entityType: 'quotation', entityId: id, orgId: actor.orgId, before: existing, after });
        } else {
          id = newId();
          const year = Number(today(clock).slice(0, 4));
          const reference = formatReference('QUO', year, await store.nextSequence(tx, 'QUO', year), 6);
          const row = { id, reference, needId, ikmOrgId: actor.orgId, ...fields, submittedAt: now };
          await store.insertQuotation(tx, row);
          await audit.record(tx, actor, { action: 'needs.quotation_submitted', entityType: 'quotation', entityId: id, orgId: actor.orgId, after: row });
        }
        await store.insertInterest(tx, { needId, ikmOrgId: actor.orgId, note: null, createdBy: actor.userId, createdAt: now });
        return quotationView((await store.findQuotation(tx, id))!, { showShortlist: false });
      });
    },

    async withdraw(actor: Actor, quotationId: string) {
      authorize(actor, IKM_WRITE);
      const { q, need } = await loadVisibleQuotation(actor, quotationId);
      if (q.quotation.ikmOrgId !== actor.orgId) throw quotationNotFound(quotationId);
      if (q.quotation.status === 'withdrawn') throw conflict('needs.quotation_withdrawn', 'Penawaran ini sudah ditarik.');
      if (need.status !== 'open') throw conflict('needs.not_open', 'Kebutuhan ini sudah tidak terbuka.', { status: need.status });
      return db.transaction(async (tx) => {
        const after = await store.updateQuotation(tx, quotationId, { status: 'withdrawn', isShortlisted: false, updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'needs.quotation_withdrawn', entityType: 'quotation', entityId: quotationId, orgId: actor.orgId, before: { status: q.quotation.status }, after: { status: after.status } });
        return quotationView((await store.findQuotation(tx, quotationId))!, { showShortlist: false });
      });
    },

    /** The buyer (and programme staff) see every quotation of the need; an IKM only its own. */
    async list(actor: Actor, needId: string) {
      const { need } = await loadVisibleNeed(db, actor, registry, needId);
      const isOwner = isProgramme(actor) || actor.orgId === need.buyerOrgId;
      const rows = await store.listQuotations(db, needId, isOwner ? undefined : actor.orgId);
      return rows.map((r) => quotationView(r, { showShortlist: isOwner }));
    },

    async get(actor: Actor, quotationId: string) {
      const { q, need } = await loadVisibleQuotation(actor, quotationId);
      return quotationView(q, { showShortlist: isProgramme(actor) || actor.orgId === need.buyerOrgId });
    },

    async mine(actor: Actor) {
      authorize(actor, { kinds: ['ikm'], relation: 'any' });
      return (await store.quotationsOfIkm(db, actor.orgId)).map((r) => ({
        ...quotationView({ quotation: r.quotation, ikmName: '' }, { showShortlist: false }),
        need: { id: r.quotation.needId, reference: r.needReference, partName: r.partName, status: r.needStatus as NeedStatus, buyerName: r.buyerName },
      }));
    },

    /** Side-by-side comparison of the submitted quotations (the buyer and programme staff). */
    async compare(actor: Actor, needId: string) {
      const { need } = await loadOwnNeed(db, actor, registry, needId, BUYER_READ);
      const rows = (await store.listQuotations(db, needId)).filter((r) => r.quotation.status === 'submitted');
      const byId = new Map(rows.map((r) => [r.quotation.id, r]));
      const compared = compareQuotations(
        { annualVolume: need.annualVolume, monthlyVolume: need.monthlyVolume, targetUnitPrice: need.targetUnitPrice ? parseRupiah(need.targetUnitPrice) : null, importLandedCost: need.importLandedCost ? parseRupiah(need.importLandedCost) : null },
        rows.map((r) => ({ id: r.quotation.id, ikmOrgId: r.quotation.ikmOrgId, unitPrice: parseRupiah(r.quotation.unitPrice), toolingCost: parseRupiah(r.quotation.toolingCost), leadTimeDays: r.quotation.leadTimeDays, capacityPerMonth: r.quotation.capacityPerMonth })),
      );
      return {
        needId,
        annualVolume: need.annualVolume,
        monthlyVolume: need.monthlyVolume,
        targetUnitPrice: need.targetUnitPrice,
        importLandedCost: need.importLandedCost,
        rows: compared.map((c) => {
          const r = byId.get(c.quotationId)!;
          return {
            ...c,
            ikmName: r.ikmName,
            reference: r.quotation.reference,
            unitPrice: c.unitPrice.toString(),
            toolingCost: c.toolingCost.toString(),
            firstYearCost: c.firstYearCost.toString(),
            yearlySavingVsImport: c.yearlySavingVsImport === null ? null : c.yearlySavingVsImport.toString(),
            capacityPerMonth: r.quotation.capacityPerMonth,
            notes: r.quotation.notes,
            isShortlisted: r.quotation.isShortlisted,
          };
        }),
      };
    },

    async shortlist(actor: Actor, quotationId: string, isShortlisted: boolean) {
      const { q, need } = await loadVisibleQuotation(actor, quotationId);
      if (!isProgramme(actor) && actor.orgId !== need.buyerOrgId) throw quotationNotFound(quotationId);
      authorize(actor, BUYER_WRITE, { parties: [need.buyerOrgId] });
      if (q.quotation.status !== 'submitted') throw conflict('needs.quotation_withdrawn', 'Penawaran yang sudah ditarik tidak dapat masuk daftar pendek.');
      return db.transaction(async (tx) => {
        const now = clock.now();
        await store.updateQuotation(tx, quotationId, { isShortlisted, shortlistedAt: isShortlisted ? now : null, updatedAt: now });
        await audit.record(tx, actor, { action: isShortlisted ? 'needs.quotation_shortlisted' : 'needs.quotation_unshortlisted', entityType: 'quotation', entityId: quotationId, orgId: need.buyerOrgId, before: { isShortlisted: q.quotation.isShortlisted }, after: { isShortlisted } });
        return quotationView((await store.findQuotation(tx, quotationId))!, { showShortlist: true });
      });
    },
  };
}

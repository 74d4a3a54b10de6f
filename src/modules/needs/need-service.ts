import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { badRequest } from '../../core/errors';
import { formatReference, newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import { parseRupiah } from '../../core/rupiah';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { findEventRow } from '../events';
import { BUYER_WRITE, isProgramme, loadOwnNeed, loadVisibleNeed, scopeOf } from './access';
import { checkNeedFields, monthlyVolumeOf } from './domain/need-input';
import { nextStatus, type NeedTransition, type NeedVisibility } from './domain/rules';
import type { RegistryLookup } from './registry-lookup';
import * as store from './store';
import { needView } from './views';

export interface PlantInput {
  plantId?: string | null;
  name?: string | null;
  provinceCode?: string | null;
  regencyCode?: string | null;
  lat?: number | null;
  lng?: number | null;
}

export interface NeedInput {
  buyerOrgId?: string;
  partName: string;
  partNumber?: string | null;
  category?: string | null;
  description?: string | null;
  sector?: string | null;
  material?: string | null;
  processes: string[];
  annualVolume: number;
  monthlyVolume?: number | null;
  unit?: string;
  targetUnitPrice?: string | null;
  showPrices?: boolean;
  requiredCertifications?: string[];
  deliveryPlant: PlantInput;
  startDate?: string | null;
  deadline: string;
  replacesImport?: boolean;
  importLandedCost?: string | null;
  importOriginCountry?: string | null;
  visibility: NeedVisibility;
  eventId?: string | null;
  invitedOrgIds?: string[];
}

export type NeedService = ReturnType<typeof createNeedService>;

export function createNeedService(deps: Deps, audit: AuditService, registry: RegistryLookup) {
  const { db, clock } = deps;
  const view = (r: Parameters<typeof needView>[0], actor: Actor) => needView(r, actor, registry, today(clock));

  async function resolvePlant(actor: Actor, buyerOrgId: string, p: PlantInput) {
    if (p.plantId) {
      const plant = await registry.plantOf(actor, buyerOrgId, p.plantId);
      if (!plant) throw badRequest('needs.plant_unknown', 'Pabrik tidak ditemukan di profil pembeli.', { field: 'deliveryPlant.plantId' });
      return { plantName: p.name ?? plant.name, plantProvinceCode: plant.provinceCode, plantRegencyCode: plant.regencyCode, plantLat: plant.lat, plantLng: plant.lng };
    }
    if (!p.name || !p.provinceCode) throw badRequest('needs.plant_required', 'Isi pabrik pengiriman: pilih pabrik atau isi nama dan provinsinya.', { field: 'deliveryPlant' });
    const area = registry.normaliseArea(p.provinceCode, p.regencyCode);
    return { plantName: p.name.trim(), plantProvinceCode: area.provinceCode, plantRegencyCode: area.regencyCode, plantLat: p.lat ?? null, plantLng: p.lng ?? null };
  }

  async function checkInvitees(x: Executor, ids: string[]) {
    const orgs = await store.organisationsByIds(x, ids);
    const bad = ids.filter((id) => !orgs.some((o) => o.id === id && o.kind === 'ikm'));
    if (bad.length) throw badRequest('needs.invitee_not_ikm', 'Undangan hanya untuk organisasi IKM.', { field: 'invitedOrgIds', ids: bad });
  }

  /** Checks a full set of fields and returns the column values. */
  async function columns(actor: Actor, buyerOrgId: string, input: NeedInput, checkDeadline: boolean) {
    const money = (v: string | null | undefined) => (v === null || v === undefined ? null : parseRupiah(v));
    const fields = { ...input, unit: input.unit ?? 'pcs', requiredCertifications: input.requiredCertifications ?? [], replacesImport: input.replacesImport ?? false, importLandedCost: money(input.importLandedCost) };
    checkNeedFields(fields, await registry.vocabularies(), checkDeadline ? today(clock) : null);
    if (input.eventId && !(await findEventRow(db, input.eventId))) throw badRequest('needs.event_unknown', 'Acara tidak ditemukan.', { field: 'eventId' });
    return {
      partName: input.partName.trim(),
      partNumber: input.partNumber ?? null,
      category: input.category ?? null,
      description: input.description ?? null,
      sector: input.sector ?? null,
      material: input.material ?? null,
      processes: input.processes,
      annualVolume: input.annualVolume,
      monthlyVolume: monthlyVolumeOf(input),
      unit: fields.unit,
      targetUnitPrice: input.targetUnitPrice ?? null,
      showPrices: input.showPrices ?? false,
      requiredCertifications: fields.requiredCertifications,
      ...(await resolvePlant(actor, buyerOrgId, input.deliveryPlant)),
      startDate: input.startDate ?? null,
      deadline: input.deadline,
      replacesImport: fields.replacesImport,
      importLandedCost: fields.replacesImport ? (input.importLandedCost ?? null) : null,
      importOriginCountry: fields.replacesImport ? (input.importOriginCountry?.toUpperCase() ?? null) : null,
      visibility: input.visibility,
      eventId: input.eventId ?? null,
    };
  }

  return {
    async create(actor: Actor, input: NeedInput & { publish?: boolean }) {
      authorize(actor, { ...BUYER_WRITE, relation: 'any' });
      const buyerOrgId = isProgramme(actor) ? input.buyerOrgId : actor.orgId;
      if (!buyerOrgId) throw badRequest('needs.buyer_required', 'Pilih organisasi pembeli.', { field: 'buyerOrgId' });
      if (input.buyerOrgId && input.buyerOrgId !== buyerOrgId) throw badRequest('needs.buyer_mismatch', 'Kebutuhan hanya dapat dibuat untuk organisasi sendiri.', { field: 'buyerOrgId' });
      const [buyer] = await store.organisationsByIds(db, [buyerOrgId]);
      if (!buyer || buyer.kind !== 'buyer') throw badRequest('needs.buyer_invalid', 'Organisasi pembeli tidak ditemukan.', { field: 'buyerOrgId' });
      const cols = await columns(actor, buyerOrgId, input, true);
      if (input.invitedOrgIds?.length) await checkInvitees(db, input.invitedOrgIds);
      const now = clock.now();
      const id = newId();
      return db.transaction(async (tx) => {
        const year = Number(today(clock).slice(0, 4));
        const reference = formatReference('RFQ', year, await store.nextSequence(tx, 'RFQ', year), 6);
        const row = { id, reference, buyerOrgId, ...cols, status: input.publish ? 'open' : 'draft', publishedAt: input.publish ? now : null, createdBy: actor.userId, createdAt: now, updatedAt: now };
        await store.insertNeed(tx, row);
        await store.addInvitations(tx, (input.invitedOrgIds ?? []).map((ikmOrgId) => ({ needId: id, ikmOrgId, invitedBy: actor.userId, invitedAt: now })));
        await audit.record(tx, actor, { action: 'needs.need_created', entityType: 'part_need', entityId: id, orgId: buyerOrgId, after: row });
        return view((await store.findNeed(tx, id))!, actor);
      });
    },

    async update(actor: Actor, id: string, patch: Partial<NeedInput>) {
      const { need: before } = await loadOwnNeed(db, actor, registry, id);
      if (before.status !== 'draft' && before.status !== 'open') throw badRequest('needs.not_editable', 'Kebutuhan yang sudah ditutup atau dibatalkan tidak dapat diubah.', { status: before.status });
      const merged: NeedInput = {
        partName: patch.partName ?? before.partName,
        partNumber: patch.partNumber !== undefined ? patch.partNumber : before.partNumber,
        category: patch.category !== undefined ? patch.category : before.category,
        description: patch.description !== undefined ? patch.description : before.description,
        sector: patch.sector !== undefined ? patch.sector : before.sector,
        material: patch.material !== undefined ? patch.material : before.material,
        processes: patch.processes ?? before.processes,
        annualVolume: patch.annualVolume ?? before.annualVolume,
        monthlyVolume: patch.monthlyVolume !== undefined ? patch.monthlyVolume : patch.annualVolume ? null : before.monthlyVolume,
        unit: patch.unit ?? before.unit,
        targetUnitPrice: patch.targetUnitPrice !== undefined ? patch.targetUnitPrice : before.targetUnitPrice,
        showPrices: patch.showPrices ?? before.showPrices,
        requiredCertifications: patch.requiredCertifications ?? before.requiredCertifications,
        deliveryPlant: patch.deliveryPlant ?? { name: before.plantName, provinceCode: before.plantProvinceCode, regencyCode: before.plantRegencyCode, lat: before.plantLat, lng: before.plantLng },
        startDate: patch.startDate !== undefined ? patch.startDate : before.startDate,
        deadline: patch.deadline ?? before.deadline,
        replacesImport: patch.replacesImport ?? before.replacesImport,
        importLandedCost: patch.importLandedCost !== undefined ? patch.importLandedCost : before.importLandedCost,
        importOriginCountry: patch.importOriginCountry !== undefined ? patch.importOriginCountry : before.importOriginCountry,
        visibility: patch.visibility ?? (before.visibility as NeedVisibility),
        eventId: patch.eventId !== undefined ? patch.eventId : before.eventId,
      };
      const cols = await columns(actor, before.buyerOrgId, merged, patch.deadline !== undefined && patch.deadline !== before.deadline);
      return db.transaction(async (tx) => {
        const after = await store.updateNeed(tx, id, { ...cols, updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'needs.need_updated', entityType: 'part_need', entityId: id, orgId: before.buyerOrgId, before, after });
        return view((await store.findNeed(tx, id))!, actor);
      });
    },

    async transition(actor: Actor, id: string, transition: NeedTransition) {
      const { need: before } = await loadOwnNeed(db, actor, registry, id);
      const status = nextStatus(before.status as never, transition);
      return db.transaction(async (tx) => {
        const now = clock.now();
        const after = await store.updateNeed(tx, id, {
          status,
          publishedAt: transition === 'publish' ? now : before.publishedAt,
          closedAt: status === 'closed' || status === 'cancelled' ? now : null,
          updatedAt: now,
        });
        await audit.record(tx, actor, { action: `needs.need_${transition}`, entityType: 'part_need', entityId: id, orgId: before.buyerOrgId, before: { status: before.status }, after: { status: after.status } });
        return view((await store.findNeed(tx, id))!, actor);
      });
    },

    async list(actor: Actor, q: PageQuery & { status?: string; q?: string; process?: string; eventId?: string; buyerOrgId?: string }) {
      const scope = await scopeOf(db, actor, registry);
      const { rows, total } = await store.listNeeds(db, scope, { ...q, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows.map((r) => view(r, actor)), page: q.page, pageSize: q.pageSize, total };
    },

    async get(actor: Actor, id: string) {
      const row = await loadVisibleNeed(db, actor, registry, id);
      return view({ ...row, ...(await store.responseCounts(db, id)) }, actor);
    },

    async listInvitations(actor: Actor, id: string) {
      await loadOwnNeed(db, actor, registry, id, { kinds: ['buyer', 'programme'] });
      return store.listInvitations(db, id);
    },

    async invite(actor: Actor, id: string, orgIds: string[]) {
      const { need } = await loadOwnNeed(db, actor, registry, id);
      await checkInvitees(db, orgIds);
      await db.transaction(async (tx) => {
        await store.addInvitations(tx, orgIds.map((ikmOrgId) => ({ needId: id, ikmOrgId, invitedBy: actor.userId, invitedAt: clock.now() })));
        await audit.record(tx, actor, { action: 'needs.ikm_invited', entityType: 'part_need', entityId: id, orgId: need.buyerOrgId, after: { orgIds } });
      });
      return store.listInvitations(db, id);
    },

    async uninvite(actor: Actor, id: string, orgId: string) {
      const { need } = await loadOwnNeed(db, actor, registry, id);
      await db.transaction(async (tx) => {
        const removed = await store.removeInvitation(tx, id, orgId);
        if (removed.length) await audit.record(tx, actor, { action: 'needs.invitation_removed', entityType: 'part_need', entityId: id, orgId: need.buyerOrgId, before: { orgId } });
      });
    },
  };
}

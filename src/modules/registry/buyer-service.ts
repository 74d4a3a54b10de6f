/** Buyer profiles (APM, tier suppliers, big industry) with their plants. Every signed-in user may read them. */
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { conflict, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import { parseOrThrow } from '../../core/validation';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { identityStore } from '../identity';
import { BUYER_TIER_LABELS, buyerProfileSchema, type BuyerTier } from './domain';
import * as store from './buyer-store';
import { placeView } from './profile-mapper';
import { READ_RULE } from './visibility';

export type BuyerService = ReturnType<typeof createBuyerService>;

const EDIT_BUYER = { kinds: ['programme', 'buyer'] as const, roles: ['admin', 'staff'] as const };
const buyerNotFound = (orgId: string) => notFound('registry.buyer_not_found', 'Profil pembeli tidak ditemukan.', { id: orgId });

function view(row: store.BuyerRow, plants: store.PlantRow[]) {
  return {
    id: row.orgId,
    orgId: row.orgId,
    companyName: row.companyName,
    groupName: row.groupName,
    tier: row.tier as BuyerTier,
    tierLabel: BUYER_TIER_LABELS[row.tier as BuyerTier]?.id ?? row.tier,
    sectors: row.sectors,
    description: row.description,
    website: row.website,
    plants: plants.map((p) => ({
      id: p.id,
      name: p.name,
      address: { street: p.street, provinceCode: p.provinceCode, regencyCode: p.regencyCode, postalCode: p.postalCode },
      coordinates: p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null,
      place: placeView(p.provinceCode, p.regencyCode),
    })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function createBuyerService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;

  return {
    async list(actor: Actor, q: PageQuery & { tier?: string; group?: string; q?: string }) {
      authorize(actor, READ_RULE);
      const { rows, total } = await store.listBuyers(db, { tier: q.tier, group: q.group, q: q.q, limit: q.pageSize, offset: pageOffset(q) });
      return {
        items: rows.map((r) => ({ ...view(r.profile, []), plants: undefined, plantCount: Number(r.plantCount) })),
        page: q.page,
        pageSize: q.pageSize,
        total,
      };
    },

    async get(actor: Actor, orgId: string) {
      authorize(actor, READ_RULE);
      const row = await store.findBuyer(db, orgId);
      if (!row) throw buyerNotFound(orgId);
      return view(row, await store.listPlants(db, orgId));
    },

    /** Creates or replaces the buyer profile of a buyer organisation (its admins/staff, or programme staff). */
    async put(actor: Actor, orgId: string, input: unknown) {
      const p = parseOrThrow(buyerProfileSchema, input);
      const org = await identityStore.findOrganisation(db, orgId);
      if (!org || org.kind !== 'buyer') throw buyerNotFound(orgId);
      authorize(actor, EDIT_BUYER, { parties: [orgId] });
      return db.transaction(async (tx) => {
        const before = await store.findBuyer(tx, orgId);
        if (org.name !== p.companyName) {
          const other = await identityStore.findOrganisationByName(tx, p.companyName, 'buyer');
          if (other && other.id !== orgId) throw conflict('registry.company_name_taken', `Nama perusahaan "${p.companyName}" sudah dipakai pembeli lain.`, { field: 'companyName' });
          await identityStore.updateOrganisationRow(tx, orgId, { name: p.companyName, updatedAt: clock.now() });
        }
        const now = clock.now();
        const row = await store.upsertBuyer(tx, { orgId, companyName: p.companyName, groupName: p.groupName ?? null, tier: p.tier, sectors: p.sectors, description: p.description ?? null, website: p.website ?? null, createdAt: before?.createdAt ?? now, updatedAt: now });
        await store.replacePlants(tx, orgId, p.plants.map((pl, i) => ({ id: newId(), orgId, position: i, name: pl.name, street: pl.address.street, provinceCode: pl.address.provinceCode, regencyCode: pl.address.regencyCode, postalCode: pl.address.postalCode, lat: pl.coordinates?.lat ?? null, lng: pl.coordinates?.lng ?? null })));
        await audit.record(tx, actor, { action: before ? 'registry.buyer_updated' : 'registry.buyer_created', entityType: 'buyer_profile', entityId: orgId, orgId, before, after: { ...p } });
        return view(row, await store.listPlants(tx, orgId));
      });
    },
  };
}

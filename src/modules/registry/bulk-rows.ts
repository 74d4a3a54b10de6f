/** Validated profiles → the SQL rows bulk-store.ts inserts (imports and synthetic data). */
import { newId } from '../../core/ids';
import type { BuyerProfile, IkmProfile, ProfileStatus } from './domain';
import type { BulkBuyer, BulkIkm } from './bulk-store';
import { profileColumns, type Vocabularies } from './profile-mapper';

export interface IkmRowMeta {
  orgId?: string;
  status: ProfileStatus;
  at: Date;
  actorUserId: string | null;
  actorOrgId: string | null;
  /** The history action recorded for the new profile ('import', 'seed', …). */
  action: string;
}

export function ikmBulkRows(p: IkmProfile, v: Vocabularies, meta: IkmRowMeta): BulkIkm {
  const orgId = meta.orgId ?? newId();
  const c = profileColumns(p, v);
  const at = meta.at.toISOString();
  const history = [{ id: newId(), org_id: orgId, from_status: null, to_status: meta.status, action: meta.action, reasons: [], changed_fields: [], actor_user_id: meta.actorUserId, actor_org_id: meta.actorOrgId, at }];
  return {
    organisation: { id: orgId, name: p.legalName, kind: 'ikm', is_active: true, created_at: at, updated_at: at },
    profile: {
      org_id: orgId,
      legal_name: c.legalName,
      brand_name: c.brandName,
      legal_form: c.legalForm,
      nib: c.nib,
      npwp15: c.npwp15,
      npwp16: c.npwp16,
      kbli: c.kbli,
      street: c.street,
      province_code: c.provinceCode,
      regency_code: c.regencyCode,
      postal_code: c.postalCode,
      lat: c.lat,
      lng: c.lng,
      year_founded: c.yearFounded,
      workforce_total: c.workforceTotal,
      workforce_women: c.workforceWomen,
      workforce_disability: c.workforceDisability,
      annual_turnover: c.annualTurnover,
      turnover_band: c.turnoverBand,
      processes: c.processes,
      materials: c.materials,
      certification_kinds: c.certificationKinds,
      machines: c.machines,
      products: c.products,
      customers: c.customers,
      capacity_quantity: c.capacityQuantity,
      capacity_unit: c.capacityUnit,
      search_text: c.searchText,
      facet_tokens: c.facetTokens,
      status: meta.status,
      status_reasons: [],
      submitted_at: meta.status === 'draft' ? null : at,
      verified_at: meta.status === 'verified' ? at : null,
      verified_by: meta.status === 'verified' ? meta.actorUserId : null,
      created_at: at,
      updated_at: at,
    },
    certifications: p.certifications.map((x, i) => ({ id: newId(), org_id: orgId, position: i, kind: x.kind, number: x.number, expires_on: x.expiresOn })),
    contacts: p.contacts.map((x, i) => ({ id: newId(), org_id: orgId, position: i, name: x.name, role: x.role ?? null, phone: x.phone, email: x.email ?? null })),
    history,
  };
}

export function buyerBulkRows(p: BuyerProfile, at: Date, orgId: string = newId()): BulkBuyer {
  const ts = at.toISOString();
  return {
    organisation: { id: orgId, name: p.companyName, kind: 'buyer', is_active: true, created_at: ts, updated_at: ts },
    profile: { org_id: orgId, company_name: p.companyName, group_name: p.groupName ?? null, tier: p.tier, sectors: p.sectors, description: p.description ?? null, website: p.website ?? null, created_at: ts, updated_at: ts },
    plants: p.plants.map((x, i) => ({
      id: newId(),
      org_id: orgId,
      position: i,
      name: x.name,
      street: x.address.street,
      province_code: x.address.provinceCode,
      regency_code: x.address.regencyCode,
      postal_code: x.address.postalCode,
      lat: x.coordinates?.lat ?? null,
      lng: x.coordinates?.lng ?? null,
    })),
  };
}

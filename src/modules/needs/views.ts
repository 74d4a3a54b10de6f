/** JSON views of needs and quotations: money as digit strings, prices hidden from IKM unless the buyer shows them. */
import type { Actor } from '../../core/actor';
import { parseRupiah } from '../../core/rupiah';
import { isAcceptingResponses, type NeedStatus, type NeedVisibility } from './domain/rules';
import type { RegistryLookup } from './registry-lookup';
import type * as store from './store';

const money = (v: string | null) => (v === null ? null : parseRupiah(v).toString());

export function needView(
  r: { need: store.NeedRow; buyerName: string; quotationCount?: number; interestCount?: number },
  actor: Actor,
  registry: RegistryLookup,
  today: string,
) {
  const n = r.need;
  const isIkm = actor.type !== 'system' && actor.orgKind === 'ikm';
  const showPrices = !isIkm || n.showPrices;
  return {
    id: n.id,
    reference: n.reference,
    buyer: { orgId: n.buyerOrgId, name: r.buyerName },
    partName: n.partName,
    partNumber: n.partNumber,
    category: n.category,
    description: n.description,
    sector: n.sector,
    material: n.material,
    processes: n.processes,
    annualVolume: n.annualVolume,
    monthlyVolume: n.monthlyVolume,
    unit: n.unit,
    targetUnitPrice: showPrices ? money(n.targetUnitPrice) : null,
    showPrices: n.showPrices,
    requiredCertifications: n.requiredCertifications,
    deliveryPlant: {
      name: n.plantName,
      provinceCode: n.plantProvinceCode,
      provinceName: registry.areaName(n.plantProvinceCode),
      regencyCode: n.plantRegencyCode,
      regencyName: registry.areaName(n.plantRegencyCode),
      lat: n.plantLat,
      lng: n.plantLng,
    },
    startDate: n.startDate,
    deadline: n.deadline,
    replacesImport: n.replacesImport,
    importLandedCost: showPrices ? money(n.importLandedCost) : null,
    importOriginCountry: n.importOriginCountry,
    visibility: n.visibility as NeedVisibility,
    eventId: n.eventId,
    status: n.status as NeedStatus,
    isAcceptingQuotations: isAcceptingResponses({ status: n.status as NeedStatus, deadline: n.deadline }, today),
    quotationCount: isIkm ? null : (r.quotationCount ?? null),
    interestCount: isIkm ? null : (r.interestCount ?? null),
    publishedAt: n.publishedAt,
    closedAt: n.closedAt,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}
export type NeedView = ReturnType<typeof needView>;

export function quotationView(r: { quotation: store.QuotationRow; ikmName: string }, opts: { showShortlist: boolean }) {
  const q = r.quotation;
  return {
    id: q.id,
    reference: q.reference,
    needId: q.needId,
    ikm: { orgId: q.ikmOrgId, name: r.ikmName },
    unitPrice: parseRupiah(q.unitPrice).toString(),
    toolingCost: parseRupiah(q.toolingCost).toString(),
    leadTimeDays: q.leadTimeDays,
    capacityPerMonth: q.capacityPerMonth,
    notes: q.notes,
    status: q.status as 'submitted' | 'withdrawn',
    revision: q.revision,
    isShortlisted: opts.showShortlist ? q.isShortlisted : null,
    submittedAt: q.submittedAt,
    updatedAt: q.updatedAt,
  };
}
export type QuotationView = ReturnType<typeof quotationView>;

export function fileView(f: Awaited<ReturnType<typeof store.findFile>> & object) {
  return { id: f.id, needId: f.needId, quotationId: f.quotationId, filename: f.filename, mime: f.mime, size: f.size, sha256: f.sha256, description: f.description, createdAt: f.createdAt };
}

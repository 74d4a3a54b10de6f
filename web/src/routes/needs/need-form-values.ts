import type { Need, NeedInput, NeedVisibility } from '../../api/needs-types';

export interface NeedFormValues extends Record<string, unknown> {
  buyerOrgId: string;
  partName: string;
  partNumber: string;
  category: string;
  description: string;
  sector: string;
  material: string;
  processes: string[];
  annualVolume: string;
  monthlyVolume: string;
  unit: string;
  targetUnitPrice: string;
  showPrices: boolean;
  requiredCertifications: string[];
  plantId: string;
  plantName: string;
  provinceCode: string;
  regencyCode: string;
  lat: string;
  lng: string;
  startDate: string;
  deadline: string;
  replacesImport: boolean;
  importLandedCost: string;
  importOriginCountry: string;
  visibility: NeedVisibility;
  eventId: string;
  invitedOrgIds: string[];
  publish: boolean;
}

export function needFormValues(n?: Need): NeedFormValues {
  return {
    buyerOrgId: n?.buyer.orgId ?? '',
    partName: n?.partName ?? '',
    partNumber: n?.partNumber ?? '',
    category: n?.category ?? '',
    description: n?.description ?? '',
    sector: n?.sector ?? '',
    material: n?.material ?? '',
    processes: n?.processes ?? [],
    annualVolume: n ? String(n.annualVolume) : '',
    monthlyVolume: n ? String(n.monthlyVolume) : '',
    unit: n?.unit ?? 'pcs',
    targetUnitPrice: n?.targetUnitPrice ?? '',
    showPrices: n?.showPrices ?? false,
    requiredCertifications: n?.requiredCertifications ?? [],
    plantId: '',
    plantName: n?.deliveryPlant.name ?? '',
    provinceCode: n?.deliveryPlant.provinceCode ?? '',
    regencyCode: n?.deliveryPlant.regencyCode ?? '',
    lat: n?.deliveryPlant.lat === null || n?.deliveryPlant.lat === undefined ? '' : String(n.deliveryPlant.lat),
    lng: n?.deliveryPlant.lng === null || n?.deliveryPlant.lng === undefined ? '' : String(n.deliveryPlant.lng),
    startDate: n?.startDate ?? '',
    deadline: n?.deadline ?? '',
    replacesImport: n?.replacesImport ?? false,
    importLandedCost: n?.importLandedCost ?? '',
    importOriginCountry: n?.importOriginCountry ?? '',
    visibility: n?.visibility ?? 'all_verified',
    eventId: n?.eventId ?? '',
    invitedOrgIds: [],
    publish: false,
  };
}

const INT = /^\d+$/;
const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** Client checks (i18n keys by field); the server checks vocabularies and the rest. */
export function validateNeed(v: NeedFormValues, opts: { needsBuyer: boolean; today: string; isEdit: boolean }): Partial<Record<keyof NeedFormValues & string, string>> {
  const annual = INT.test(v.annualVolume) ? Number(v.annualVolume) : NaN;
  const monthly = v.monthlyVolume ? (INT.test(v.monthlyVolume) ? Number(v.monthlyVolume) : NaN) : null;
  const lat = num(v.lat);
  const lng = num(v.lng);
  return {
    buyerOrgId: opts.needsBuyer && !v.buyerOrgId ? 'validation.required' : undefined,
    partName: v.partName.trim().length < 2 ? 'needs.validation.partName' : undefined,
    processes: v.processes.length === 0 ? 'needs.validation.processes' : undefined,
    annualVolume: !(annual >= 1) ? 'needs.validation.volume' : undefined,
    monthlyVolume: monthly === null ? undefined : !(monthly >= 1) ? 'needs.validation.volume' : annual >= 1 && (monthly > annual || monthly * 12 < annual / 2) ? 'needs.validation.monthlyInconsistent' : undefined,
    plantName: !v.plantId && v.plantName.trim().length < 2 ? 'validation.required' : undefined,
    provinceCode: !v.plantId && !v.provinceCode ? 'validation.required' : undefined,
    lat: lat !== null && !(lat >= -11.2 && lat <= 6.2) ? 'needs.validation.lat' : undefined,
    lng: lng !== null && !(lng >= 94.7 && lng <= 141.2) ? 'needs.validation.lng' : undefined,
    deadline: !v.deadline ? 'validation.required' : !opts.isEdit && v.deadline < opts.today ? 'needs.validation.deadlinePast' : undefined,
    startDate: v.startDate && v.deadline && v.startDate < v.deadline ? 'needs.validation.startBeforeDeadline' : undefined,
    importLandedCost: v.replacesImport && !v.importLandedCost ? 'needs.validation.importCost' : undefined,
    importOriginCountry: v.replacesImport && !v.importOriginCountry ? 'validation.required' : undefined,
    eventId: v.visibility === 'event' && !v.eventId ? 'needs.validation.event' : undefined,
  };
}

/** The body for POST /api/needs (create) or PATCH /api/needs/:id (edit: no buyer, invitations or publish). */
export function needBodyOf(v: NeedFormValues, isEdit: boolean): NeedInput {
  const body: NeedInput = {
    partName: v.partName.trim(),
    partNumber: v.partNumber.trim() || null,
    category: v.category.trim() || null,
    description: v.description.trim() || null,
    sector: v.sector.trim() || null,
    material: v.material || null,
    processes: v.processes,
    annualVolume: Number(v.annualVolume),
    monthlyVolume: v.monthlyVolume ? Number(v.monthlyVolume) : null,
    unit: v.unit || 'pcs',
    targetUnitPrice: v.targetUnitPrice || null,
    showPrices: v.showPrices,
    requiredCertifications: v.requiredCertifications,
    deliveryPlant: v.plantId
      ? { plantId: v.plantId }
      : { name: v.plantName.trim(), provinceCode: v.provinceCode, regencyCode: v.regencyCode || null, lat: num(v.lat), lng: num(v.lng) },
    startDate: v.startDate || null,
    deadline: v.deadline,
    replacesImport: v.replacesImport,
    importLandedCost: v.replacesImport ? v.importLandedCost || null : null,
    importOriginCountry: v.replacesImport ? v.importOriginCountry || null : null,
    visibility: v.visibility,
    eventId: v.eventId || null,
  };
  if (isEdit) return body;
  return { ...body, buyerOrgId: v.buyerOrgId || undefined, invitedOrgIds: v.visibility === 'invited' ? v.invitedOrgIds : undefined, publish: v.publish };
}

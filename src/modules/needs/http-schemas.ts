/** zod request/response schemas of the needs API. Money: whole Rupiah as digit strings. */
import { z } from 'zod';
import { pageQuery } from '../../core/pagination';
import { isoDate, rupiahString } from '../../core/validation';
import { NEED_STATUSES, NEED_VISIBILITIES } from './domain/rules';

const key = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'kunci kosakata huruf kecil, mis. polyurethane_moulding');

export const plantInput = z.object({
  plantId: z.uuid().nullish().describe("a plant of the buyer's registry profile; or give name and province"),
  name: z.string().trim().min(2).max(200).nullish(),
  provinceCode: z.string().trim().max(100).nullish().describe('Kemendagri code ("32") or name ("Jawa Barat")'),
  regencyCode: z.string().trim().max(100).nullish().describe('code ("32.16") or name ("Kabupaten Bekasi")'),
  lat: z.number().min(-11.2).max(6.2).nullish(),
  lng: z.number().min(94.7).max(141.2).nullish(),
});

const needFields = {
  buyerOrgId: z.uuid().optional().describe('programme staff only: the buyer the need is posted for'),
  partName: z.string().trim().min(2).max(200),
  partNumber: z.string().trim().max(60).nullish(),
  category: z.string().trim().max(100).nullish(),
  description: z.string().max(5000).nullish(),
  sector: key.nullish().describe('sector whose matching weights apply, e.g. otomotif_roda_dua'),
  material: key.nullish(),
  processes: z.array(key).min(1).max(10).describe('the first is the primary process (a hard filter of matching)'),
  annualVolume: z.number().int().min(1).max(2_000_000_000),
  monthlyVolume: z.number().int().min(1).max(2_000_000_000).nullish().describe('monthly call-off; default annualVolume / 12 rounded up'),
  unit: key.optional().describe('capacity unit, default pcs'),
  targetUnitPrice: rupiahString.nullish(),
  showPrices: z.boolean().optional().describe('show the target price and the imported cost to IKM (default false)'),
  requiredCertifications: z.array(key).max(10).optional(),
  deliveryPlant: plantInput,
  startDate: isoDate.nullish(),
  deadline: isoDate.describe('last day (WIB) quotations are accepted'),
  replacesImport: z.boolean().optional(),
  importLandedCost: rupiahString.nullish().describe('current landed cost per unit of the imported part (for TKDN)'),
  importOriginCountry: z.string().regex(/^[A-Za-z]{2}$/, 'kode negara ISO 3166 dua huruf, mis. JP').nullish(),
  visibility: z.enum(NEED_VISIBILITIES),
  eventId: z.uuid().nullish(),
};

export const createNeedBody = z.object({ ...needFields, invitedOrgIds: z.array(z.uuid()).max(500).optional(), publish: z.boolean().optional() });
export const updateNeedBody = z.object(needFields).omit({ buyerOrgId: true }).partial();

export const needListQuery = pageQuery.extend({
  status: z.enum(NEED_STATUSES).optional(),
  q: z.string().max(100).optional(),
  process: key.optional(),
  eventId: z.uuid().optional(),
  buyerOrgId: z.uuid().optional(),
});

export const needBody = z.object({
  id: z.string(),
  reference: z.string(),
  buyer: z.object({ orgId: z.string(), name: z.string() }),
  partName: z.string(),
  partNumber: z.string().nullable(),
  category: z.string().nullable(),
  description: z.string().nullable(),
  sector: z.string().nullable(),
  material: z.string().nullable(),
  processes: z.array(z.string()),
  annualVolume: z.number().int(),
  monthlyVolume: z.number().int(),
  unit: z.string(),
  targetUnitPrice: z.string().nullable(),
  showPrices: z.boolean(),
  requiredCertifications: z.array(z.string()),
  deliveryPlant: z.object({ name: z.string(), provinceCode: z.string(), provinceName: z.string().nullable(), regencyCode: z.string().nullable(), regencyName: z.string().nullable(), lat: z.number().nullable(), lng: z.number().nullable() }),
  startDate: z.string().nullable(),
  deadline: z.string(),
  replacesImport: z.boolean(),
  importLandedCost: z.string().nullable(),
  importOriginCountry: z.string().nullable(),
  visibility: z.enum(NEED_VISIBILITIES),
  eventId: z.string().nullable(),
  status: z.enum(NEED_STATUSES),
  isAcceptingQuotations: z.boolean(),
  quotationCount: z.number().int().nullable(),
  interestCount: z.number().int().nullable(),
  publishedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const quotationInput = z.object({
  unitPrice: rupiahString,
  toolingCost: rupiahString.optional().describe('one-off tooling (mould, dies) cost; default 0'),
  leadTimeDays: z.number().int().min(0).max(3650),
  capacityPerMonth: z.number().int().min(1).max(2_000_000_000),
  notes: z.string().max(5000).nullish(),
});

export const quotationBody = z.object({
  id: z.string(),
  reference: z.string(),
  needId: z.string(),
  ikm: z.object({ orgId: z.string(), name: z.string() }),
  unitPrice: z.string(),
  toolingCost: z.string(),
  leadTimeDays: z.number().int(),
  capacityPerMonth: z.number().int(),
  notes: z.string().nullable(),
  status: z.enum(['submitted', 'withdrawn']),
  revision: z.number().int(),
  isShortlisted: z.boolean().nullable().describe('visible to the buyer and programme staff only'),
  submittedAt: z.date(),
  updatedAt: z.date(),
});

export const myQuotationBody = quotationBody.extend({ need: z.object({ id: z.string(), reference: z.string(), partName: z.string(), status: z.enum(NEED_STATUSES), buyerName: z.string() }) });

export const comparisonBody = z.object({
  needId: z.string(),
  annualVolume: z.number().int(),
  monthlyVolume: z.number().int(),
  targetUnitPrice: z.string().nullable(),
  importLandedCost: z.string().nullable(),
  rows: z.array(
    z.object({
      quotationId: z.string(),
      reference: z.string(),
      ikmOrgId: z.string(),
      ikmName: z.string(),
      unitPrice: z.string(),
      toolingCost: z.string(),
      firstYearCost: z.string(),
      vsTargetPercent: z.number().nullable(),
      yearlySavingVsImport: z.string().nullable(),
      capacityPerMonth: z.number().int(),
      capacityCoveragePercent: z.number(),
      leadTimeDays: z.number().int(),
      meetsCapacity: z.boolean(),
      withinTarget: z.boolean().nullable(),
      best: z.object({ unitPrice: z.boolean(), firstYearCost: z.boolean(), leadTime: z.boolean(), capacity: z.boolean() }),
      notes: z.string().nullable(),
      isShortlisted: z.boolean(),
    }),
  ),
});

export const orgRefBody = z.object({ orgId: z.string(), orgName: z.string() });
export const invitationBody = orgRefBody.extend({ invitedAt: z.date() });
export const interestBody = orgRefBody.extend({ note: z.string().nullable(), createdAt: z.date() });

export const fileBody = z.object({ id: z.string(), needId: z.string(), quotationId: z.string().nullable(), filename: z.string(), mime: z.string(), size: z.number().int(), sha256: z.string(), description: z.string().nullable(), createdAt: z.date() });

/** zod request/response schemas of the registry API (they are also its OpenAPI description). */
import { z } from 'zod';
import { pageQuery } from '../../core/pagination';
import { errorBody, errorResponses } from '../../server/http';
import { BUYER_TIERS, PROFILE_STATUSES, TURNOVER_BANDS } from './domain';
import { FACETS, SORTS } from './search-store';

export const uploadErrors = { ...errorResponses, 413: errorBody, 415: errorBody };

/** A repeated or comma-separated query parameter ("process=a&process=b" or "process=a,b"). */
const multi = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean).slice(0, 50)))
    .describe(description);

export const searchFilterQuery = z.object({
  q: z.string().max(200).optional().describe('Full-text search over names, products, processes and materials (prefix match per word, e.g. "headp poliur")'),
  province: multi('Province codes (Kemendagri, e.g. 32); several = any of them'),
  regency: multi('Regency/city codes (e.g. 32.16)'),
  process: multi('Process keys (e.g. polyurethane_moulding); several = any of them'),
  material: multi('Material keys (e.g. polyurethane)'),
  certification: multi('Certification kinds (e.g. iso_9001)'),
  size: multi('Size bands: micro, small, medium, large'),
  verified: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')).describe('Only verified (true) or only not verified (false)'),
  status: multi('Workflow statuses (programme staff only): draft, submitted, verified, returned'),
});

export const searchQuery = pageQuery.extend(searchFilterQuery.shape).extend({
  sort: z.enum(SORTS).default('name').describe('name (A–Z), newest (registered last first), capacity (largest monthly capacity first)'),
});

export const facetsQuery = searchFilterQuery.extend({ facet: multi(`Facets to count (default all): ${FACETS.join(', ')}`) });

export function toFilter(q: z.infer<typeof searchFilterQuery>) {
  return { q: q.q, provinces: q.province, regencies: q.regency, processes: q.process, materials: q.material, certifications: q.certification, sizes: q.size, verified: q.verified, statuses: q.status };
}

const place = z.object({ provinceCode: z.string(), provinceName: z.string(), regencyCode: z.string(), regencyName: z.string() });
const status = z.enum(PROFILE_STATUSES);

export const ikmListItem = z.object({
  id: z.string().describe('The IKM organisation id'),
  legalName: z.string(),
  brandName: z.string().nullable(),
  legalForm: z.string(),
  place,
  processes: z.array(z.string()),
  processLabels: z.array(z.string()),
  materials: z.array(z.string()),
  certificationKinds: z.array(z.string()),
  turnoverBand: z.string(),
  workforceTotal: z.number().int(),
  monthlyCapacity: z.object({ quantity: z.number(), unit: z.string() }).nullable(),
  products: z.array(z.string()),
  status,
  isVerified: z.boolean(),
  badge: z.literal('verified').nullable().describe('"verified" shows the verified badge'),
  verifiedAt: z.date().nullable(),
  createdAt: z.date(),
});

const certification = z.object({
  kind: z.string(),
  label: z.string(),
  number: z.string(),
  expiresOn: z.string().nullable(),
  status: z.enum(['valid', 'expiring', 'expired']).describe('expiring: within 60 days of today (WIB)'),
  daysLeft: z.number().int().nullable(),
});

export const ikmProfileView = z.object({
  id: z.string(),
  orgId: z.string(),
  legalName: z.string(),
  brandName: z.string().optional(),
  legalForm: z.string(),
  nib: z.string(),
  npwp: z.object({ npwp15: z.string().nullable(), npwp16: z.string(), formatted15: z.string().nullable() }),
  kbliCodes: z.array(z.object({ code: z.string(), edition: z.string() })),
  address: z.object({ street: z.string(), provinceCode: z.string(), regencyCode: z.string(), postalCode: z.string() }),
  place,
  coordinates: z.object({ lat: z.number(), lng: z.number() }).optional(),
  yearFounded: z.number().int().optional(),
  workforce: z.object({ total: z.number().int(), women: z.number().int(), withDisability: z.number().int() }),
  annualTurnover: z.string().nullable().describe('Whole Rupiah as digits'),
  turnoverBand: z.enum(TURNOVER_BANDS),
  processes: z.array(z.string()),
  processLabels: z.array(z.string()),
  materials: z.array(z.string()),
  materialLabels: z.array(z.string()),
  machines: z.array(z.object({ type: z.string(), count: z.number().int(), capacity: z.string().optional() })),
  monthlyCapacity: z.object({ quantity: z.number(), unit: z.string() }).optional(),
  certifications: z.array(certification),
  hasExpiringCertification: z.boolean(),
  products: z.array(z.object({ name: z.string(), partNumber: z.string().optional() })),
  customers: z.array(z.string()),
  contacts: z.array(z.object({ name: z.string(), role: z.string().optional(), phone: z.string(), email: z.string().optional() })),
  status,
  statusReasons: z.array(z.string()).describe('Reasons of the latest return'),
  isVerified: z.boolean(),
  badge: z.literal('verified').nullable(),
  submittedAt: z.date().nullable(),
  verifiedAt: z.date().nullable(),
  version: z.number().int().describe('Send as If-Match to refuse overwriting a newer version'),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const facetCounts = z.object({
  ...Object.fromEntries(FACETS.map((f) => [f, z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string(), count: z.number().int() })).optional()])),
  partial: z.array(z.enum(FACETS)).describe('Facets counted over the first 5,000 matches only (a broad text search): their counts are lower bounds'),
});

export const historyItem = z.object({
  id: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  action: z.string(),
  reasons: z.array(z.string()),
  changedFields: z.array(z.string()).describe('Identity fields whose change required re-verification'),
  actorUserId: z.string().nullable(),
  actorOrgId: z.string().nullable(),
  at: z.date(),
});

export const expiringItem = certification.extend({ orgId: z.string(), legalName: z.string(), profileStatus: z.string() });

/** The profile body: the domain schema validates it in the service (messages in Indonesian). */
export const profileBody = z.record(z.string(), z.unknown()).describe('IKM profile (see domain/profile-schema.ts): legalName, legalForm, nib, npwp, kbliCodes, address, workforce, annualTurnover or turnoverBand, contacts, …');

export const plantView = z.object({
  id: z.string(),
  name: z.string(),
  address: z.object({ street: z.string(), provinceCode: z.string(), regencyCode: z.string(), postalCode: z.string() }),
  coordinates: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  place,
});

export const buyerView = z.object({
  id: z.string(),
  orgId: z.string(),
  companyName: z.string(),
  groupName: z.string().nullable(),
  tier: z.enum(BUYER_TIERS),
  tierLabel: z.string(),
  sectors: z.array(z.string()),
  description: z.string().nullable(),
  website: z.string().nullable(),
  plants: z.array(plantView),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const buyerListItem = buyerView.omit({ plants: true }).extend({ plantCount: z.number().int() });

export const fileView = z.object({
  id: z.string(),
  orgId: z.string(),
  purpose: z.enum(['photo', 'document']),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  description: z.string().nullable(),
  createdAt: z.date(),
});

/**
 * Matching queries over the registry's IKM profiles. The hard filters (verified, primary process,
 * required certificates) are one tsquery over the registry's facet tokens in `search_tsv` (its GIN
 * index); candidates are taken from the delivery plant's region first (its province and the
 * provinces whose capital lies within NEAR_KM), then from elsewhere only when the region has
 * fewer than the limit, each ordered by a cheap SQL pre-score that mirrors the weighted score
 * (see domain/score.ts). The exact scoring in TypeScript then looks at a few thousand rows.
 */
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ikmCertifications, ikmProfiles as p } from '../../db/schema';
import { CAPACITY_HEADROOM, DISTANCE_HALF_KM, SAME_PROVINCE_KM, SAME_REGENCY_KM, normaliseWeights, PROVINCE_CAPITALS, haversineKm, type NeedFeatures, type Weights } from './domain';
import { matchingWeights } from './schema';

export const candidateColumns = {
  orgId: p.orgId,
  legalName: p.legalName,
  status: p.status,
  processes: p.processes,
  materials: p.materials,
  certificationKinds: p.certificationKinds,
  provinceCode: p.provinceCode,
  regencyCode: p.regencyCode,
  lat: p.lat,
  lng: p.lng,
  capacityQuantity: p.capacityQuantity,
  capacityUnit: p.capacityUnit,
};
export interface CandidateRow {
  orgId: string;
  legalName: string;
  status: string;
  processes: string[];
  materials: string[];
  certificationKinds: string[];
  provinceCode: string;
  regencyCode: string;
  lat: number | null;
  lng: number | null;
  capacityQuantity: number | null;
  capacityUnit: string | null;
}

const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

/** The registry's facet tokens in search_tsv (see registry profile-mapper FACET_PREFIX). */
const TOKEN = { status: '#st:', process: '#pr:', certification: '#ct:', province: '#pv:' } as const;
/** Provinces whose capital lies within this distance of the plant count as the plant's region. */
export const NEAR_KM = 250;

const term = (prefix: string, key: string) => {
  if (!/^[a-z0-9_.]+$/.test(key)) throw new RangeError(`not a vocabulary key: ${key}`);
  return `'${prefix}${key}'`;
};

/** Hard filters as a tsquery: verified, the primary process, every required certificate kind (expiry is checked in TypeScript). */
export function filterQuery(need: NeedFeatures): string {
  const t = [term(TOKEN.status, 'verified')];
  if (need.processes[0]) t.push(term(TOKEN.process, need.processes[0]));
  for (const c of need.requiredCertifications) t.push(term(TOKEN.certification, c));
  return t.join(' & ');
}

/** The plant's province and those whose capital is within NEAR_KM of the plant. */
export function nearProvinces(need: NeedFeatures): string[] {
  const plant = need.delivery.coordinates ?? (need.delivery.provinceCode ? PROVINCE_CAPITALS[need.delivery.provinceCode] : undefined);
  const near = new Set<string>(need.delivery.provinceCode ? [need.delivery.provinceCode] : []);
  if (plant) for (const [code, capital] of Object.entries(PROVINCE_CAPITALS)) if (haversineKm(plant, capital) <= NEAR_KM) near.add(code);
  return [...near].sort();
}

export function candidateFilter(need: NeedFeatures, region?: { provinces: string[]; inside: boolean }): SQL {
  let q = filterQuery(need);
  if (region?.provinces.length) {
    const any = region.provinces.map((c) => term(TOKEN.province, c)).join(' | ');
    q += region.inside ? ` & (${any})` : ` & !(${any})`;
  }
  return sql`${p.searchTsv} @@ ${q}::tsquery`;
}

/** Distance fit of each province's capital to the delivery plant (the pre-score's fallback without coordinates). */
function provinceFits(need: NeedFeatures): { codes: string[]; fits: number[] } {
  const plant = need.delivery.coordinates ?? (need.delivery.provinceCode ? PROVINCE_CAPITALS[need.delivery.provinceCode] : undefined);
  const codes = Object.keys(PROVINCE_CAPITALS);
  const fits = codes.map((code) => (plant ? 1 / (1 + haversineKm(plant, PROVINCE_CAPITALS[code]!) / DISTANCE_HALF_KM) : 0.5));
  return { codes, fits };
}

/** A number as a float8 SQL literal (our own finite numbers only), so the pre-score stays in float arithmetic. */
function f8(x: number): SQL {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return sql.raw(`${x}::float8`);
}

/**
 * The cheap pre-score: process coverage, material, capacity, distance (equirectangular km from
 * coordinates, else same regency/province, else the province capitals) and the quality
 * certificate held, with the same weights and fits as the exact score; unknown data counts
 * neutral (0.5). Float arithmetic only.
 */
export function preScore(need: NeedFeatures, weights: Weights): SQL {
  const w = normaliseWeights(weights);
  const material = need.material
    ? sql`(case when ${p.materials} @> ${textArray([need.material])} then 1.0::float8 when cardinality(${p.materials}) = 0 then 0.5::float8 else 0.0::float8 end)`
    : sql`0.5::float8`;
  const process = need.processes.length > 1 ? sql`(case when ${p.processes} @> ${textArray(need.processes)} then 1.0::float8 else 0.5::float8 end)` : sql`1.0::float8`;
  const ratio = sql`(${p.capacityQuantity} * ${f8(1 / need.monthlyVolume)})`;
  const capacity = sql`(case when ${p.capacityQuantity} is null or ${p.capacityUnit} is distinct from ${need.unit} then 0.5::float8
    when ${ratio} >= ${f8(CAPACITY_HEADROOM)} then 1.0::float8 when ${ratio} >= 1.0::float8 then 0.8::float8 + ${f8(0.2 / (CAPACITY_HEADROOM - 1))} * (${ratio} - 1.0::float8) else 0.8::float8 * ${ratio} end)`;
  const { codes, fits } = provinceFits(need);
  const provinceFit = sql`coalesce((${sql.param(fits)}::float8[])[array_position(${textArray(codes)}, ${p.provinceCode})], 0.5::float8)`;
  const plant = need.delivery.coordinates;
  const cosLat = plant ? Math.cos((plant.lat * Math.PI) / 180) : 1;
  const km = plant ? sql`(111.195::float8 * sqrt((${p.lat} - ${f8(plant.lat)}) * (${p.lat} - ${f8(plant.lat)}) + ${f8(cosLat * cosLat)} * (${p.lng} - ${f8(plant.lng)}) * (${p.lng} - ${f8(plant.lng)})))` : null;
  const distance = sql`(case
    ${km ? sql`when ${p.lat} is not null and ${p.lng} is not null then 1.0::float8 / (1.0::float8 + ${km} * ${f8(1 / DISTANCE_HALF_KM)})` : sql``}
    when ${p.regencyCode} = ${need.delivery.regencyCode ?? ''} then ${f8(1 / (1 + SAME_REGENCY_KM / DISTANCE_HALF_KM))}
    when ${p.provinceCode} = ${need.delivery.provinceCode ?? ''} then ${f8(1 / (1 + SAME_PROVINCE_KM / DISTANCE_HALF_KM))}
    else ${provinceFit} end)`;
  const cert = sql`(case when ${p.certificationKinds} @> '{iatf_16949}'::text[] then 1.0::float8 when ${p.certificationKinds} @> '{iso_9001}'::text[] then 0.7::float8 when cardinality(${p.certificationKinds}) > 0 then 0.3::float8 else 0.0::float8 end)`;
  return sql`(${f8(w.process)} * ${process} + ${f8(w.material)} * ${material} + ${f8(w.capacity)} * ${capacity} + ${f8(w.distance)} * ${distance} + ${f8(w.certification)} * ${cert})`;
}

function candidateQuery(x: Executor, need: NeedFeatures, weights: Weights, limit: number, region?: { provinces: string[]; inside: boolean }) {
  return x
    .select(candidateColumns)
    .from(p)
    .where(candidateFilter(need, region))
    .orderBy(sql`${preScore(need, weights)} desc`, p.orgId)
    .limit(limit) as Promise<CandidateRow[]>;
}

/**
 * The candidate-filter query: hard filters, the plant's region first, each part ordered by the
 * pre-score, at most `limit` rows. Bitmaps stay exact (work_mem) and JIT is off: the query is short.
 */
export function findCandidates(x: Executor, need: NeedFeatures, weights: Weights, limit: number): Promise<CandidateRow[]> {
  return x.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local jit = off`);
    const provinces = nearProvinces(need);
    if (!provinces.length) return candidateQuery(tx, need, weights, limit);
    const near = await candidateQuery(tx, need, weights, limit, { provinces, inside: true });
    if (near.length >= limit) return near;
    return [...near, ...(await candidateQuery(tx, need, weights, limit - near.length, { provinces, inside: false }))];
  });
}

/** Certificates (kind and expiry) of the given IKM, for the exact check of validity. */
export function certificationsOf(x: Executor, orgIds: string[]) {
  if (!orgIds.length) return Promise.resolve([]);
  return x.select({ orgId: ikmCertifications.orgId, kind: ikmCertifications.kind, expiresOn: ikmCertifications.expiresOn }).from(ikmCertifications).where(inArray(ikmCertifications.orgId, orgIds));
}

export async function findIkm(x: Executor, orgId: string): Promise<CandidateRow | null> {
  const [row] = await x.select(candidateColumns).from(p).where(eq(p.orgId, orgId)).limit(1);
  return (row as CandidateRow | undefined) ?? null;
}

export const listWeights = (x: Executor) => x.select().from(matchingWeights).orderBy(matchingWeights.sector);

export async function findWeights(x: Executor, sectors: string[]) {
  if (!sectors.length) return [];
  return x.select().from(matchingWeights).where(inArray(matchingWeights.sector, sectors));
}

export async function upsertWeights(x: Executor, row: typeof matchingWeights.$inferInsert) {
  const [out] = await x
    .insert(matchingWeights)
    .values(row)
    .onConflictDoUpdate({ target: matchingWeights.sector, set: { weights: row.weights, updatedBy: row.updatedBy, updatedAt: row.updatedAt } })
    .returning();
  return out!;
}

export const deleteWeights = (x: Executor, sector: string) => x.delete(matchingWeights).where(eq(matchingWeights.sector, sector)).returning();

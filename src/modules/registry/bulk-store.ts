/**
 * Batched inserts for imports and synthetic data: one statement per table per batch, the rows passed as
 * a single JSON parameter and expanded by `json_to_recordset` (no parameter limit, same SQL on PostgreSQL
 * and PGlite).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

type Column = readonly [name: string, type: string];

const ORGANISATION: Column[] = [
  ['id', 'uuid'],
  ['name', 'text'],
  ['kind', 'text'],
  ['is_active', 'boolean'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

const PROFILE: Column[] = [
  ['org_id', 'uuid'],
  ['legal_name', 'text'],
  ['brand_name', 'text'],
  ['legal_form', 'text'],
  ['nib', 'text'],
  ['npwp15', 'text'],
  ['npwp16', 'text'],
  ['kbli', 'jsonb'],
  ['street', 'text'],
  ['province_code', 'text'],
  ['regency_code', 'text'],
  ['postal_code', 'text'],
  ['lat', 'double precision'],
  ['lng', 'double precision'],
  ['year_founded', 'integer'],
  ['workforce_total', 'integer'],
  ['workforce_women', 'integer'],
  ['workforce_disability', 'integer'],
  ['annual_turnover', 'numeric'],
  ['turnover_band', 'text'],
  ['processes', 'text[]'],
  ['materials', 'text[]'],
  ['certification_kinds', 'text[]'],
  ['machines', 'jsonb'],
  ['products', 'jsonb'],
  ['customers', 'jsonb'],
  ['capacity_quantity', 'double precision'],
  ['capacity_unit', 'text'],
  ['search_text', 'text'],
  ['facet_tokens', 'text[]'],
  ['status', 'text'],
  ['status_reasons', 'text[]'],
  ['submitted_at', 'timestamptz'],
  ['verified_at', 'timestamptz'],
  ['verified_by', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

const CERTIFICATION: Column[] = [
  ['id', 'uuid'],
  ['org_id', 'uuid'],
  ['position', 'integer'],
  ['kind', 'text'],
  ['number', 'text'],
  ['expires_on', 'date'],
];

const CONTACT: Column[] = [
  ['id', 'uuid'],
  ['org_id', 'uuid'],
  ['position', 'integer'],
  ['name', 'text'],
  ['role', 'text'],
  ['phone', 'text'],
  ['email', 'text'],
];

const HISTORY: Column[] = [
  ['id', 'uuid'],
  ['org_id', 'uuid'],
  ['from_status', 'text'],
  ['to_status', 'text'],
  ['action', 'text'],
  ['reasons', 'text[]'],
  ['changed_fields', 'text[]'],
  ['actor_user_id', 'uuid'],
  ['actor_org_id', 'uuid'],
  ['at', 'timestamptz'],
];

const BUYER: Column[] = [
  ['org_id', 'uuid'],
  ['company_name', 'text'],
  ['group_name', 'text'],
  ['tier', 'text'],
  ['sectors', 'text[]'],
  ['description', 'text'],
  ['website', 'text'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

const PLANT: Column[] = [
  ['id', 'uuid'],
  ['org_id', 'uuid'],
  ['position', 'integer'],
  ['name', 'text'],
  ['street', 'text'],
  ['province_code', 'text'],
  ['regency_code', 'text'],
  ['postal_code', 'text'],
  ['lat', 'double precision'],
  ['lng', 'double precision'],
];

type Row = Record<string, unknown>;

async function insertRecordset(x: Executor, table: string, columns: Column[], rows: Row[], onConflict = sql``): Promise<Row[]> {
  if (!rows.length) return [];
  const names = columns.map(([n]) => `"${n}"`).join(', ');
  const defs = columns.map(([n, t]) => `"${n}" ${t}`).join(', ');
  const json = JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  try {
    const r = await x.execute(sql`insert into ${sql.identifier(table)} (${sql.raw(names)}) select ${sql.raw(names)} from json_to_recordset(${json}::json) as r(${sql.raw(defs)}) ${onConflict}`);
    return r.rows as Row[];
  } catch (e) {
    throw conciseError(table, e);
  }
}

/** The driver's error names the whole JSON parameter (megabytes); keep only the database's own message and codes. */
function conciseError(table: string, e: unknown): Error {
  const cause = ((e as { cause?: unknown }).cause ?? e) as { message?: string; code?: string; constraint?: string; detail?: string };
  return Object.assign(new Error(`bulk insert into ${table} failed: ${cause.message ?? String(e)}${cause.detail ? ` (${cause.detail})` : ''}`), { code: cause.code, constraint: cause.constraint });
}

export interface BulkIkm {
  organisation: Row;
  profile: Row;
  certifications: Row[];
  contacts: Row[];
  history: Row[];
}

/**
 * Inserts organisations, profiles and their children (rows keyed by SQL column name); returns how many.
 * With `skipTakenNames` an IKM whose name another IKM organisation already has is left out (synthetic data).
 */
export async function bulkInsertIkm(x: Executor, items: BulkIkm[], opts: { skipTakenNames?: boolean } = {}): Promise<number> {
  let kept = items;
  if (opts.skipTakenNames) {
    const inserted = await insertRecordset(x, 'organisations', ORGANISATION, items.map((i) => i.organisation), sql`on conflict do nothing returning id`);
    const ids = new Set(inserted.map((r) => String(r.id)));
    kept = items.filter((i) => ids.has(String(i.organisation.id)));
  } else {
    await insertRecordset(x, 'organisations', ORGANISATION, items.map((i) => i.organisation));
  }
  await insertRecordset(x, 'ikm_profiles', PROFILE, kept.map((i) => i.profile));
  await insertRecordset(x, 'ikm_certifications', CERTIFICATION, kept.flatMap((i) => i.certifications));
  await insertRecordset(x, 'ikm_contacts', CONTACT, kept.flatMap((i) => i.contacts));
  await insertRecordset(x, 'ikm_status_history', HISTORY, kept.flatMap((i) => i.history));
  return kept.length;
}

export interface BulkBuyer {
  organisation: Row;
  profile: Row;
  plants: Row[];
}

export async function bulkInsertBuyers(x: Executor, items: BulkBuyer[]): Promise<void> {
  await insertRecordset(x, 'organisations', ORGANISATION, items.map((i) => i.organisation));
  await insertRecordset(x, 'buyer_profiles', BUYER, items.map((i) => i.profile));
  await insertRecordset(x, 'buyer_plants', PLANT, items.flatMap((i) => i.plants));
}

/** Number of IKM profiles (planner estimate when `estimate`, exact otherwise). */
export async function countIkmProfiles(x: Executor, estimate = false): Promise<number> {
  const q = estimate ? sql`select reltuples::bigint as n from pg_class where relname = 'ikm_profiles'` : sql`select count(*) as n from ikm_profiles`;
  const r = await x.execute(q);
  return Math.max(0, Number((r.rows[0] as { n: string | number } | undefined)?.n ?? 0));
}

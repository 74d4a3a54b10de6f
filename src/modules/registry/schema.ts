import { bytea } from '../../db/column-types';
import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../../db/schema';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * One IKM profile per organisation of kind 'ikm' (the organisation id is the key).
 * `search_text` (names, products, process and material labels, place) and `facet_tokens` are maintained by
 * the service; `search_tsv` is generated from them with the `simple` configuration (lower-casing, no
 * stemming) plus the status. Search and every filter become one tsquery on one GIN index, whose AND
 * scan skips through the posting lists: the cost follows the rarest term, not the largest filter.
 */
export const ikmProfiles = pgTable(
  'ikm_profiles',
  {
    orgId: uuid('org_id').primaryKey().references(() => organisations.id),
    legalName: text('legal_name').notNull(),
    brandName: text('brand_name'),
    legalForm: text('legal_form').notNull(),
    nib: text('nib').notNull(),
    npwp15: text('npwp15'),
    npwp16: text('npwp16').notNull(),
    /** [{ code, edition }] */
    kbli: jsonb('kbli').$type<{ code: string; edition: string }[]>().notNull(),
    street: text('street').notNull(),
    provinceCode: text('province_code').notNull(),
    regencyCode: text('regency_code').notNull(),
    postalCode: text('postal_code').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    yearFounded: integer('year_founded'),
    workforceTotal: integer('workforce_total').notNull(),
    workforceWomen: integer('workforce_women').notNull().default(0),
    workforceDisability: integer('workforce_disability').notNull().default(0),
    annualTurnover: numeric('annual_turnover', { precision: 20, scale: 0 }),
    turnoverBand: text('turnover_band').notNull(),
    processes: text('processes').array().notNull().default(sql`'{}'::text[]`),
    materials: text('materials').array().notNull().default(sql`'{}'::text[]`),
    certificationKinds: text('certification_kinds').array().notNull().default(sql`'{}'::text[]`),
    machines: jsonb('machines').$type<{ type: string; count: number; capacity?: string }[]>().notNull().default([]),
    products: jsonb('products').$type<{ name: string; partNumber?: string }[]>().notNull().default([]),
    customers: jsonb('customers').$type<string[]>().notNull().default([]),
    capacityQuantity: doublePrecision('capacity_quantity'),
    capacityUnit: text('capacity_unit'),
    searchText: text('search_text').notNull().default(''),
    /** Filter values as lexemes no typed word can reach ("#pv:33", "#pr:machining", "#mt:steel", "#ct:iso_9001", "#sz:small", "#rg:33.16"). */
    facetTokens: text('facet_tokens').array().notNull().default(sql`'{}'::text[]`),
    /** Words of search_text, the facet tokens and "#st:<status>": one GIN index answers text + filters together. */
    searchTsv: tsvector('search_tsv').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('simple'::regconfig, ${ikmProfiles.searchText}) || array_to_tsvector(${ikmProfiles.facetTokens} || ARRAY['#st:' || ${ikmProfiles.status}])`,
    ),
    status: text('status').notNull().default('draft'),
    /** Reasons of the latest return (dikembalikan), shown to the IKM. */
    statusReasons: text('status_reasons').array().notNull().default(sql`'{}'::text[]`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('ikm_profiles_status_check', sql`${t.status} in ('draft','submitted','verified','returned')`),
    check('ikm_profiles_band_check', sql`${t.turnoverBand} in ('micro','small','medium','large')`),
    uniqueIndex('ikm_profiles_nib_uq').on(t.nib),
    index('ikm_profiles_search_idx').using('gin', t.searchTsv),
    index('ikm_profiles_name_idx').on(t.legalName, t.orgId),
    index('ikm_profiles_created_idx').on(t.createdAt),
    index('ikm_profiles_capacity_idx').on(t.capacityQuantity),
  ],
);

/** Every status change of an IKM profile, with the reasons and the identity fields that triggered re-verification. */
export const ikmStatusHistory = pgTable(
  'ikm_status_history',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull().references(() => ikmProfiles.orgId, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    action: text('action').notNull(),
    reasons: text('reasons').array().notNull().default(sql`'{}'::text[]`),
    changedFields: text('changed_fields').array().notNull().default(sql`'{}'::text[]`),
    actorUserId: uuid('actor_user_id'),
    actorOrgId: uuid('actor_org_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ikm_status_history_org_at_idx').on(t.orgId, t.at)],
);

export const ikmCertifications = pgTable(
  'ikm_certifications',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull().references(() => ikmProfiles.orgId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
  },
  (t) => [index('ikm_certifications_org_idx').on(t.orgId, t.position), index('ikm_certifications_expires_idx').on(t.expiresOn)],
);

export const ikmContacts = pgTable(
  'ikm_contacts',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull().references(() => ikmProfiles.orgId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    role: text('role'),
    phone: text('phone').notNull(),
    email: text('email'),
  },
  (t) => [index('ikm_contacts_org_idx').on(t.orgId, t.position)],
);

/** One buyer profile per organisation of kind 'buyer'. */
export const buyerProfiles = pgTable(
  'buyer_profiles',
  {
    orgId: uuid('org_id').primaryKey().references(() => organisations.id),
    companyName: text('company_name').notNull(),
    groupName: text('group_name'),
    tier: text('tier').notNull(),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    description: text('description'),
    website: text('website'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('buyer_profiles_tier_check', sql`${t.tier} in ('apm','tier1','tier2','big_industry')`), index('buyer_profiles_tier_idx').on(t.tier)],
);

export const buyerPlants = pgTable(
  'buyer_plants',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull().references(() => buyerProfiles.orgId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    street: text('street').notNull(),
    provinceCode: text('province_code').notNull(),
    regencyCode: text('regency_code').notNull(),
    postalCode: text('postal_code').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
  },
  (t) => [index('buyer_plants_org_idx').on(t.orgId, t.position), index('buyer_plants_province_idx').on(t.provinceCode)],
);

/** Photos and documents of an organisation's profile; the bytes live in registry_file_contents. */
export const registryFiles = pgTable(
  'registry_files',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    purpose: text('purpose').$type<'photo' | 'document'>().notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    description: text('description'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [check('registry_files_purpose_check', sql`${t.purpose} in ('photo','document')`), index('registry_files_org_idx').on(t.orgId, t.createdAt)],
);

export const registryFileContents = pgTable('registry_file_contents', {
  fileId: uuid('file_id').primaryKey().references(() => registryFiles.id, { onDelete: 'cascade' }),
  content: bytea('content').notNull(),
});

/** A spreadsheet import of IKM: the uploaded file, the column mapping, progress and the row report. */
export const registryImports = pgTable(
  'registry_imports',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    createdBy: uuid('created_by'),
    filename: text('filename').notNull(),
    format: text('format').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    sheet: text('sheet'),
    /** Sheets, headers, delimiter, first rows and suggested mapping, read at upload. */
    preview: jsonb('preview').$type<Record<string, unknown>>(),
    mapping: jsonb('mapping').$type<Record<string, string | null>>(),
    status: text('status').notNull(),
    options: jsonb('options').$type<{ partial: boolean; status: string }>(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    duplicateRows: integer('duplicate_rows').notNull().default(0),
    createdRows: integer('created_rows').notNull().default(0),
    report: jsonb('report').$type<{ errors: unknown[]; duplicates: unknown[] }>(),
    message: text('message'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    check('registry_imports_status_check', sql`${t.status} in ('uploaded','validating','validated','committing','committed','failed')`),
    index('registry_imports_org_idx').on(t.orgId, t.createdAt),
  ],
);

/** Vocabulary entries added by programme admins to the built-in processes, materials and certification kinds. */
export const registryVocabularyEntries = pgTable(
  'registry_vocabulary_entries',
  {
    vocabulary: text('vocabulary').notNull(),
    key: text('key').notNull(),
    labelId: text('label_id').notNull(),
    labelEn: text('label_en').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.vocabulary, t.key] }), check('registry_vocabulary_check', sql`${t.vocabulary} in ('processes','materials','certificationKinds')`)],
);

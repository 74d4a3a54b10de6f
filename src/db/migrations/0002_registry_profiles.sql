CREATE TABLE "buyer_plants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"street" text NOT NULL,
	"province_code" text NOT NULL,
	"regency_code" text NOT NULL,
	"postal_code" text NOT NULL,
	"lat" double precision,
	"lng" double precision
);
--> statement-breakpoint
CREATE TABLE "buyer_profiles" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"company_name" text NOT NULL,
	"group_name" text,
	"tier" text NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buyer_profiles_tier_check" CHECK ("buyer_profiles"."tier" in ('apm','tier1','tier2','big_industry'))
);
--> statement-breakpoint
CREATE TABLE "ikm_certifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"expires_on" date
);
--> statement-breakpoint
CREATE TABLE "ikm_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"phone" text NOT NULL,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "ikm_profiles" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"legal_name" text NOT NULL,
	"brand_name" text,
	"legal_form" text NOT NULL,
	"nib" text NOT NULL,
	"npwp15" text,
	"npwp16" text NOT NULL,
	"kbli" jsonb NOT NULL,
	"street" text NOT NULL,
	"province_code" text NOT NULL,
	"regency_code" text NOT NULL,
	"postal_code" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"year_founded" integer,
	"workforce_total" integer NOT NULL,
	"workforce_women" integer DEFAULT 0 NOT NULL,
	"workforce_disability" integer DEFAULT 0 NOT NULL,
	"annual_turnover" numeric(20, 0),
	"turnover_band" text NOT NULL,
	"processes" text[] DEFAULT '{}'::text[] NOT NULL,
	"materials" text[] DEFAULT '{}'::text[] NOT NULL,
	"certification_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"machines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"products" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"customers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"capacity_quantity" double precision,
	"capacity_unit" text,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "ikm_profiles"."search_text")) STORED,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"submitted_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ikm_profiles_status_check" CHECK ("ikm_profiles"."status" in ('draft','submitted','verified','returned')),
	CONSTRAINT "ikm_profiles_band_check" CHECK ("ikm_profiles"."turnover_band" in ('micro','small','medium','large'))
);
--> statement-breakpoint
CREATE TABLE "ikm_status_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"action" text NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"changed_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"actor_user_id" uuid,
	"actor_org_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_file_contents" (
	"file_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"description" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_files_purpose_check" CHECK ("registry_files"."purpose" in ('photo','document'))
);
--> statement-breakpoint
CREATE TABLE "registry_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"created_by" uuid,
	"filename" text NOT NULL,
	"format" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"sheet" text,
	"preview" jsonb,
	"mapping" jsonb,
	"status" text NOT NULL,
	"options" jsonb,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"error_rows" integer DEFAULT 0 NOT NULL,
	"duplicate_rows" integer DEFAULT 0 NOT NULL,
	"created_rows" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "registry_imports_status_check" CHECK ("registry_imports"."status" in ('uploaded','validating','validated','committing','committed','failed'))
);
--> statement-breakpoint
CREATE TABLE "registry_vocabulary_entries" (
	"vocabulary" text NOT NULL,
	"key" text NOT NULL,
	"label_id" text NOT NULL,
	"label_en" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_vocabulary_entries_vocabulary_key_pk" PRIMARY KEY("vocabulary","key"),
	CONSTRAINT "registry_vocabulary_check" CHECK ("registry_vocabulary_entries"."vocabulary" in ('processes','materials','certificationKinds'))
);
--> statement-breakpoint
ALTER TABLE "buyer_plants" ADD CONSTRAINT "buyer_plants_org_id_buyer_profiles_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."buyer_profiles"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buyer_profiles" ADD CONSTRAINT "buyer_profiles_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_certifications" ADD CONSTRAINT "ikm_certifications_org_id_ikm_profiles_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."ikm_profiles"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_contacts" ADD CONSTRAINT "ikm_contacts_org_id_ikm_profiles_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."ikm_profiles"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_profiles" ADD CONSTRAINT "ikm_profiles_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_status_history" ADD CONSTRAINT "ikm_status_history_org_id_ikm_profiles_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."ikm_profiles"("org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_file_contents" ADD CONSTRAINT "registry_file_contents_file_id_registry_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."registry_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_files" ADD CONSTRAINT "registry_files_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "buyer_plants_org_idx" ON "buyer_plants" USING btree ("org_id","position");--> statement-breakpoint
CREATE INDEX "buyer_plants_province_idx" ON "buyer_plants" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "buyer_profiles_tier_idx" ON "buyer_profiles" USING btree ("tier");--> statement-breakpoint
CREATE INDEX "ikm_certifications_org_idx" ON "ikm_certifications" USING btree ("org_id","position");--> statement-breakpoint
CREATE INDEX "ikm_certifications_expires_idx" ON "ikm_certifications" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "ikm_contacts_org_idx" ON "ikm_contacts" USING btree ("org_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ikm_profiles_nib_uq" ON "ikm_profiles" USING btree ("nib");--> statement-breakpoint
CREATE INDEX "ikm_profiles_search_idx" ON "ikm_profiles" USING gin ("search_tsv");--> statement-breakpoint
CREATE INDEX "ikm_profiles_processes_idx" ON "ikm_profiles" USING gin ("processes");--> statement-breakpoint
CREATE INDEX "ikm_profiles_materials_idx" ON "ikm_profiles" USING gin ("materials");--> statement-breakpoint
CREATE INDEX "ikm_profiles_cert_kinds_idx" ON "ikm_profiles" USING gin ("certification_kinds");--> statement-breakpoint
CREATE INDEX "ikm_profiles_province_name_idx" ON "ikm_profiles" USING btree ("province_code","legal_name");--> statement-breakpoint
CREATE INDEX "ikm_profiles_regency_idx" ON "ikm_profiles" USING btree ("regency_code");--> statement-breakpoint
CREATE INDEX "ikm_profiles_status_name_idx" ON "ikm_profiles" USING btree ("status","legal_name");--> statement-breakpoint
CREATE INDEX "ikm_profiles_name_idx" ON "ikm_profiles" USING btree ("legal_name","org_id");--> statement-breakpoint
CREATE INDEX "ikm_profiles_created_idx" ON "ikm_profiles" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ikm_profiles_capacity_idx" ON "ikm_profiles" USING btree ("capacity_quantity");--> statement-breakpoint
CREATE INDEX "ikm_status_history_org_at_idx" ON "ikm_status_history" USING btree ("org_id","at");--> statement-breakpoint
CREATE INDEX "registry_files_org_idx" ON "registry_files" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "registry_imports_org_idx" ON "registry_imports" USING btree ("org_id","created_at");
DROP INDEX "ikm_profiles_processes_idx";--> statement-breakpoint
DROP INDEX "ikm_profiles_materials_idx";--> statement-breakpoint
DROP INDEX "ikm_profiles_cert_kinds_idx";--> statement-breakpoint
DROP INDEX "ikm_profiles_province_name_idx";--> statement-breakpoint
DROP INDEX "ikm_profiles_regency_idx";--> statement-breakpoint
DROP INDEX "ikm_profiles_status_name_idx";--> statement-breakpoint
ALTER TABLE "ikm_profiles" ADD COLUMN "facet_tokens" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
UPDATE "ikm_profiles" SET "facet_tokens" = ARRAY['#pv:' || "province_code", '#rg:' || "regency_code", '#sz:' || "turnover_band"]
  || ARRAY(SELECT '#pr:' || x FROM unnest("processes") x)
  || ARRAY(SELECT '#mt:' || x FROM unnest("materials") x)
  || ARRAY(SELECT '#ct:' || x FROM unnest("certification_kinds") x);--> statement-breakpoint
ALTER TABLE "ikm_profiles" DROP COLUMN "search_tsv";--> statement-breakpoint
ALTER TABLE "ikm_profiles" ADD COLUMN "search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "ikm_profiles"."search_text") || array_to_tsvector("ikm_profiles"."facet_tokens" || ARRAY['#st:' || "ikm_profiles"."status"])) STORED;--> statement-breakpoint
CREATE INDEX "ikm_profiles_search_idx" ON "ikm_profiles" USING gin ("search_tsv");

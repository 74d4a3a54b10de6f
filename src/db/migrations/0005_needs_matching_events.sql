CREATE TABLE "event_booths" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"code" text NOT NULL,
	"zone" text,
	"participant_id" uuid,
	"title" text,
	"description" text,
	"products" text[] DEFAULT '{}'::text[] NOT NULL,
	"size_m2" real
);
--> statement-breakpoint
CREATE TABLE "event_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"a_participant_id" uuid NOT NULL,
	"b_participant_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"need_id" uuid,
	"message" text,
	"response_message" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"priority" integer DEFAULT 1 NOT NULL,
	"slot_id" uuid,
	"table_no" integer,
	"confirmed_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"checked_in_at" timestamp with time zone,
	"outcome" text,
	"outcome_note" text,
	"outcome_at" timestamp with time zone,
	"requested_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_meetings_status_check" CHECK ("event_meetings"."status" in ('requested','accepted','declined','cancelled')),
	CONSTRAINT "event_meetings_origin_check" CHECK ("event_meetings"."origin" in ('request','programme')),
	CONSTRAINT "event_meetings_outcome_check" CHECK ("event_meetings"."outcome" is null or "event_meetings"."outcome" in ('no_show','not_interested','interested','quotation_requested','mou_intended')),
	CONSTRAINT "event_meetings_priority_check" CHECK ("event_meetings"."priority" between 1 and 10),
	CONSTRAINT "event_meetings_sides_check" CHECK ("event_meetings"."a_participant_id" <> "event_meetings"."b_participant_id")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"note" text,
	"checked_in_at" timestamp with time zone,
	"registered_by" uuid,
	"registered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_participants_role_check" CHECK ("event_participants"."role" in ('exhibitor','visitor')),
	CONSTRAINT "event_participants_status_check" CHECK ("event_participants"."status" in ('registered','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "event_slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_unavailability" (
	"participant_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	CONSTRAINT "event_unavailability_participant_id_slot_id_pk" PRIMARY KEY("participant_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"venue" text NOT NULL,
	"address" text,
	"province_code" text,
	"lat" double precision,
	"lng" double precision,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"sector" text,
	"description" text,
	"tables" integer NOT NULL,
	"registration_opens_at" timestamp with time zone NOT NULL,
	"registration_closes_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"organiser_org_id" uuid NOT NULL,
	"scheduled_at" timestamp with time zone,
	"schedule_score" integer,
	"schedule_upper_bound" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "events_status_check" CHECK ("events"."status" in ('draft','published','closed')),
	CONSTRAINT "events_dates_check" CHECK ("events"."ends_on" >= "events"."starts_on"),
	CONSTRAINT "events_tables_check" CHECK ("events"."tables" >= 1)
);
--> statement-breakpoint
CREATE TABLE "need_file_contents" (
	"file_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"need_id" uuid NOT NULL,
	"quotation_id" uuid,
	"org_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"description" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_interests" (
	"need_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "need_interests_need_id_ikm_org_id_pk" PRIMARY KEY("need_id","ikm_org_id")
);
--> statement-breakpoint
CREATE TABLE "need_invitations" (
	"need_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	CONSTRAINT "need_invitations_need_id_ikm_org_id_pk" PRIMARY KEY("need_id","ikm_org_id")
);
--> statement-breakpoint
CREATE TABLE "need_quotations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"need_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"unit_price" numeric(20, 0) NOT NULL,
	"tooling_cost" numeric(20, 0) NOT NULL,
	"lead_time_days" integer NOT NULL,
	"capacity_per_month" integer NOT NULL,
	"notes" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"is_shortlisted" boolean DEFAULT false NOT NULL,
	"shortlisted_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "need_quotations_status_check" CHECK ("need_quotations"."status" in ('submitted','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "need_sequences" (
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "need_sequences_prefix_year_pk" PRIMARY KEY("prefix","year")
);
--> statement-breakpoint
CREATE TABLE "part_needs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"part_name" text NOT NULL,
	"part_number" text,
	"category" text,
	"description" text,
	"sector" text,
	"material" text,
	"processes" text[] NOT NULL,
	"annual_volume" integer NOT NULL,
	"monthly_volume" integer NOT NULL,
	"unit" text DEFAULT 'pcs' NOT NULL,
	"target_unit_price" numeric(20, 0),
	"show_prices" boolean DEFAULT false NOT NULL,
	"required_certifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"plant_name" text NOT NULL,
	"plant_province_code" text NOT NULL,
	"plant_regency_code" text,
	"plant_lat" double precision,
	"plant_lng" double precision,
	"start_date" date,
	"deadline" date NOT NULL,
	"replaces_import" boolean DEFAULT false NOT NULL,
	"import_landed_cost" numeric(20, 0),
	"import_origin_country" text,
	"visibility" text NOT NULL,
	"event_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "part_needs_status_check" CHECK ("part_needs"."status" in ('draft','open','closed','cancelled')),
	CONSTRAINT "part_needs_visibility_check" CHECK ("part_needs"."visibility" in ('all_verified','invited','event')),
	CONSTRAINT "part_needs_event_check" CHECK ("part_needs"."visibility" <> 'event' or "part_needs"."event_id" is not null),
	CONSTRAINT "part_needs_volume_check" CHECK ("part_needs"."annual_volume" > 0 and "part_needs"."monthly_volume" > 0)
);
--> statement-breakpoint
CREATE TABLE "matching_weights" (
	"sector" text PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_booths" ADD CONSTRAINT "event_booths_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_booths" ADD CONSTRAINT "event_booths_participant_id_event_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."event_participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_a_participant_id_event_participants_id_fk" FOREIGN KEY ("a_participant_id") REFERENCES "public"."event_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_b_participant_id_event_participants_id_fk" FOREIGN KEY ("b_participant_id") REFERENCES "public"."event_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_slot_id_event_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."event_slots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_slots" ADD CONSTRAINT "event_slots_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_unavailability" ADD CONSTRAINT "event_unavailability_participant_id_event_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."event_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_unavailability" ADD CONSTRAINT "event_unavailability_slot_id_event_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."event_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organiser_org_id_organisations_id_fk" FOREIGN KEY ("organiser_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_file_contents" ADD CONSTRAINT "need_file_contents_file_id_need_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."need_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_files" ADD CONSTRAINT "need_files_need_id_part_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."part_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_files" ADD CONSTRAINT "need_files_quotation_id_need_quotations_id_fk" FOREIGN KEY ("quotation_id") REFERENCES "public"."need_quotations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_interests" ADD CONSTRAINT "need_interests_need_id_part_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."part_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_interests" ADD CONSTRAINT "need_interests_ikm_org_id_organisations_id_fk" FOREIGN KEY ("ikm_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_invitations" ADD CONSTRAINT "need_invitations_need_id_part_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."part_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_invitations" ADD CONSTRAINT "need_invitations_ikm_org_id_organisations_id_fk" FOREIGN KEY ("ikm_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_quotations" ADD CONSTRAINT "need_quotations_need_id_part_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."part_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_quotations" ADD CONSTRAINT "need_quotations_ikm_org_id_organisations_id_fk" FOREIGN KEY ("ikm_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_needs" ADD CONSTRAINT "part_needs_buyer_org_id_organisations_id_fk" FOREIGN KEY ("buyer_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_booths_event_code_uq" ON "event_booths" USING btree ("event_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "event_booths_participant_uq" ON "event_booths" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "event_meetings_event_status_idx" ON "event_meetings" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "event_meetings_a_idx" ON "event_meetings" USING btree ("a_participant_id");--> statement-breakpoint
CREATE INDEX "event_meetings_b_idx" ON "event_meetings" USING btree ("b_participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_meetings_table_uq" ON "event_meetings" USING btree ("slot_id","table_no");--> statement-breakpoint
CREATE UNIQUE INDEX "event_participants_event_org_uq" ON "event_participants" USING btree ("event_id","org_id");--> statement-breakpoint
CREATE INDEX "event_participants_org_idx" ON "event_participants" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_slots_event_position_uq" ON "event_slots" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "need_files_need_idx" ON "need_files" USING btree ("need_id","quotation_id");--> statement-breakpoint
CREATE INDEX "need_interests_ikm_idx" ON "need_interests" USING btree ("ikm_org_id");--> statement-breakpoint
CREATE INDEX "need_invitations_ikm_idx" ON "need_invitations" USING btree ("ikm_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "need_quotations_need_ikm_uq" ON "need_quotations" USING btree ("need_id","ikm_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "need_quotations_reference_uq" ON "need_quotations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "need_quotations_ikm_idx" ON "need_quotations" USING btree ("ikm_org_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "part_needs_reference_uq" ON "part_needs" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "part_needs_buyer_idx" ON "part_needs" USING btree ("buyer_org_id","created_at");--> statement-breakpoint
CREATE INDEX "part_needs_status_deadline_idx" ON "part_needs" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "part_needs_processes_idx" ON "part_needs" USING gin ("processes");--> statement-breakpoint
CREATE INDEX "part_needs_event_idx" ON "part_needs" USING btree ("event_id");
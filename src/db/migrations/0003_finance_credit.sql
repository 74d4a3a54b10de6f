CREATE TABLE "finance_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"product_id" uuid NOT NULL,
	"lender_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"amount" numeric(20, 0) NOT NULL,
	"tenor_months" integer,
	"repaid_on" date,
	"grace_months" integer DEFAULT 0 NOT NULL,
	"purpose" text NOT NULL,
	"documents" jsonb NOT NULL,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_reasons" text[],
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finance_applications_status_check" CHECK ("finance_applications"."status" in ('draft','submitted','approved','rejected','withdrawn','contracted')),
	CONSTRAINT "finance_applications_amount_check" CHECK ("finance_applications"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "finance_po_reservations" (
	"po_id" uuid PRIMARY KEY NOT NULL,
	"po_value" numeric(20, 0) NOT NULL,
	"reserved" numeric(20, 0) NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finance_po_reservations_within_check" CHECK ("finance_po_reservations"."reserved" >= 0 and "finance_po_reservations"."reserved" <= "finance_po_reservations"."po_value")
);
--> statement-breakpoint
CREATE TABLE "finance_products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lender_org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"method" text NOT NULL,
	"annual_rate" text NOT NULL,
	"min_tenor_months" integer NOT NULL,
	"max_tenor_months" integer NOT NULL,
	"min_amount" numeric(20, 0) NOT NULL,
	"max_amount" numeric(20, 0) NOT NULL,
	"financeable_share" text NOT NULL,
	"penalty_rate" text NOT NULL,
	"grace_months" integer DEFAULT 0 NOT NULL,
	"required_documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finance_products_kind_check" CHECK ("finance_products"."kind" in ('instalment','bullet')),
	CONSTRAINT "finance_products_method_check" CHECK ("finance_products"."method" in ('annuity','declining','flat','bullet')),
	CONSTRAINT "finance_products_amount_check" CHECK ("finance_products"."min_amount" > 0 and "finance_products"."min_amount" <= "finance_products"."max_amount")
);
--> statement-breakpoint
CREATE TABLE "finance_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"analyst_user_id" uuid,
	"checklist" jsonb NOT NULL,
	"scorecard" jsonb,
	"mentoring_level" text,
	"exposure_with_lender" numeric(20, 0) NOT NULL,
	"exposure_total" numeric(20, 0) NOT NULL,
	"recommendation" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_sequences" (
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "finance_sequences_name_year_pk" PRIMARY KEY("name","year")
);
--> statement-breakpoint
CREATE TABLE "finance_underlyings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"value" numeric(20, 0) NOT NULL,
	"financed_amount" numeric(20, 0) NOT NULL,
	"confirmation" text DEFAULT 'pending' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"confirmation_note" text,
	CONSTRAINT "finance_underlyings_kind_check" CHECK ("finance_underlyings"."kind" in ('po','mou')),
	CONSTRAINT "finance_underlyings_confirmation_check" CHECK ("finance_underlyings"."confirmation" in ('pending','confirmed','rejected')),
	CONSTRAINT "finance_underlyings_amount_check" CHECK ("finance_underlyings"."financed_amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "finance_ageing_runs" (
	"as_of" date PRIMARY KEY NOT NULL,
	"akads" integer NOT NULL,
	"penalty_accrued" numeric(20, 0) NOT NULL,
	"finished_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_akads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"application_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"lender_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"escrow_account_id" uuid NOT NULL,
	"principal" numeric(20, 0) NOT NULL,
	"annual_rate" text NOT NULL,
	"method" text NOT NULL,
	"tenor_months" integer,
	"repaid_on" date,
	"grace_months" integer DEFAULT 0 NOT NULL,
	"penalty_rate" text NOT NULL,
	"planned_disbursement_on" date NOT NULL,
	"status" text NOT NULL,
	"lender_signed_at" timestamp with time zone,
	"lender_signed_by" uuid,
	"ikm_signed_at" timestamp with time zone,
	"ikm_signed_by" uuid,
	"signed_at" timestamp with time zone,
	"disbursed_on" date,
	"disbursed_at" timestamp with time zone,
	"disbursement_account" text,
	"current_version" integer DEFAULT 0 NOT NULL,
	"dpd" integer DEFAULT 0 NOT NULL,
	"collectibility" integer DEFAULT 1 NOT NULL,
	"aged_on" date,
	"closed_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finance_akads_status_check" CHECK ("finance_akads"."status" in ('awaiting_signatures','signed','disbursed','repaid','written_off')),
	CONSTRAINT "finance_akads_collectibility_check" CHECK ("finance_akads"."collectibility" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "finance_escrow_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"lender_org_id" uuid NOT NULL,
	"account_no" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_escrow_payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"escrow_account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"invoice_id" uuid,
	"source_payment_id" uuid,
	"po_id" uuid,
	"buyer_org_id" uuid,
	"akad_id" uuid,
	"amount" numeric(20, 0) NOT NULL,
	"paid_on" date NOT NULL,
	"to_lender" numeric(20, 0),
	"to_ikm" numeric(20, 0),
	"allocations" jsonb,
	"reversed_at" timestamp with time zone,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finance_escrow_payments_kind_check" CHECK ("finance_escrow_payments"."kind" in ('buyer_invoice','repayment','prepayment')),
	CONSTRAINT "finance_escrow_payments_amount_check" CHECK ("finance_escrow_payments"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "finance_idempotency" (
	"key" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_instalments" (
	"akad_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"no" integer NOT NULL,
	"due_date" date NOT NULL,
	"principal_due" numeric(20, 0) NOT NULL,
	"interest_due" numeric(20, 0) NOT NULL,
	"penalty_due" numeric(20, 0) DEFAULT '0' NOT NULL,
	"principal_paid" numeric(20, 0) DEFAULT '0' NOT NULL,
	"interest_paid" numeric(20, 0) DEFAULT '0' NOT NULL,
	"penalty_paid" numeric(20, 0) DEFAULT '0' NOT NULL,
	"penalty_accrued_through" date,
	CONSTRAINT "finance_instalments_akad_id_version_no_pk" PRIMARY KEY("akad_id","version","no"),
	CONSTRAINT "finance_instalments_paid_check" CHECK ("finance_instalments"."principal_paid" between 0 and "finance_instalments"."principal_due" and "finance_instalments"."interest_paid" between 0 and "finance_instalments"."interest_due" and "finance_instalments"."penalty_paid" between 0 and "finance_instalments"."penalty_due")
);
--> statement-breakpoint
CREATE TABLE "finance_journal_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"memo" text NOT NULL,
	"lender_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"akad_id" uuid,
	"escrow_account_id" uuid,
	"payment_id" uuid,
	"instalment_no" integer,
	"reverses_entry_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finance_journal_entries_kind_check" CHECK ("finance_journal_entries"."kind" in ('disbursement','payment_received','allocation','release_to_ikm','penalty_accrual','write_off','reversal'))
);
--> statement-breakpoint
CREATE TABLE "finance_journal_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"account" text NOT NULL,
	"amount" numeric(20, 0) NOT NULL,
	"lender_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"akad_id" uuid,
	"escrow_account_id" uuid,
	CONSTRAINT "finance_journal_lines_account_check" CHECK ("finance_journal_lines"."account" in ('escrow','loan_principal','penalty_receivable','interest_income','penalty_income','ikm_payable','lender_cash','write_off_expense')),
	CONSTRAINT "finance_journal_lines_amount_check" CHECK ("finance_journal_lines"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "finance_schedule_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"akad_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reason" text NOT NULL,
	"terms" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finance_schedule_versions_reason_check" CHECK ("finance_schedule_versions"."reason" in ('signing','restructuring','prepayment'))
);
--> statement-breakpoint
ALTER TABLE "finance_applications" ADD CONSTRAINT "finance_applications_product_id_finance_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."finance_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_reviews" ADD CONSTRAINT "finance_reviews_application_id_finance_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."finance_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_underlyings" ADD CONSTRAINT "finance_underlyings_application_id_finance_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."finance_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_akads" ADD CONSTRAINT "finance_akads_escrow_account_id_finance_escrow_accounts_id_fk" FOREIGN KEY ("escrow_account_id") REFERENCES "public"."finance_escrow_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_escrow_payments" ADD CONSTRAINT "finance_escrow_payments_escrow_account_id_finance_escrow_accounts_id_fk" FOREIGN KEY ("escrow_account_id") REFERENCES "public"."finance_escrow_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_instalments" ADD CONSTRAINT "finance_instalments_akad_id_finance_akads_id_fk" FOREIGN KEY ("akad_id") REFERENCES "public"."finance_akads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_journal_lines" ADD CONSTRAINT "finance_journal_lines_entry_id_finance_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."finance_journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_schedule_versions" ADD CONSTRAINT "finance_schedule_versions_akad_id_finance_akads_id_fk" FOREIGN KEY ("akad_id") REFERENCES "public"."finance_akads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "finance_applications_reference_uq" ON "finance_applications" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "finance_applications_lender_idx" ON "finance_applications" USING btree ("lender_org_id","status");--> statement-breakpoint
CREATE INDEX "finance_applications_ikm_idx" ON "finance_applications" USING btree ("ikm_org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_products_lender_code_uq" ON "finance_products" USING btree ("lender_org_id","code");--> statement-breakpoint
CREATE INDEX "finance_reviews_app_idx" ON "finance_reviews" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_underlyings_app_ref_uq" ON "finance_underlyings" USING btree ("application_id","kind","ref_id");--> statement-breakpoint
CREATE INDEX "finance_underlyings_ref_idx" ON "finance_underlyings" USING btree ("kind","ref_id");--> statement-breakpoint
CREATE INDEX "finance_underlyings_buyer_idx" ON "finance_underlyings" USING btree ("buyer_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_akads_reference_uq" ON "finance_akads" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_akads_application_uq" ON "finance_akads" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "finance_akads_lender_idx" ON "finance_akads" USING btree ("lender_org_id","status");--> statement-breakpoint
CREATE INDEX "finance_akads_ikm_buyer_idx" ON "finance_akads" USING btree ("ikm_org_id","buyer_org_id");--> statement-breakpoint
CREATE INDEX "finance_akads_escrow_idx" ON "finance_akads" USING btree ("escrow_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_escrow_ikm_lender_uq" ON "finance_escrow_accounts" USING btree ("ikm_org_id","lender_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_escrow_account_no_uq" ON "finance_escrow_accounts" USING btree ("account_no");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_escrow_payments_key_uq" ON "finance_escrow_payments" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_escrow_payments_invoice_uq" ON "finance_escrow_payments" USING btree ("escrow_account_id","invoice_id") WHERE "finance_escrow_payments"."invoice_id" is not null and "finance_escrow_payments"."source_payment_id" is null and "finance_escrow_payments"."reversed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "finance_escrow_payments_source_uq" ON "finance_escrow_payments" USING btree ("source_payment_id") WHERE "finance_escrow_payments"."source_payment_id" is not null and "finance_escrow_payments"."reversed_at" is null;--> statement-breakpoint
CREATE INDEX "finance_escrow_payments_escrow_idx" ON "finance_escrow_payments" USING btree ("escrow_account_id","created_at");--> statement-breakpoint
CREATE INDEX "finance_escrow_payments_invoice_idx" ON "finance_escrow_payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "finance_journal_entries_akad_idx" ON "finance_journal_entries" USING btree ("akad_id");--> statement-breakpoint
CREATE INDEX "finance_journal_entries_payment_idx" ON "finance_journal_entries" USING btree ("payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_journal_entries_reverses_uq" ON "finance_journal_entries" USING btree ("reverses_entry_id");--> statement-breakpoint
CREATE INDEX "finance_journal_lines_entry_idx" ON "finance_journal_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "finance_journal_lines_akad_idx" ON "finance_journal_lines" USING btree ("akad_id","account");--> statement-breakpoint
CREATE INDEX "finance_journal_lines_escrow_idx" ON "finance_journal_lines" USING btree ("escrow_account_id","account");--> statement-breakpoint
CREATE INDEX "finance_journal_lines_lender_idx" ON "finance_journal_lines" USING btree ("lender_org_id","account");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_schedule_versions_uq" ON "finance_schedule_versions" USING btree ("akad_id","version");
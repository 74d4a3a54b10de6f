CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mou_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"mou_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mou_parties" (
	"mou_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"role" text NOT NULL,
	"market_access_per_year" numeric(20, 0),
	"signatory_name" text,
	"signatory_title" text,
	"signed_at" timestamp with time zone,
	"signed_by_user_id" uuid,
	"signed_by_name" text,
	"signed_document_hash" text,
	"sign_idempotency_key" text,
	CONSTRAINT "mou_parties_mou_id_org_id_pk" PRIMARY KEY("mou_id","org_id"),
	CONSTRAINT "mou_parties_role_check" CHECK ("mou_parties"."role" in ('initiator','ikm')),
	CONSTRAINT "mou_parties_share_check" CHECK ("mou_parties"."market_access_per_year" is null or "mou_parties"."market_access_per_year" >= 0)
);
--> statement-breakpoint
CREATE TABLE "mou_reminders" (
	"mou_id" uuid NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mou_reminders_mou_id_days_before_pk" PRIMARY KEY("mou_id","days_before")
);
--> statement-breakpoint
CREATE TABLE "mou_sequences" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mous" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"initiator_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"parts" jsonb NOT NULL,
	"obligations" jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text NOT NULL,
	"total_market_access_per_year" numeric(20, 0) NOT NULL,
	"termination_reason" text,
	"sent_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mous_dates_check" CHECK ("mous"."end_date" > "mous"."start_date"),
	CONSTRAINT "mous_status_check" CHECK ("mous"."status" in ('draft','sent','partially_signed','signed','active','expired','terminated'))
);
--> statement-breakpoint
CREATE TABLE "development_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"action" text NOT NULL,
	"to_stage" text,
	"note" text,
	"actor_user_id" uuid,
	"actor_org_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_org_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_gates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"status" text NOT NULL,
	"checklist" jsonb NOT NULL,
	"owner_name" text,
	"owner_user_id" uuid,
	"due_date" date,
	"approver_user_id" uuid,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"rejections" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "development_gates_status_check" CHECK ("development_gates"."status" in ('open','submitted','approved','rejected'))
);
--> statement-breakpoint
CREATE TABLE "development_projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"part_name" text NOT NULL,
	"part_number" text,
	"description" text,
	"material" text,
	"need_id" uuid,
	"mou_id" uuid,
	"stage" text NOT NULL,
	"status" text NOT NULL,
	"ppap_elements" text[] NOT NULL,
	"cancel_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "development_projects_stage_check" CHECK ("development_projects"."stage" in ('rfq','quotation','sample','trial_production','approval','mass_production')),
	CONSTRAINT "development_projects_status_check" CHECK ("development_projects"."status" in ('active','completed','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "development_sequences" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_sequences" (
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "order_sequences_kind_year_pk" PRIMARY KEY("kind","year")
);
--> statement-breakpoint
CREATE TABLE "po_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"po_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"part_number" text NOT NULL,
	"part_name" text NOT NULL,
	"uom" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" numeric(20, 0) NOT NULL,
	"amount" numeric(20, 0) NOT NULL,
	"delivered_qty" integer DEFAULT 0 NOT NULL,
	"accepted_qty" integer DEFAULT 0 NOT NULL,
	"rejected_qty" integer DEFAULT 0 NOT NULL,
	"invoiced_qty" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "po_lines_quantity_check" CHECK ("po_lines"."quantity" > 0),
	CONSTRAINT "po_lines_delivered_check" CHECK ("po_lines"."delivered_qty" >= 0 and "po_lines"."delivered_qty" - "po_lines"."rejected_qty" <= "po_lines"."quantity"),
	CONSTRAINT "po_lines_received_check" CHECK ("po_lines"."accepted_qty" >= 0 and "po_lines"."rejected_qty" >= 0 and "po_lines"."accepted_qty" + "po_lines"."rejected_qty" <= "po_lines"."delivered_qty"),
	CONSTRAINT "po_lines_invoiced_check" CHECK ("po_lines"."invoiced_qty" >= 0 and "po_lines"."invoiced_qty" <= "po_lines"."accepted_qty")
);
--> statement-breakpoint
CREATE TABLE "po_revisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"po_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"reason" text NOT NULL,
	"previous" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "po_schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"po_line_id" uuid NOT NULL,
	"po_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"due_date" date NOT NULL,
	"quantity" integer NOT NULL,
	"cum_quantity" integer NOT NULL,
	"fulfilled_on" date
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"order_date" date NOT NULL,
	"payment_terms_days" integer NOT NULL,
	"ppn_rate_bp" integer NOT NULL,
	"subtotal" numeric(20, 0) NOT NULL,
	"ppn_amount" numeric(20, 0) NOT NULL,
	"total" numeric(20, 0) NOT NULL,
	"delivery_address" text,
	"notes" text,
	"mou_id" uuid,
	"project_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"first_acknowledged_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"answer_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "purchase_orders_status_check" CHECK ("purchase_orders"."status" in ('issued','acknowledged','rejected','fulfilled','cancelled')),
	CONSTRAINT "purchase_orders_terms_check" CHECK ("purchase_orders"."payment_terms_days" between 0 and 365),
	CONSTRAINT "purchase_orders_ppn_check" CHECK ("purchase_orders"."ppn_rate_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "delivery_note_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"delivery_note_id" uuid NOT NULL,
	"po_line_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"received_qty" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "delivery_note_lines_qty_check" CHECK ("delivery_note_lines"."quantity" > 0 and "delivery_note_lines"."received_qty" >= 0 and "delivery_note_lines"."received_qty" <= "delivery_note_lines"."quantity")
);
--> statement-breakpoint
CREATE TABLE "delivery_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"po_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"delivered_on" date NOT NULL,
	"vehicle" text,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goods_receipt_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"receipt_id" uuid NOT NULL,
	"delivery_note_line_id" uuid NOT NULL,
	"po_line_id" uuid NOT NULL,
	"accepted_qty" integer NOT NULL,
	"rejected_qty" integer NOT NULL,
	"reject_reason" text,
	CONSTRAINT "goods_receipt_lines_qty_check" CHECK ("goods_receipt_lines"."accepted_qty" >= 0 and "goods_receipt_lines"."rejected_qty" >= 0 and "goods_receipt_lines"."accepted_qty" + "goods_receipt_lines"."rejected_qty" > 0)
);
--> statement-breakpoint
CREATE TABLE "goods_receipts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"delivery_note_id" uuid NOT NULL,
	"po_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"accepted_qty" integer NOT NULL,
	"rejected_qty" integer NOT NULL,
	"notes" text,
	"idempotency_key" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"invoice_id" uuid NOT NULL,
	"po_line_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" numeric(20, 0) NOT NULL,
	"amount" numeric(20, 0) NOT NULL,
	CONSTRAINT "invoice_lines_qty_check" CHECK ("invoice_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"supplier_invoice_no" text,
	"po_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"invoice_date" date NOT NULL,
	"due_date" date NOT NULL,
	"ppn_rate_bp" integer NOT NULL,
	"subtotal" numeric(20, 0) NOT NULL,
	"ppn_amount" numeric(20, 0) NOT NULL,
	"total" numeric(20, 0) NOT NULL,
	"paid_amount" numeric(20, 0) DEFAULT '0' NOT NULL,
	"status" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"due_notified_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "invoices_status_check" CHECK ("invoices"."status" in ('issued','paid')),
	CONSTRAINT "invoices_paid_check" CHECK ("invoices"."paid_amount" >= 0 and "invoices"."paid_amount" <= "invoices"."total")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"invoice_id" uuid NOT NULL,
	"po_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"ikm_org_id" uuid NOT NULL,
	"amount" numeric(20, 0) NOT NULL,
	"paid_on" date NOT NULL,
	"method" text NOT NULL,
	"external_ref" text,
	"idempotency_key" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payments_amount_check" CHECK ("payments"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "mou_documents" ADD CONSTRAINT "mou_documents_mou_id_mous_id_fk" FOREIGN KEY ("mou_id") REFERENCES "public"."mous"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mou_parties" ADD CONSTRAINT "mou_parties_mou_id_mous_id_fk" FOREIGN KEY ("mou_id") REFERENCES "public"."mous"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mou_reminders" ADD CONSTRAINT "mou_reminders_mou_id_mous_id_fk" FOREIGN KEY ("mou_id") REFERENCES "public"."mous"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_events" ADD CONSTRAINT "development_events_project_id_development_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."development_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_files" ADD CONSTRAINT "development_files_project_id_development_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."development_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_gates" ADD CONSTRAINT "development_gates_project_id_development_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."development_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "po_lines" ADD CONSTRAINT "po_lines_po_id_purchase_orders_id_fk" FOREIGN KEY ("po_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "po_revisions" ADD CONSTRAINT "po_revisions_po_id_purchase_orders_id_fk" FOREIGN KEY ("po_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "po_schedules" ADD CONSTRAINT "po_schedules_po_line_id_po_lines_id_fk" FOREIGN KEY ("po_line_id") REFERENCES "public"."po_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_note_lines" ADD CONSTRAINT "delivery_note_lines_delivery_note_id_delivery_notes_id_fk" FOREIGN KEY ("delivery_note_id") REFERENCES "public"."delivery_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_note_lines" ADD CONSTRAINT "delivery_note_lines_po_line_id_po_lines_id_fk" FOREIGN KEY ("po_line_id") REFERENCES "public"."po_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_notes" ADD CONSTRAINT "delivery_notes_po_id_purchase_orders_id_fk" FOREIGN KEY ("po_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_receipt_lines" ADD CONSTRAINT "goods_receipt_lines_receipt_id_goods_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."goods_receipts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_receipt_lines" ADD CONSTRAINT "goods_receipt_lines_delivery_note_line_id_delivery_note_lines_id_fk" FOREIGN KEY ("delivery_note_line_id") REFERENCES "public"."delivery_note_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_receipt_lines" ADD CONSTRAINT "goods_receipt_lines_po_line_id_po_lines_id_fk" FOREIGN KEY ("po_line_id") REFERENCES "public"."po_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_receipts" ADD CONSTRAINT "goods_receipts_delivery_note_id_delivery_notes_id_fk" FOREIGN KEY ("delivery_note_id") REFERENCES "public"."delivery_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_receipts" ADD CONSTRAINT "goods_receipts_po_id_purchase_orders_id_fk" FOREIGN KEY ("po_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_po_line_id_po_lines_id_fk" FOREIGN KEY ("po_line_id") REFERENCES "public"."po_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_po_id_purchase_orders_id_fk" FOREIGN KEY ("po_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "mou_documents_mou_idx" ON "mou_documents" USING btree ("mou_id");--> statement-breakpoint
CREATE INDEX "mou_parties_org_idx" ON "mou_parties" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mou_parties_sign_key_uq" ON "mou_parties" USING btree ("mou_id","sign_idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "mous_reference_uq" ON "mous" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "mous_initiator_idx" ON "mous" USING btree ("initiator_org_id","created_at");--> statement-breakpoint
CREATE INDEX "mous_status_end_idx" ON "mous" USING btree ("status","end_date");--> statement-breakpoint
CREATE INDEX "development_events_project_idx" ON "development_events" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "development_files_project_idx" ON "development_files" USING btree ("project_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "development_gates_project_stage_uq" ON "development_gates" USING btree ("project_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "development_projects_reference_uq" ON "development_projects" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "development_projects_buyer_idx" ON "development_projects" USING btree ("buyer_org_id","stage");--> statement-breakpoint
CREATE INDEX "development_projects_ikm_idx" ON "development_projects" USING btree ("ikm_org_id","stage");--> statement-breakpoint
CREATE INDEX "development_projects_stage_idx" ON "development_projects" USING btree ("stage");--> statement-breakpoint
CREATE UNIQUE INDEX "po_lines_po_line_uq" ON "po_lines" USING btree ("po_id","line_no");--> statement-breakpoint
CREATE UNIQUE INDEX "po_revisions_po_revision_uq" ON "po_revisions" USING btree ("po_id","revision");--> statement-breakpoint
CREATE INDEX "po_schedules_line_idx" ON "po_schedules" USING btree ("po_line_id","seq");--> statement-breakpoint
CREATE INDEX "po_schedules_buyer_due_idx" ON "po_schedules" USING btree ("buyer_org_id","due_date");--> statement-breakpoint
CREATE INDEX "po_schedules_ikm_due_idx" ON "po_schedules" USING btree ("ikm_org_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_orders_reference_uq" ON "purchase_orders" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "purchase_orders_ikm_status_idx" ON "purchase_orders" USING btree ("ikm_org_id","status","order_date");--> statement-breakpoint
CREATE INDEX "purchase_orders_buyer_status_idx" ON "purchase_orders" USING btree ("buyer_org_id","status","order_date");--> statement-breakpoint
CREATE INDEX "purchase_orders_buyer_date_idx" ON "purchase_orders" USING btree ("buyer_org_id","order_date");--> statement-breakpoint
CREATE INDEX "purchase_orders_ikm_date_idx" ON "purchase_orders" USING btree ("ikm_org_id","order_date");--> statement-breakpoint
CREATE INDEX "delivery_note_lines_note_idx" ON "delivery_note_lines" USING btree ("delivery_note_id");--> statement-breakpoint
CREATE INDEX "delivery_note_lines_po_line_idx" ON "delivery_note_lines" USING btree ("po_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_notes_reference_uq" ON "delivery_notes" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "delivery_notes_po_idx" ON "delivery_notes" USING btree ("po_id");--> statement-breakpoint
CREATE INDEX "delivery_notes_buyer_idx" ON "delivery_notes" USING btree ("buyer_org_id","delivered_on");--> statement-breakpoint
CREATE INDEX "delivery_notes_ikm_idx" ON "delivery_notes" USING btree ("ikm_org_id","delivered_on");--> statement-breakpoint
CREATE INDEX "goods_receipt_lines_receipt_idx" ON "goods_receipt_lines" USING btree ("receipt_id");--> statement-breakpoint
CREATE UNIQUE INDEX "goods_receipts_reference_uq" ON "goods_receipts" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "goods_receipts_idempotency_uq" ON "goods_receipts" USING btree ("buyer_org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "goods_receipts_buyer_idx" ON "goods_receipts" USING btree ("buyer_org_id","received_on");--> statement-breakpoint
CREATE INDEX "goods_receipts_ikm_idx" ON "goods_receipts" USING btree ("ikm_org_id","received_on");--> statement-breakpoint
CREATE INDEX "goods_receipts_po_idx" ON "goods_receipts" USING btree ("po_id");--> statement-breakpoint
CREATE INDEX "goods_receipts_note_idx" ON "goods_receipts" USING btree ("delivery_note_id");--> statement-breakpoint
CREATE INDEX "invoice_lines_invoice_idx" ON "invoice_lines" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_reference_uq" ON "invoices" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_idempotency_uq" ON "invoices" USING btree ("ikm_org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "invoices_buyer_idx" ON "invoices" USING btree ("buyer_org_id","status","due_date");--> statement-breakpoint
CREATE INDEX "invoices_ikm_idx" ON "invoices" USING btree ("ikm_org_id","status","due_date");--> statement-breakpoint
CREATE INDEX "invoices_po_idx" ON "invoices" USING btree ("po_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_idempotency_uq" ON "payments" USING btree ("buyer_org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "payments_invoice_idx" ON "payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "payments_ikm_idx" ON "payments" USING btree ("ikm_org_id","paid_on");
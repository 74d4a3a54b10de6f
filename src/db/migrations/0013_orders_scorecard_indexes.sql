DROP INDEX "po_schedules_buyer_due_idx";--> statement-breakpoint
DROP INDEX "po_schedules_ikm_due_idx";--> statement-breakpoint
DROP INDEX "purchase_orders_buyer_date_idx";--> statement-breakpoint
DROP INDEX "purchase_orders_ikm_date_idx";--> statement-breakpoint
DROP INDEX "goods_receipts_buyer_idx";--> statement-breakpoint
DROP INDEX "goods_receipts_ikm_idx";--> statement-breakpoint
CREATE INDEX "po_lines_volume_idx" ON "po_lines" USING btree ("po_id","part_number","quantity","amount");--> statement-breakpoint
CREATE INDEX "po_schedules_buyer_due_idx" ON "po_schedules" USING btree ("buyer_org_id","due_date","ikm_org_id","fulfilled_on","po_id");--> statement-breakpoint
CREATE INDEX "po_schedules_ikm_due_idx" ON "po_schedules" USING btree ("ikm_org_id","due_date","buyer_org_id","fulfilled_on","po_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_buyer_date_idx" ON "purchase_orders" USING btree ("buyer_org_id","order_date","ikm_org_id","status","issued_at","first_acknowledged_at");--> statement-breakpoint
CREATE INDEX "purchase_orders_ikm_date_idx" ON "purchase_orders" USING btree ("ikm_org_id","order_date","buyer_org_id","status","issued_at","first_acknowledged_at");--> statement-breakpoint
CREATE INDEX "goods_receipts_buyer_idx" ON "goods_receipts" USING btree ("buyer_org_id","received_on","ikm_org_id","accepted_qty","rejected_qty");--> statement-breakpoint
CREATE INDEX "goods_receipts_ikm_idx" ON "goods_receipts" USING btree ("ikm_org_id","received_on","buyer_org_id","accepted_qty","rejected_qty");
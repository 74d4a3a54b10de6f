ALTER TABLE "finance_journal_entries" DROP CONSTRAINT "finance_journal_entries_kind_check";--> statement-breakpoint
DROP INDEX "finance_escrow_payments_invoice_idx";--> statement-breakpoint
DROP INDEX "finance_journal_lines_lender_idx";--> statement-breakpoint
DROP INDEX "finance_escrow_payments_invoice_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "finance_escrow_payments_invoice_uq" ON "finance_escrow_payments" USING btree ("invoice_id","escrow_account_id") WHERE "finance_escrow_payments"."invoice_id" is not null and "finance_escrow_payments"."source_payment_id" is null and "finance_escrow_payments"."reversed_at" is null;--> statement-breakpoint
ALTER TABLE "finance_journal_entries" ADD CONSTRAINT "finance_journal_entries_kind_check" CHECK ("finance_journal_entries"."kind" in ('disbursement','payment_received','allocation','settlement','release_to_ikm','penalty_accrual','write_off','reversal'));
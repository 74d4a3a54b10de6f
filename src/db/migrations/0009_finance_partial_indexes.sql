DROP INDEX "finance_journal_entries_akad_idx";--> statement-breakpoint
DROP INDEX "finance_journal_entries_payment_idx";--> statement-breakpoint
DROP INDEX "finance_journal_entries_reverses_uq";--> statement-breakpoint
DROP INDEX "finance_journal_lines_akad_idx";--> statement-breakpoint
DROP INDEX "finance_journal_lines_escrow_idx";--> statement-breakpoint
CREATE INDEX "finance_journal_entries_akad_idx" ON "finance_journal_entries" USING btree ("akad_id") WHERE "finance_journal_entries"."akad_id" is not null;--> statement-breakpoint
CREATE INDEX "finance_journal_entries_payment_idx" ON "finance_journal_entries" USING btree ("payment_id") WHERE "finance_journal_entries"."payment_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "finance_journal_entries_reverses_uq" ON "finance_journal_entries" USING btree ("reverses_entry_id") WHERE "finance_journal_entries"."reverses_entry_id" is not null;--> statement-breakpoint
CREATE INDEX "finance_journal_lines_akad_idx" ON "finance_journal_lines" USING btree ("akad_id","account") WHERE "finance_journal_lines"."akad_id" is not null;--> statement-breakpoint
CREATE INDEX "finance_journal_lines_escrow_idx" ON "finance_journal_lines" USING btree ("escrow_account_id","account") WHERE "finance_journal_lines"."escrow_account_id" is not null;
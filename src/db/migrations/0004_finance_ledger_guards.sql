-- The finance ledger is append-only and double-entry, enforced by the database itself:
--  * UPDATE, DELETE and TRUNCATE of journal entries and lines are refused (corrections are reversing entries);
--  * after every INSERT statement on lines, each entry it touched must have at least two lines summing to zero
--    (the lines of an entry are written in one statement);
--  * at commit (deferred constraint trigger), every new entry must balance — an entry without lines cannot commit.
CREATE TRIGGER finance_journal_entries_no_update BEFORE UPDATE OR DELETE ON finance_journal_entries
  FOR EACH ROW EXECUTE FUNCTION lingkar_reject_change();
--> statement-breakpoint
CREATE TRIGGER finance_journal_entries_no_truncate BEFORE TRUNCATE ON finance_journal_entries
  FOR EACH STATEMENT EXECUTE FUNCTION lingkar_reject_change();
--> statement-breakpoint
CREATE TRIGGER finance_journal_lines_no_update BEFORE UPDATE OR DELETE ON finance_journal_lines
  FOR EACH ROW EXECUTE FUNCTION lingkar_reject_change();
--> statement-breakpoint
CREATE TRIGGER finance_journal_lines_no_truncate BEFORE TRUNCATE ON finance_journal_lines
  FOR EACH STATEMENT EXECUTE FUNCTION lingkar_reject_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION finance_check_inserted_lines() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad uuid;
BEGIN
  SELECT t.entry_id INTO bad
  FROM (SELECT DISTINCT entry_id FROM inserted_lines) t
  CROSS JOIN LATERAL (SELECT coalesce(sum(l.amount), 0) AS s, count(*) AS n FROM finance_journal_lines l WHERE l.entry_id = t.entry_id) x
  WHERE x.s <> 0 OR x.n < 2
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % does not balance: its lines must sum to zero', bad USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER finance_journal_lines_balanced AFTER INSERT ON finance_journal_lines
  REFERENCING NEW TABLE AS inserted_lines FOR EACH STATEMENT EXECUTE FUNCTION finance_check_inserted_lines();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION finance_check_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s numeric;
  n bigint;
BEGIN
  SELECT coalesce(sum(amount), 0), count(*) INTO s, n FROM finance_journal_lines WHERE entry_id = NEW.id;
  IF s <> 0 OR n < 2 THEN
    RAISE EXCEPTION 'journal entry % does not balance at commit (% lines, sum %)', NEW.id, n, s USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER finance_journal_entries_balanced AFTER INSERT ON finance_journal_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION finance_check_entry_balanced();

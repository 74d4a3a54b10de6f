-- The ledger's balance checks become set-based, once per INSERT statement (they replace the foreign key from
-- lines to entries and the per-row deferred trigger of 0004, which cost a lookup per line and per entry):
--  * after an INSERT of lines: every line's entry exists, and every entry it touched has at least two lines
--    summing to zero;
--  * after an INSERT of entries: every new entry has at least two lines summing to zero.
-- An entry and its lines are therefore written by one statement (a data-modifying CTE); AFTER triggers fire at
-- the end of the whole statement. UPDATE, DELETE and TRUNCATE stay refused (0004), so a line's entry never goes away.
DROP TRIGGER IF EXISTS finance_journal_entries_balanced ON finance_journal_entries;
--> statement-breakpoint
DROP FUNCTION IF EXISTS finance_check_entry_balanced();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION finance_check_inserted_lines() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad uuid;
BEGIN
  SELECT t.entry_id INTO bad
  FROM (SELECT DISTINCT entry_id FROM inserted_lines) t
  CROSS JOIN LATERAL (SELECT coalesce(sum(l.amount), 0) AS s, count(*) AS n FROM finance_journal_lines l WHERE l.entry_id = t.entry_id) x
  WHERE x.s <> 0 OR x.n < 2 OR NOT EXISTS (SELECT 1 FROM finance_journal_entries e WHERE e.id = t.entry_id)
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % does not balance (or does not exist): its lines must sum to zero', bad USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION finance_check_inserted_entries() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad uuid;
BEGIN
  SELECT e.id INTO bad
  FROM inserted_entries e
  CROSS JOIN LATERAL (SELECT coalesce(sum(l.amount), 0) AS s, count(*) AS n FROM finance_journal_lines l WHERE l.entry_id = e.id) x
  WHERE x.s <> 0 OR x.n < 2
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % does not balance: an entry needs at least two lines summing to zero, written with it', bad USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER finance_journal_entries_balanced AFTER INSERT ON finance_journal_entries
  REFERENCING NEW TABLE AS inserted_entries FOR EACH STATEMENT EXECUTE FUNCTION finance_check_inserted_entries();

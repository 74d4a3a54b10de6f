-- The lines check of 0012 as per-entry index lookups: with a NOT EXISTS the planner may hash-join the transition
-- table against all journal entries (a sequential scan per INSERT statement). A scalar subquery per touched entry
-- uses the primary key instead; the rule checked is unchanged.
CREATE OR REPLACE FUNCTION finance_check_inserted_lines() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad uuid;
BEGIN
  SELECT t.entry_id INTO bad
  FROM (SELECT DISTINCT entry_id FROM inserted_lines) t
  CROSS JOIN LATERAL (
    SELECT coalesce(sum(l.amount), 0) AS s, count(*) AS n,
      (SELECT 1 FROM finance_journal_entries e WHERE e.id = t.entry_id LIMIT 1) AS present
    FROM finance_journal_lines l WHERE l.entry_id = t.entry_id) x
  WHERE x.s <> 0 OR x.n < 2 OR x.present IS NULL
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % does not balance (or does not exist): its lines must sum to zero', bad USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

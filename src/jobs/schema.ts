import { pgTable, uuid, text, timestamp, jsonb, integer, index } from 'drizzle-orm/pg-core';

/** Failed job attempts, visible to programme admins (both the pg-boss and the in-process runner write here). */
export const jobFailures = pgTable(
  'job_failures',
  {
    id: uuid('id').primaryKey(),
    job: text('job').notNull(),
    payload: jsonb('payload'),
    attempt: integer('attempt').notNull(),
    error: text('error').notNull(),
    final: text('final').notNull().default('retrying'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_failures_at_idx').on(t.at)],
);

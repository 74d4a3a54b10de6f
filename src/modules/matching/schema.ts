import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Weights } from './domain';

/** Matching weights per sector set by programme admins ('default' applies to needs without a sector rule). */
export const matchingWeights = pgTable('matching_weights', {
  sector: text('sector').primaryKey(),
  weights: jsonb('weights').$type<Weights>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

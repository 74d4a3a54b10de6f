import { pgTable, uuid, text, timestamp, jsonb, index } from 'drizzle-orm/pg-core';

/** Append-only: a trigger (migration 0001) rejects UPDATE, DELETE and TRUNCATE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorType: text('actor_type').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrgId: uuid('actor_org_id'),
    /** The organisation whose data changed (for organisation admins' audit view). */
    orgId: uuid('org_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_org_at_idx').on(t.orgId, t.at),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);

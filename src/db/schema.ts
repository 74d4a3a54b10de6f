// All tables, for drizzle-kit and the typed query builder. Each area owns its schema.ts.
export * from '../modules/identity/schema';
export * from '../modules/audit/schema';
export * from '../jobs/schema';
export * from '../modules/registry/schema';
export * from '../modules/finance/schema';
export * from '../modules/events/schema';
export * from '../modules/needs/schema';
export * from '../modules/matching/schema';
export * from '../modules/notifications/schema';
export * from '../modules/partnerships/schema';
export * from '../modules/development/schema';
export * from '../modules/orders/schema';

// All tables, for drizzle-kit and the typed query builder. Each area owns its schema.ts.
export * from '../modules/identity/schema';
export * from '../modules/audit/schema';
export * from '../jobs/schema';
export * from '../modules/registry/schema';

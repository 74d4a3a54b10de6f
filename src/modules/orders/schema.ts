// The orders area's tables: purchase orders (schema-po.ts) and fulfilment / billing (schema-fulfilment.ts).
export * from './schema-po';
export * from './schema-fulfilment';

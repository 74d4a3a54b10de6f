// Queries of the finance area, split by subject; services import this barrel.
export * from './store-products';
export * from './store-applications';
export * from './store-akads';
export * from './store-ledger';
export * from './store-reports';

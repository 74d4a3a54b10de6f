/** Registry domain: pure reference data and validators (no I/O, no clock). */
export * from './identifiers';
export * from './kbli';
export * from './areas';
export * from './vocabulary';
export * from './turnover-band';
export * from './certification-status';
export * from './profile-schema';
export * from './verification';
export * from './buyer-schema';

/** The needs area (part needs / RFQ): its public surface. */
export { createNeedsService, needPort, type NeedsService } from './service';
export { needsRoutes } from './routes';
export { createRegistryLookup, type RegistryLookup, type Vocabularies } from './registry-lookup';
export { scopeOf as needScopeOf, isProgramme, loadVisibleNeed, loadOwnNeed } from './access';
export { openNeedsForProcesses, type NeedRow, type NeedScope } from './store';
export { NEED_STATUSES, NEED_VISIBILITIES, type NeedStatus, type NeedVisibility } from './domain/rules';
export type { NeedInput, PlantInput } from './need-service';

export { createPartnershipsService, type PartnershipsService, type MouInput } from './service';
export { partnershipRoutes } from './routes';
export { createPartnershipsJob } from './job';
export { MOU_STATUSES, type MouStatus } from './domain/mou';
export type { MouView } from './view';

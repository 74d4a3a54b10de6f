/** The matching area (explainable IKM × part-need matching): its public surface. */
export { createMatchingService, needFeatures, CANDIDATE_LIMIT, type MatchingService, type MatchingSignals } from './service';
export { matchingRoutes } from './routes';
export { createLinkMatchServices, linkMatchRoutes, type LinkMatchServices } from './link-match';
export { findCandidates, candidateFilter, preScore } from './store';
export * as matchingDomain from './domain';

/**
 * Wiring of the three areas of the loop's steps 2–4: events (no dependency on needs), needs
 * (depends on events and the registry) and matching (depends on needs and the registry). The
 * events area describes meeting topics through the needs port plugged in here.
 */
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { createEventsService, eventsRoutes } from '../events';
import { createNeedsService, createRegistryLookup, needPort, needsRoutes } from '../needs';
import type { RegistryService } from '../registry';
import type { App } from '../../server/types';
import { matchingRoutes } from './routes';
import { createMatchingService, type MatchingSignals } from './service';

export function createLinkMatchServices(deps: Deps, audit: AuditService, registry: RegistryService | null, signals: MatchingSignals = {}) {
  const events = createEventsService(deps, audit);
  const needs = createNeedsService(deps, audit, createRegistryLookup(registry));
  events.useNeeds(needPort);
  const matching = createMatchingService(deps, audit, needs, signals);
  return { events, needs, matching };
}

export type LinkMatchServices = ReturnType<typeof createLinkMatchServices>;

/** The routes of needs, matching and events. */
export function linkMatchRoutes(s: LinkMatchServices) {
  return async function routes(app: App) {
    await app.register(needsRoutes(s.needs));
    await app.register(matchingRoutes(s.matching));
    await app.register(eventsRoutes(s.events));
  };
}

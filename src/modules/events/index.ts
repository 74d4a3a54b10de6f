/** The events area (Link & Match exhibition, meetings, scheduler): its public surface. */
export { createEventsService, type EventsService } from './service';
export { eventsRoutes } from './routes';
export { eventKpis } from './schedule-service';
export type { NeedPort, NeedSummary, MeetingView } from './meeting-service';
export { eventIdsOfOrg, findParticipantByOrg, findEvent as findEventRow } from './store';
export { MEETING_OUTCOMES, OUTCOME_LABELS, type MeetingOutcome } from './domain/meetings';
export type { EventKpis } from './domain/kpis';

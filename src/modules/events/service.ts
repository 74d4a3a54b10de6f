import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { createEventService } from './event-service';
import { createMeetingService, NO_NEEDS, type NeedPort } from './meeting-service';
import { createParticipantService } from './participant-service';
import { createScheduleService } from './schedule-service';

export type EventsService = ReturnType<typeof createEventsService>;

/**
 * The events area: events, participants and booths, meeting requests, the schedule, agendas and
 * KPIs. Part needs are described through a port the needs area plugs in (`useNeeds`), since
 * needs depend on events and not the other way round.
 */
export function createEventsService(deps: Deps, audit: AuditService) {
  let needs: NeedPort = NO_NEEDS;
  const port = () => needs;
  return {
    events: createEventService(deps, audit),
    participants: createParticipantService(deps, audit),
    meetings: createMeetingService(deps, audit, port),
    schedule: createScheduleService(deps, audit, port),
    useNeeds(p: NeedPort) {
      needs = p;
    },
  };
}

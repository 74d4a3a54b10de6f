import { createRoute } from '@tanstack/react-router';
import { appLayout } from '../../router-base';
import { guarded } from '../../components/guarded';
import { pageOf } from '../search';
import { AgendaPage } from './agenda-page';
import { BoothsPage } from './booths-page';
import { CataloguePage } from './catalogue-page';
import { EVENTS_ACCESS } from './common';
import { EventCreatePage } from './event-create-page';
import { EventEditPage } from './event-edit-page';
import { EventOverviewPage } from './event-overview-page';
import { EventsPage } from './events-page';
import { KpiPage } from './kpi-page';
import { MeetingsPage } from './meetings-page';
import { ParticipantsPage } from './participants-page';
import { SchedulePage } from './schedule-page';


/** Link & Match events: list, create/edit (programme), and each event's sections. */
export const eventsRoutes = [
  createRoute({ getParentRoute: () => appLayout, path: '/acara', validateSearch: (s: Record<string, unknown>): { page?: number } => ({ page: pageOf(s.page) }), component: guarded(EVENTS_ACCESS.read, EventsPage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/baru', component: guarded(EVENTS_ACCESS.programmeStaff, EventCreatePage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId', component: guarded(EVENTS_ACCESS.read, EventOverviewPage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId/ubah', component: guarded(EVENTS_ACCESS.programmeStaff, EventEditPage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId/katalog', component: guarded(EVENTS_ACCESS.read, CataloguePage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId/pertemuan', component: guarded(EVENTS_ACCESS.read, MeetingsPage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId/agenda', component: guarded(EVENTS_ACCESS.read, AgendaPage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId/peserta', component: guarded(EVENTS_ACCESS.programmeStaff, ParticipantsPage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId/stan', component: guarded(EVENTS_ACCESS.read, BoothsPage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId/jadwal', component: guarded(EVENTS_ACCESS.programmeStaff, SchedulePage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/acara/$eventId/kpi', component: guarded(EVENTS_ACCESS.read, KpiPage) }),
] as const;

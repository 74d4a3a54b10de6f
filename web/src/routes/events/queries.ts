import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, request } from '../../api/client';
import type { Page } from '../../api/types';
import type { Agenda, Availability, Booth, BoothInput, EventInput, EventKpis, Exhibitor, LinkEvent, Meeting, MeetingOutcome, MeetingStatus, Participant, ParticipantRole, ScheduleRun, TablePlan } from '../../api/events-types';

export const PAGE_SIZE = 20;
const base = (id: string) => `/api/events/${id}`;

export const eventsQuery = (page: number) =>
  queryOptions({
    queryKey: ['events', 'list', page],
    queryFn: ({ signal }) => api.get<Page<LinkEvent>>('/api/events', { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const eventQuery = (id: string) => queryOptions({ queryKey: ['events', 'one', id], queryFn: ({ signal }) => api.get<LinkEvent>(base(id), undefined, signal) });

/** The caller's own registration, or null when not registered (404). */
export const myParticipantQuery = (id: string) =>
  queryOptions({
    queryKey: ['events', id, 'me'],
    queryFn: async ({ signal }) => {
      try {
        return await api.get<Participant>(`${base(id)}/participants/me`, undefined, signal);
      } catch (e) {
        if ((e as { status?: number }).status === 404) return null;
        throw e;
      }
    },
  });

export const participantsQuery = (id: string, f: { role?: ParticipantRole; kind?: string } = {}) =>
  queryOptions({ queryKey: ['events', id, 'participants', f], queryFn: ({ signal }) => api.get<Participant[]>(`${base(id)}/participants`, f, signal) });

export const exhibitorsQuery = (id: string) => queryOptions({ queryKey: ['events', id, 'exhibitors'], queryFn: ({ signal }) => api.get<Exhibitor[]>(`${base(id)}/exhibitors`, undefined, signal) });
export const boothsQuery = (id: string) => queryOptions({ queryKey: ['events', id, 'booths'], queryFn: ({ signal }) => api.get<Booth[]>(`${base(id)}/booths`, undefined, signal) });

export const meetingsQuery = (id: string, f: { status?: MeetingStatus; participantId?: string } = {}) =>
  queryOptions({ queryKey: ['events', id, 'meetings', f], queryFn: ({ signal }) => api.get<Meeting[]>(`${base(id)}/meetings`, f, signal) });

export const agendaQuery = (id: string, participantId?: string) =>
  queryOptions({ queryKey: ['events', id, 'agenda', participantId ?? 'me'], queryFn: ({ signal }) => api.get<Agenda>(`${base(id)}/agenda`, { participantId }, signal) });

export const availabilityQuery = (id: string, participantId: string) =>
  queryOptions({ queryKey: ['events', id, 'availability', participantId], queryFn: ({ signal }) => api.get<Availability>(`${base(id)}/participants/${participantId}/availability`, undefined, signal) });

export const tablePlanQuery = (id: string) => queryOptions({ queryKey: ['events', id, 'table-plan'], queryFn: ({ signal }) => api.get<TablePlan>(`${base(id)}/table-plan`, undefined, signal) });
export const kpisQuery = (id: string) => queryOptions({ queryKey: ['events', id, 'kpis'], queryFn: ({ signal }) => api.get<EventKpis>(`${base(id)}/kpis`, undefined, signal) });

/** Links to the agenda files (the browser downloads them with the session cookie). */
export function agendaFileUrl(id: string, ext: 'pdf' | 'ics', participantId?: string): string {
  return `${base(id)}/agenda.${ext}${participantId ? `?participantId=${encodeURIComponent(participantId)}` : ''}`;
}

export const eventsApi = {
  create: (input: EventInput) => api.post<LinkEvent>('/api/events', input),
  update: (id: string, patch: Partial<EventInput> & { status?: LinkEvent['status'] }) => api.patch<LinkEvent>(base(id), patch),
  register: (id: string, body: { orgId?: string; role: ParticipantRole; contactName?: string | null; contactEmail?: string | null; contactPhone?: string | null; note?: string | null }) =>
    api.post<Participant>(`${base(id)}/participants`, body),
  cancelRegistration: (id: string, participantId: string) => api.delete(`${base(id)}/participants/${participantId}`),
  setAvailability: (id: string, participantId: string, unavailableSlotIds: string[]) =>
    request<Availability>('PUT', `${base(id)}/participants/${participantId}/availability`, { body: { unavailableSlotIds } }),
  checkInParticipant: (id: string, participantId: string) => api.post<Participant>(`${base(id)}/participants/${participantId}/check-in`),
  createBooth: (id: string, input: BoothInput) => api.post<Booth>(`${base(id)}/booths`, input),
  updateBooth: (id: string, boothId: string, input: Partial<BoothInput>) => api.patch<Booth>(`${base(id)}/booths/${boothId}`, input),
  requestMeeting: (id: string, body: { toParticipantId: string; message?: string | null; needId?: string | null }) => api.post<Meeting>(`${base(id)}/meetings`, body),
  addPriority: (id: string, body: { aParticipantId: string; bParticipantId: string; priority: number; message?: string | null }) => api.post<Meeting>(`${base(id)}/priority-meetings`, body),
  respond: (meetingId: string, action: 'accept' | 'decline' | 'cancel', message?: string | null) => api.post<Meeting>(`/api/meetings/${meetingId}/${action}`, message ? { message } : {}),
  setPriority: (meetingId: string, priority: number) => api.patch<Meeting>(`/api/meetings/${meetingId}/priority`, { priority }),
  checkInMeeting: (meetingId: string) => api.post<Meeting>(`/api/meetings/${meetingId}/check-in`),
  recordOutcome: (meetingId: string, outcome: MeetingOutcome, note?: string | null) => request<Meeting>('PUT', `/api/meetings/${meetingId}/outcome`, { body: { outcome, note: note || null } }),
  schedule: (id: string, body: { replanAll: boolean; confirm: boolean }) => api.post<ScheduleRun>(`${base(id)}/schedule`, body),
  confirmSchedule: (id: string) => api.post<{ confirmed: number }>(`${base(id)}/schedule/confirm`),
};

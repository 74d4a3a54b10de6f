import { z } from 'zod';
import { errorResponses, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { agendaBody, kpiBody, meetingBody, meetingRequestBody, meetingStatusQuery, outcomeBody, priorityMeetingBody, scheduleRunBody, tablePlanBody } from './http-schemas';
import type { EventsService } from './service';

const tags = ['events'];
const agendaQuery = z.object({ participantId: z.uuid().optional() });
const respondBody = z.object({ message: z.string().trim().max(2000).nullish() }).nullish();

/** Meeting requests, the schedule, agendas (JSON, PDF, iCalendar), the table plan and KPIs. */
export function meetingRoutes(service: EventsService) {
  const { meetings, schedule } = service;
  return async function routes(app: App) {
    app.get('/api/events/:id/meetings', {
      schema: { tags, summary: "Meeting requests and meetings (own participant's; programme staff: all)", params: idParam, querystring: meetingStatusQuery, response: { 200: z.array(meetingBody), ...errorResponses } },
    }, async (req) => meetings.list(requireActor(req), req.params.id, req.query));

    app.post('/api/events/:id/meetings', {
      schema: { tags, summary: 'Ask another participant for a meeting (buyer → IKM or IKM → buyer), with a message and optionally a part need', params: idParam, body: meetingRequestBody, response: { 201: meetingBody, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await meetings.request(requireActor(req), req.params.id, req.body)));

    app.post('/api/events/:id/priority-meetings', {
      schema: { tags, summary: 'Add a priority meeting the programme wants to happen (programme staff; accepted at once)', params: idParam, body: priorityMeetingBody, response: { 201: meetingBody, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await meetings.addPriority(requireActor(req), req.params.id, req.body)));

    app.get('/api/meetings/:id', { schema: { tags, summary: 'One meeting (its sides and programme staff)', params: idParam, response: { 200: meetingBody, ...errorResponses } } }, async (req) =>
      meetings.get(requireActor(req), req.params.id));

    for (const action of ['accept', 'decline', 'cancel'] as const) {
      app.post(`/api/meetings/:id/${action}`, {
        schema: {
          tags,
          summary: action === 'cancel' ? 'Cancel a pending or accepted meeting (either side or programme staff); its place is freed' : `${action === 'accept' ? 'Accept' : 'Decline'} a meeting request (the side that was asked)`,
          params: idParam,
          body: respondBody,
          response: { 200: meetingBody, ...errorResponses },
        },
      }, async (req) => meetings.respond(requireActor(req), req.params.id, action, req.body?.message));
    }

    app.patch('/api/meetings/:id/priority', {
      schema: { tags, summary: 'Set the scheduling priority of a meeting (programme staff)', params: idParam, body: z.object({ priority: z.number().int().min(1).max(10) }), response: { 200: meetingBody, ...errorResponses } },
    }, async (req) => meetings.setPriority(requireActor(req), req.params.id, req.body.priority));

    app.post('/api/meetings/:id/check-in', {
      schema: { tags, summary: 'Mark a scheduled meeting as started (either side or programme staff)', params: idParam, response: { 200: meetingBody, ...errorResponses } },
    }, async (req) => meetings.checkIn(requireActor(req), req.params.id));

    app.put('/api/meetings/:id/outcome', {
      schema: { tags, summary: 'Record the outcome of a meeting: no_show, not_interested, interested, quotation_requested, mou_intended', params: idParam, body: outcomeBody, response: { 200: meetingBody, ...errorResponses } },
    }, async (req) => meetings.recordOutcome(requireActor(req), req.params.id, req.body));

    app.post('/api/events/:id/schedule', {
      schema: {
        tags,
        summary: 'Schedule accepted meetings into slots and tables (programme staff). Confirmed meetings stay put unless replanAll; confirm=true confirms the result',
        params: idParam,
        body: z.object({ replanAll: z.boolean().optional(), confirm: z.boolean().optional() }).nullish(),
        response: { 200: scheduleRunBody, ...errorResponses },
      },
    }, async (req) => schedule.schedule(requireActor(req), req.params.id, { replanAll: req.body?.replanAll ?? false, confirm: req.body?.confirm ?? false }));

    app.post('/api/events/:id/schedule/confirm', {
      schema: { tags, summary: 'Confirm every scheduled meeting to the participants (programme staff)', params: idParam, response: { 200: z.object({ confirmed: z.number().int() }), ...errorResponses } },
    }, async (req) => schedule.confirm(requireActor(req), req.params.id));

    app.get('/api/events/:id/agenda', {
      schema: { tags, summary: "Personal agenda: the caller's accepted meetings in time order (programme staff: any participant)", params: idParam, querystring: agendaQuery, response: { 200: agendaBody, ...errorResponses } },
    }, async (req) => schedule.agenda(requireActor(req), req.params.id, req.query.participantId));

    app.get('/api/events/:id/agenda.pdf', {
      schema: { tags, summary: 'Personal agenda as a printable PDF (A4)', params: idParam, querystring: agendaQuery, produces: ['application/pdf'], response: { 200: z.any().describe('PDF document'), ...errorResponses } },
    }, async (req, reply) => {
      const pdf = await schedule.agendaPdf(requireActor(req), req.params.id, req.query.participantId);
      return reply.type('application/pdf').header('content-disposition', 'attachment; filename="agenda.pdf"').send(pdf);
    });

    app.get('/api/events/:id/agenda.ics', {
      schema: { tags, summary: 'Personal agenda as iCalendar (.ics), times in UTC', params: idParam, querystring: agendaQuery, produces: ['text/calendar'], response: { 200: z.any().describe('iCalendar file'), ...errorResponses } },
    }, async (req, reply) => {
      const ics = await schedule.agendaIcs(requireActor(req), req.params.id, req.query.participantId);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="agenda.ics"').send(ics);
    });

    app.get('/api/events/:id/table-plan', {
      schema: { tags, summary: 'Table plan per slot for the organisers (programme staff)', params: idParam, response: { 200: tablePlanBody, ...errorResponses } },
    }, async (req) => schedule.tablePlan(requireActor(req), req.params.id));

    app.get('/api/events/:id/kpis', {
      schema: { tags, summary: 'KPI summary of the event: registrations, requests, scheduled and held meetings, outcomes (aggregates only)', params: idParam, response: { 200: kpiBody, ...errorResponses } },
    }, async (req) => schedule.kpis(requireActor(req), req.params.id));

  };
}

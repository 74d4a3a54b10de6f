import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { errorResponses, idParam, okBody, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import {
  boothBody,
  boothInput,
  createEventBody,
  eventBody,
  exhibitorBody,
  participantBody,
  registerBody,
  updateEventBody,
} from './http-schemas';
import { meetingRoutes } from './meeting-routes';
import type { EventsService } from './service';

const participantParams = z.object({ id: z.uuid(), participantId: z.uuid() });
const tags = ['events'];

const toSlots = (slots?: { startsAt: string; endsAt: string }[]) => slots?.map((s) => ({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }));

/** Link & Match events: the event, its participants, booths and catalogue (meetings and schedule in meeting-routes.ts). */
export function eventsRoutes(service: EventsService) {
  const { events, participants } = service;
  return async function routes(app: App) {
    app.get('/api/events', {
      schema: { tags, summary: 'Link & Match events (drafts for programme staff only)', querystring: pageQuery, response: { 200: pageSchema(eventBody), ...errorResponses } },
    }, async (req) => events.listEvents(requireActor(req), req.query));

    app.post('/api/events', {
      schema: { tags, summary: 'Create an event with its time slots (programme staff); slots explicit or from a plan in WIB', body: createEventBody, response: { 201: eventBody, ...errorResponses } },
    }, async (req, reply) => {
      const b = req.body;
      const created = await events.createEvent(requireActor(req), { ...b, registrationOpensAt: new Date(b.registrationOpensAt), registrationClosesAt: new Date(b.registrationClosesAt), slots: toSlots(b.slots) });
      return reply.status(201).send(created);
    });

    app.get('/api/events/:id', { schema: { tags, summary: 'One event with its slots', params: idParam, response: { 200: eventBody, ...errorResponses } } }, async (req) =>
      events.getEvent(requireActor(req), req.params.id));

    app.patch('/api/events/:id', {
      schema: { tags, summary: 'Change an event, publish or close it (programme staff); slots only before meetings are scheduled', params: idParam, body: updateEventBody, response: { 200: eventBody, ...errorResponses } },
    }, async (req) => {
      const b = req.body;
      return events.updateEvent(requireActor(req), req.params.id, {
        ...b,
        registrationOpensAt: b.registrationOpensAt ? new Date(b.registrationOpensAt) : undefined,
        registrationClosesAt: b.registrationClosesAt ? new Date(b.registrationClosesAt) : undefined,
        slots: toSlots(b.slots),
      });
    });

    app.get('/api/events/:id/participants', {
      schema: {
        tags,
        summary: 'Registered participants (contacts shown to programme staff and the participant itself)',
        params: idParam,
        querystring: z.object({ role: z.enum(['exhibitor', 'visitor']).optional(), kind: z.enum(['buyer', 'ikm', 'lender', 'mentor']).optional() }),
        response: { 200: z.array(participantBody), ...errorResponses },
      },
    }, async (req) => participants.list(requireActor(req), req.params.id, req.query));

    app.post('/api/events/:id/participants', {
      schema: { tags, summary: 'Register an organisation (own organisation within the registration window; programme staff: any, any time)', params: idParam, body: registerBody, response: { 201: participantBody, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await participants.register(requireActor(req), req.params.id, req.body)));

    app.get('/api/events/:id/participants/me', {
      schema: { tags, summary: "The caller's own registration", params: idParam, response: { 200: participantBody, ...errorResponses } },
    }, async (req) => participants.mine(requireActor(req), req.params.id));

    app.delete('/api/events/:id/participants/:participantId', {
      schema: { tags, summary: 'Cancel a registration (its open meetings are cancelled)', params: participantParams, response: { 200: okBody, ...errorResponses } },
    }, async (req) => {
      await participants.cancel(requireActor(req), req.params.id, req.params.participantId);
      return { ok: true as const };
    });

    app.get('/api/events/:id/participants/:participantId/availability', {
      schema: { tags, summary: 'Slots a participant cannot attend', params: participantParams, response: { 200: z.object({ participantId: z.string(), unavailableSlotIds: z.array(z.string()) }), ...errorResponses } },
    }, async (req) => participants.getAvailability(requireActor(req), req.params.id, req.params.participantId));

    app.put('/api/events/:id/participants/:participantId/availability', {
      schema: {
        tags,
        summary: 'Set the slots a participant cannot attend; scheduled meetings in them lose their place',
        params: participantParams,
        body: z.object({ unavailableSlotIds: z.array(z.uuid()).max(500) }),
        response: { 200: z.object({ participantId: z.string(), unavailableSlotIds: z.array(z.string()), unscheduledMeetingIds: z.array(z.string()) }), ...errorResponses },
      },
    }, async (req) => participants.setAvailability(requireActor(req), req.params.id, req.params.participantId, req.body.unavailableSlotIds));

    app.post('/api/events/:id/participants/:participantId/check-in', {
      schema: { tags, summary: 'Check a participant in on the day (programme staff)', params: participantParams, response: { 200: participantBody, ...errorResponses } },
    }, async (req) => participants.checkIn(requireActor(req), req.params.id, req.params.participantId));

    app.get('/api/events/:id/exhibitors', {
      schema: { tags, summary: 'Catalogue of exhibitors with their booths (part needs of the event: GET /api/events/:id/needs)', params: idParam, response: { 200: z.array(exhibitorBody), ...errorResponses } },
    }, async (req) => participants.exhibitors(requireActor(req), req.params.id));

    app.get('/api/events/:id/booths', { schema: { tags, summary: 'Booths (stan) of the exhibition', params: idParam, response: { 200: z.array(boothBody), ...errorResponses } } }, async (req) =>
      participants.listBooths(requireActor(req), req.params.id));

    app.post('/api/events/:id/booths', {
      schema: { tags, summary: 'Create a booth, optionally assigned to an exhibitor (programme staff)', params: idParam, body: boothInput, response: { 201: boothBody, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await participants.createBooth(requireActor(req), req.params.id, req.body)));

    app.patch('/api/events/:id/booths/:boothId', {
      schema: {
        tags,
        summary: 'Change a booth (programme staff: anything; the exhibitor: title, description, products)',
        params: z.object({ id: z.uuid(), boothId: z.uuid() }),
        body: boothInput.partial(),
        response: { 200: boothBody, ...errorResponses },
      },
    }, async (req) => participants.updateBooth(requireActor(req), req.params.id, req.params.boothId, req.body));

    await meetingRoutes(service)(app);
  };
}

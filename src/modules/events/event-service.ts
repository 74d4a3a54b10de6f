import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { badRequest, conflict } from '../../core/errors';
import { newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { eventNotFound, isProgramme, loadVisibleEvent, PROGRAMME_STAFF, READ } from './access';
import { generateSlots, validateSlots, wibDate, wibTime, type Slot, type SlotPlan } from './domain/slots';
import * as store from './store';

export interface EventInput {
  name: string;
  venue: string;
  address?: string | null;
  provinceCode?: string | null;
  lat?: number | null;
  lng?: number | null;
  startsOn: string;
  endsOn: string;
  sector?: string | null;
  description?: string | null;
  tables: number;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  slots?: Slot[];
  slotPlan?: SlotPlan;
}

export function slotView(s: store.SlotRow) {
  return { id: s.id, position: s.position, startsAt: s.startsAt, endsAt: s.endsAt, date: wibDate(s.startsAt), label: `${wibTime(s.startsAt)}–${wibTime(s.endsAt)}` };
}

export function eventView(e: store.EventRow, slots: store.SlotRow[], participants?: number) {
  return {
    id: e.id,
    name: e.name,
    venue: e.venue,
    address: e.address,
    provinceCode: e.provinceCode,
    lat: e.lat,
    lng: e.lng,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    sector: e.sector,
    description: e.description,
    tables: e.tables,
    registrationOpensAt: e.registrationOpensAt,
    registrationClosesAt: e.registrationClosesAt,
    status: e.status as 'draft' | 'published' | 'closed',
    schedule: e.scheduledAt ? { scheduledAt: e.scheduledAt, score: e.scheduleScore ?? 0, upperBound: e.scheduleUpperBound ?? 0 } : null,
    slots: slots.map(slotView),
    participantCount: participants ?? null,
  };
}
export type EventView = ReturnType<typeof eventView>;

function checkDates(input: Pick<EventInput, 'startsOn' | 'endsOn' | 'registrationOpensAt' | 'registrationClosesAt'>) {
  if (input.endsOn < input.startsOn) throw badRequest('events.dates_invalid', 'Tanggal selesai tidak boleh sebelum tanggal mulai.', { field: 'endsOn' });
  if (input.registrationClosesAt.getTime() <= input.registrationOpensAt.getTime()) {
    throw badRequest('events.registration_window_invalid', 'Pendaftaran harus ditutup setelah dibuka.', { field: 'registrationClosesAt' });
  }
}

function slotsOf(input: Pick<EventInput, 'slots' | 'slotPlan' | 'startsOn' | 'endsOn'>): Slot[] {
  const slots = input.slotPlan ? generateSlots(input.slotPlan) : validateSlots(input.slots ?? []);
  for (const s of slots) {
    const d = wibDate(s.startsAt);
    if (d < input.startsOn || d > input.endsOn) throw badRequest('events.slot_outside_event', `Sesi ${d} ${wibTime(s.startsAt)} di luar tanggal acara.`, { field: input.slotPlan ? 'slotPlan' : 'slots' });
  }
  return slots;
}

export type EventService = ReturnType<typeof createEventService>;

export function createEventService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;

  async function withSlots(x: Executor, e: store.EventRow) {
    return eventView(e, await store.listSlots(x, e.id));
  }

  return {
    async createEvent(actor: Actor, input: EventInput & { publish?: boolean }) {
      authorize(actor, PROGRAMME_STAFF);
      checkDates(input);
      const slots = slotsOf(input);
      const now = clock.now();
      const id = newId();
      const row = {
        id,
        name: input.name.trim(),
        venue: input.venue.trim(),
        address: input.address ?? null,
        provinceCode: input.provinceCode ?? null,
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        sector: input.sector ?? null,
        description: input.description ?? null,
        tables: input.tables,
        registrationOpensAt: input.registrationOpensAt,
        registrationClosesAt: input.registrationClosesAt,
        status: input.publish ? 'published' : 'draft',
        organiserOrgId: actor.orgId,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      };
      return db.transaction(async (tx) => {
        await store.insertEvent(tx, row);
        await store.replaceSlots(tx, id, slots.map((s, i) => ({ id: newId(), eventId: id, position: i + 1, startsAt: s.startsAt, endsAt: s.endsAt })));
        await audit.record(tx, actor, { action: 'events.event_created', entityType: 'event', entityId: id, orgId: actor.orgId, after: { ...row, slots: slots.length } });
        return withSlots(tx, (await store.findEvent(tx, id))!);
      });
    },

    async updateEvent(actor: Actor, id: string, patch: Partial<EventInput> & { status?: 'draft' | 'published' | 'closed' }) {
      authorize(actor, PROGRAMME_STAFF);
      return db.transaction(async (tx) => {
        const before = await store.lockEvent(tx, id);
        if (!before) throw eventNotFound(id);
        const merged = { ...before, ...stripUndefined(patch) };
        checkDates(merged);
        const { slots: _s, slotPlan, ...fields } = patch;
        if (patch.slots || slotPlan) {
          const scheduled = (await store.listMeetings(tx, id, { scheduledOnly: true })).length;
          if (scheduled) throw conflict('events.slots_in_use', 'Sesi tidak dapat diubah setelah pertemuan dijadwalkan. Batalkan jadwal terlebih dahulu.', { field: 'slots' });
          const slots = slotsOf({ ...merged, slots: patch.slots, slotPlan });
          await store.replaceSlots(tx, id, slots.map((s, i) => ({ id: newId(), eventId: id, position: i + 1, startsAt: s.startsAt, endsAt: s.endsAt })));
        } else if (patch.startsOn || patch.endsOn) {
          const outside = (await store.listSlots(tx, id)).filter((s) => wibDate(s.startsAt) < merged.startsOn || wibDate(s.startsAt) > merged.endsOn);
          if (outside.length) throw conflict('events.slot_outside_event', 'Ada sesi di luar tanggal acara yang baru; ubah sesinya sekaligus.', { field: 'slots' });
        }
        if (patch.tables !== undefined && patch.tables < before.tables) {
          const over = (await store.listMeetings(tx, id, { scheduledOnly: true })).filter((m) => (m.meeting.tableNo ?? 0) > patch.tables!);
          if (over.length) throw conflict('events.tables_in_use', `Meja ${patch.tables + 1} ke atas sudah terpakai dalam jadwal.`, { field: 'tables' });
        }
        const after = await store.updateEvent(tx, id, { ...stripUndefined(fields), updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'events.event_updated', entityType: 'event', entityId: id, orgId: before.organiserOrgId, before, after });
        return withSlots(tx, after);
      });
    },

    async listEvents(actor: Actor, q: PageQuery) {
      authorize(actor, READ);
      const includeDrafts = isProgramme(actor);
      const rows = await store.listEvents(db, { includeDrafts, limit: q.pageSize, offset: pageOffset(q) });
      const items = await Promise.all(rows.map(async (r) => eventView(r.event, await store.listSlots(db, r.event.id), r.participants)));
      return { items, page: q.page, pageSize: q.pageSize, total: await store.countEvents(db, includeDrafts) };
    },

    async getEvent(actor: Actor, id: string) {
      const ev = await loadVisibleEvent(db, actor, id);
      const count = (await store.listParticipants(db, id)).length;
      return eventView(ev, await store.listSlots(db, id), count);
    },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

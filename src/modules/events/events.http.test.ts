import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';

const PROGRAMME = 'admin@kemenperin.demo.lingkar.id';
const PROGRAMME_STAFF = 'staf@kemenperin.demo.lingkar.id';
const AHM = 'admin@ahm.demo.lingkar.id';
const TIER = 'admin@tier02.demo.lingkar.id';
const IKM1 = 'admin@ikm01.demo.lingkar.id';
const IKM2 = 'admin@ikm02.demo.lingkar.id';
const LENDER = 'admin@mandiri.demo.lingkar.id';

let env: TestEnv;
const h: Record<string, Record<string, string>> = {};
const orgOf: Record<string, string> = {};
const pid: Record<string, string> = {};
let eventId = '';

async function call(method: string, url: string, who: string, payload?: unknown) {
  const r = await env.app.inject({ method: method as 'GET', url, headers: h[who], payload: payload as object });
  const json = String(r.headers['content-type'] ?? '').includes('json');
  return { status: r.statusCode, body: json ? JSON.parse(r.body) : r.body, headers: r.headers, raw: r.rawPayload };
}

const eventBody = (over: Record<string, unknown> = {}) => ({
  name: 'Temu Bisnis Uji Komponen Plastik dan Karet',
  venue: 'Gedung Kemenperin, Jakarta',
  startsOn: '2026-12-01',
  endsOn: '2026-12-01',
  sector: 'alat_angkut',
  tables: 3,
  registrationOpensAt: '2026-11-20T00:00:00+07:00',
  registrationClosesAt: '2026-11-30T17:00:00+07:00',
  slotPlan: { dates: ['2026-12-01'], from: '09:00', to: '11:00', minutes: 30 },
  ...over,
});

type Meeting = { id: string; status: string; slot: { id: string; label: string } | null; tableNo: number | null; isConfirmed: boolean };

beforeAll(async () => {
  env = await createTestEnv();
  for (const who of [PROGRAMME, PROGRAMME_STAFF, AHM, TIER, IKM1, IKM2, LENDER]) {
    h[who] = await env.signIn(who);
    orgOf[who] = (await call('GET', '/api/me', who)).body.organisation.id;
  }
});
afterAll(() => env.close());

describe('events: creation and registration', () => {
  it('programme staff create events with slots from a plan; others may not', async () => {
    expect((await call('POST', '/api/events', AHM, eventBody())).status).toBe(403);
    expect((await call('POST', '/api/events', PROGRAMME_STAFF, eventBody({ endsOn: '2026-11-30' }))).body.error.code).toBe('events.dates_invalid');
    expect((await call('POST', '/api/events', PROGRAMME_STAFF, eventBody({ slots: [] }))).status).toBe(400);
    const r = await call('POST', '/api/events', PROGRAMME_STAFF, eventBody());
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('draft');
    expect(r.body.slots.map((s: { label: string }) => s.label)).toEqual(['09:00–09:30', '09:30–10:00', '10:00–10:30', '10:30–11:00']);
    eventId = r.body.id;
  });

  it('drafts are hidden from organisations until published', async () => {
    expect((await call('GET', `/api/events/${eventId}`, IKM1)).status).toBe(404);
    expect((await call('PATCH', `/api/events/${eventId}`, AHM, { status: 'published' })).status).toBe(403);
    expect((await call('PATCH', `/api/events/${eventId}`, PROGRAMME, { status: 'published' })).body.status).toBe('published');
    expect((await call('GET', `/api/events/${eventId}`, IKM1)).status).toBe(200);
  });

  it('organisations register themselves within the window; programme staff register anyone', async () => {
    const r = await call('POST', `/api/events/${eventId}/participants`, IKM1, { role: 'exhibitor', contactName: 'Hendra', contactEmail: 'hendra@tegar.co.id' });
    expect(r.status).toBe(201);
    pid[IKM1] = r.body.id;
    expect((await call('POST', `/api/events/${eventId}/participants`, IKM1, { role: 'visitor' })).body.error.code).toBe('events.already_registered');
    expect((await call('POST', `/api/events/${eventId}/participants`, IKM1, { role: 'visitor', orgId: orgOf[IKM2] })).status).toBe(404);
    for (const who of [AHM, IKM2]) pid[who] = (await call('POST', `/api/events/${eventId}/participants`, who, { role: who === AHM ? 'visitor' : 'exhibitor' })).body.id;
    env.clock.advance(6 * 86_400_000);
    expect((await call('POST', `/api/events/${eventId}/participants`, TIER, { role: 'visitor' })).body.error.code).toBe('events.registration_closed');
    pid[TIER] = (await call('POST', `/api/events/${eventId}/participants`, PROGRAMME, { role: 'visitor', orgId: orgOf[TIER] })).body.id;
    env.clock.advance(-6 * 86_400_000);
    const list = await call('GET', `/api/events/${eventId}/participants`, LENDER);
    expect(list.body).toHaveLength(4);
    expect(list.body.every((p: { contact: unknown }) => p.contact === null)).toBe(true);
    expect((await call('GET', `/api/events/${eventId}/participants/me`, IKM1)).body.contact.email).toBe('hendra@tegar.co.id');
  });

  it('booths: programme staff assign, the exhibitor describes its own', async () => {
    const b = await call('POST', `/api/events/${eventId}/booths`, PROGRAMME, { code: 'A-01', zone: 'Hall A', participantId: pid[IKM1] });
    expect(b.status).toBe(201);
    expect((await call('POST', `/api/events/${eventId}/booths`, PROGRAMME, { code: 'A-02', participantId: pid[AHM] })).body.error.code).toBe('events.not_exhibitor');
    expect((await call('PATCH', `/api/events/${eventId}/booths/${b.body.id}`, IKM2, { title: 'Bukan milik saya' })).status).toBe(404);
    const own = await call('PATCH', `/api/events/${eventId}/booths/${b.body.id}`, IKM1, { title: 'Tegar PU', products: ['Headpipe protector PU'], code: 'Z-99' });
    expect(own.body).toMatchObject({ title: 'Tegar PU', code: 'A-01', products: ['Headpipe protector PU'] });
    const catalogue = await call('GET', `/api/events/${eventId}/exhibitors`, TIER);
    expect(catalogue.body.find((e: { id: string }) => e.id === pid[IKM1]).booth.title).toBe('Tegar PU');
  });
});

describe('meetings: request, accept, schedule, re-run', () => {
  const m: Record<string, string> = {};
  let firstPlace: Record<string, { slot: string; table: number }> = {};

  it('an IKM asks a buyer; only the buyer answers; the pair cannot be asked twice', async () => {
    const needs = await call('GET', '/api/needs?q=Headpipe', AHM);
    const r = await call('POST', `/api/events/${eventId}/meetings`, IKM1, { toParticipantId: pid[AHM], message: 'Kami produsen headpipe protector PU.', needId: needs.body.items[0].id });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'requested', direction: 'outgoing', need: { partName: expect.stringContaining('Headpipe') } });
    m.ikm1Ahm = r.body.id;
    expect((await call('GET', `/api/meetings/${m.ikm1Ahm}`, AHM)).body.direction).toBe('incoming');
    expect((await call('POST', `/api/meetings/${m.ikm1Ahm}/accept`, IKM1)).body.error.code).toBe('events.meeting_not_recipient');
    expect((await call('GET', `/api/meetings/${m.ikm1Ahm}`, TIER)).status).toBe(404);
    expect((await call('POST', `/api/meetings/${m.ikm1Ahm}/accept`, TIER)).status).toBe(404);
    expect((await call('POST', `/api/events/${eventId}/meetings`, AHM, { toParticipantId: pid[IKM1] })).body.error.code).toBe('events.meeting_exists');
    expect((await call('POST', `/api/events/${eventId}/meetings`, AHM, { toParticipantId: pid[TIER] })).body.error.code).toBe('events.meeting_needs_ikm');
    expect((await call('POST', `/api/meetings/${m.ikm1Ahm}/accept`, AHM, { message: 'Sampai jumpa di meja.' })).body).toMatchObject({ status: 'accepted', responseMessage: 'Sampai jumpa di meja.' });
    const mail = await env.database.query<{ subject: string; body: string }>(`select subject, body from outbox where recipient = 'hendra@tegar.co.id'`);
    expect(mail.map((x) => x.subject)).toEqual([expect.stringContaining('diterima')]);
  });

  it('a buyer asks an IKM, which declines; programme staff add a priority meeting', async () => {
    const r = await call('POST', `/api/events/${eventId}/meetings`, AHM, { toParticipantId: pid[IKM2], message: 'Boleh presentasi?' });
    expect((await call('POST', `/api/meetings/${r.body.id}/decline`, IKM2, { message: 'Jadwal kami penuh.' })).body.status).toBe('declined');
    expect((await call('POST', `/api/events/${eventId}/priority-meetings`, AHM, { aParticipantId: pid[TIER], bParticipantId: pid[IKM2] })).status).toBe(403);
    const p = await call('POST', `/api/events/${eventId}/priority-meetings`, PROGRAMME_STAFF, { aParticipantId: pid[TIER], bParticipantId: pid[IKM2], priority: 3, message: 'Kecocokan tinggi' });
    expect(p.body).toMatchObject({ status: 'accepted', origin: 'programme', priority: 3 });
    m.tierIkm2 = p.body.id;
    m.tierIkm1 = (await call('POST', `/api/events/${eventId}/meetings`, TIER, { toParticipantId: pid[IKM1] })).body.id;
    await call('POST', `/api/meetings/${m.tierIkm1}/accept`, IKM1);
  });

  it('programme staff schedule; both sides see the meeting in their agenda', async () => {
    expect((await call('POST', `/api/events/${eventId}/schedule`, AHM, {})).status).toBe(403);
    const r = await call('POST', `/api/events/${eventId}/schedule`, PROGRAMME_STAFF, {});
    expect(r.body).toMatchObject({ meetings: 3, assigned: 3, unassigned: 0, fixed: 0, score: 5 });
    for (const who of [IKM1, AHM]) {
      const agenda = await call('GET', `/api/events/${eventId}/agenda`, who);
      const mine = (agenda.body.meetings as Meeting[]).find((x) => x.id === m.ikm1Ahm)!;
      expect(mine.slot).not.toBeNull();
      expect(mine.tableNo).toBeGreaterThan(0);
      expect(mine.isConfirmed).toBe(false);
    }
    expect((await call('GET', `/api/events/${eventId}/agenda?participantId=${pid[IKM2]}`, IKM1)).status).toBe(404);
    expect((await call('GET', `/api/events/${eventId}/agenda`, LENDER)).status).toBe(404);
    expect((await call('POST', `/api/events/${eventId}/schedule/confirm`, PROGRAMME)).body.confirmed).toBe(3);
    const all = (await call('GET', `/api/events/${eventId}/meetings?status=accepted`, PROGRAMME)).body as Meeting[];
    firstPlace = Object.fromEntries(all.map((x) => [x.id, { slot: x.slot!.id, table: x.tableNo! }]));
  });

  it('a re-run after a late acceptance keeps confirmed meetings where they are', async () => {
    const late = await call('POST', `/api/events/${eventId}/meetings`, IKM2, { toParticipantId: pid[AHM], message: 'Terlambat, masih bisa?' });
    await call('POST', `/api/meetings/${late.body.id}/accept`, AHM);
    const r = await call('POST', `/api/events/${eventId}/schedule`, PROGRAMME, { confirm: true });
    expect(r.body).toMatchObject({ meetings: 4, assigned: 4, fixed: 3, moved: 0, newlyConfirmed: 1 });
    const all = (await call('GET', `/api/events/${eventId}/meetings?status=accepted`, PROGRAMME)).body as Meeting[];
    for (const x of all) if (firstPlace[x.id]) expect({ slot: x.slot!.id, table: x.tableNo }).toEqual(firstPlace[x.id]);
    const plan = await call('GET', `/api/events/${eventId}/table-plan`, PROGRAMME_STAFF);
    expect(plan.body.slots.flatMap((s: { tables: unknown[] }) => s.tables)).toHaveLength(4);
    expect((await call('GET', `/api/events/${eventId}/table-plan`, IKM1)).status).toBe(403);
  });

  it('marking a slot unavailable frees the meeting there; the next run places it again', async () => {
    const slot = firstPlace[m.ikm1Ahm!]!.slot;
    const a = await call('PUT', `/api/events/${eventId}/participants/${pid[IKM1]}/availability`, IKM1, { unavailableSlotIds: [slot] });
    expect(a.body.unscheduledMeetingIds).toContain(m.ikm1Ahm);
    expect((await call('PUT', `/api/events/${eventId}/participants/${pid[IKM1]}/availability`, IKM2, { unavailableSlotIds: [] })).status).toBe(404);
    const r = await call('POST', `/api/events/${eventId}/schedule`, PROGRAMME, { confirm: true });
    expect(r.body).toMatchObject({ assigned: 4, fixed: 3 });
    const moved = (await call('GET', `/api/meetings/${m.ikm1Ahm}`, IKM1)).body as Meeting;
    expect(moved.slot!.id).not.toBe(slot);
    expect(moved.isConfirmed).toBe(true);
  });

  it('re-planning all may move confirmed meetings but keeps the schedule valid', async () => {
    const r = await call('POST', `/api/events/${eventId}/schedule`, PROGRAMME, { replanAll: true });
    expect(r.body).toMatchObject({ assigned: 4, fixed: 0, replanAll: true });
    expect(r.body.upperBound).toBeGreaterThanOrEqual(r.body.score);
  });

  it('agenda as PDF and iCalendar', async () => {
    const pdf = await call('GET', `/api/events/${eventId}/agenda.pdf`, IKM1);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const ics = await call('GET', `/api/events/${eventId}/agenda.ics`, IKM1);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(String(ics.body).match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(String(ics.body)).toMatch(/DTSTART:20261201T0[23]\d{4}Z/);
  });

  it('check-in and outcomes by the sides feed the KPIs; a cancellation frees the place', async () => {
    expect((await call('POST', `/api/meetings/${m.ikm1Ahm}/check-in`, IKM1)).body.checkedInAt).not.toBeNull();
    expect((await call('PUT', `/api/meetings/${m.ikm1Ahm}/outcome`, TIER, { outcome: 'interested' })).status).toBe(404);
    expect((await call('PUT', `/api/meetings/${m.ikm1Ahm}/outcome`, IKM1, { outcome: 'quotation_requested', note: 'Kirim RFQ minggu depan' })).body.outcome).toBe('quotation_requested');
    await call('PUT', `/api/meetings/${m.tierIkm2}/outcome`, PROGRAMME_STAFF, { outcome: 'no_show' });
    expect((await call('PUT', `/api/meetings/${m.tierIkm2}/outcome`, IKM1, { outcome: 'interested' })).status).toBe(404);
    const cancelled = await call('POST', `/api/meetings/${m.tierIkm1}/cancel`, TIER, { message: 'Berhalangan' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', slot: null, tableNo: null });
    const k = await call('GET', `/api/events/${eventId}/kpis`, LENDER);
    expect(k.body.requests).toMatchObject({ total: 5, accepted: 3, declined: 1, cancelled: 1, programmeAdded: 1 });
    expect(k.body.meetings).toMatchObject({ scheduled: 3, recorded: 2, held: 1, noShow: 1 });
    expect(k.body.outcomes).toMatchObject({ quotation_requested: 1, no_show: 1 });
    expect(k.body.leads).toBe(1);
  });

  it('meetings of others stay hidden', async () => {
    expect((await call('GET', `/api/meetings/${m.ikm1Ahm}`, LENDER)).status).toBe(404);
    expect((await call('GET', `/api/events/${eventId}/meetings`, LENDER)).body).toEqual([]);
    const ikm2 = (await call('GET', `/api/events/${eventId}/meetings`, IKM2)).body as Meeting[];
    expect(ikm2.map((x) => x.id)).not.toContain(m.ikm1Ahm);
  });
});

describe('the demo launch event', () => {
  it('has participants, a schedule and recorded outcomes', async () => {
    const list = await call('GET', '/api/events', IKM1);
    const launch = list.body.items.find((e: { name: string }) => e.name.startsWith('Exhibition Link & Match IKM Alat Angkut'));
    expect(launch).toMatchObject({ startsOn: '2022-11-01', status: 'published' });
    expect(launch.schedule.score).toBeGreaterThan(0);
    const k = await call('GET', `/api/events/${launch.id}/kpis`, PROGRAMME);
    expect(k.body.participants.byKind).toMatchObject({ ikm: 32, buyer: 17 });
    expect(k.body.meetings.scheduled).toBeGreaterThan(30);
    expect(k.body.outcomes.mou_intended).toBeGreaterThanOrEqual(2);
    const agenda = await call('GET', `/api/events/${launch.id}/agenda`, IKM1);
    const ahm = agenda.body.meetings.find((x: { counterpart: { orgId: string } }) => x.counterpart.orgId === orgOf[AHM]);
    expect(ahm).toMatchObject({ origin: 'programme', outcome: 'mou_intended', isConfirmed: true });
  });
});

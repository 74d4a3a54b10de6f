/**
 * Events part of the launch-event demo: the Exhibition Link & Match of 1 November 2022 at the
 * Ministry of Industry (Jl. Gatot Subroto, Jakarta) with its participants and booths (this part),
 * then — after the needs part — meeting requests, priority meetings, the schedule and outcomes
 * (events-meetings-demo.ts).
 */
import type { DemoPart } from './loader';
import { LAUNCH_IKM, TIER_COMPANIES } from './launch-event-orgs';
import { eventsMeetingsDemo } from './events-meetings-demo';
import { demoEventRef, needsDemo } from './needs-demo';

export const LAUNCH_EVENT_NAME = 'Exhibition Link & Match IKM Alat Angkut dengan Tier APM dan Industri Besar';

const eventsDemo: DemoPart = {
  name: 'events',
  async load(ctx) {
    const { events, participants } = ctx.services.events;
    const ev = await events.createEvent(ctx.actor, {
      name: LAUNCH_EVENT_NAME,
      venue: 'Kementerian Perindustrian, Jl. Gatot Subroto, Jakarta',
      address: 'Jl. Jend. Gatot Subroto Kav. 52–53, Kuningan Timur, Setiabudi, Jakarta Selatan 12950',
      provinceCode: '31',
      lat: -6.2362,
      lng: 106.8238,
      startsOn: '2022-11-01',
      endsOn: '2022-11-01',
      sector: 'alat_angkut',
      description:
        'Peluncuran Kemitraan Inklusif Closed Loop oleh Kadin Indonesia dan Kemenperin: IKM alat angkut bertemu AHM, 16 perusahaan tier, Politeknik Astra, YDBA dan lembaga keuangan. Temu bisnis 30 menit per sesi.',
      tables: 20,
      registrationOpensAt: new Date('2022-10-03T00:00:00+07:00'),
      registrationClosesAt: new Date('2022-10-28T23:59:00+07:00'),
      slotPlan: { dates: ['2022-11-01'], from: '09:00', to: '16:00', minutes: 30, breaks: [{ from: '12:00', to: '13:00' }] },
      publish: true,
    });
    demoEventRef.id = ev.id;

    const register = async (key: string, role: 'exhibitor' | 'visitor') =>
      participants.register(ctx.actor, ev.id, { orgId: ctx.orgs.get(key)!, role, contactEmail: `admin@${key}.demo.lingkar.id` });
    const exhibitors: string[] = [];
    for (const [key] of LAUNCH_IKM) exhibitors.push((await register(key, 'exhibitor')).id);
    const ahm = await register('ahm', 'exhibitor');
    for (const [key] of TIER_COMPANIES) await register(key, 'visitor');
    const polman = await register('polman', 'exhibitor');
    const ydba = await register('ydba', 'exhibitor');
    for (const key of ['mandiri', 'sinarmas', 'sanf', 'amv', 'bri']) await register(key, 'visitor');

    await participants.createBooth(ctx.actor, ev.id, { code: 'B-01', zone: 'Hall B (APM)', participantId: ahm.id, title: 'Astra Honda Motor', description: 'Kebutuhan part lokal dan program Kemitraan Inklusif.', products: ['Headpipe protector PU', 'Komponen aksesori'] });
    await participants.createBooth(ctx.actor, ev.id, { code: 'C-01', zone: 'Hall C (Pembina)', participantId: polman.id, title: 'Politeknik Astra', products: ['Pendampingan teknik', 'Pelatihan mold PU'] });
    await participants.createBooth(ctx.actor, ev.id, { code: 'C-02', zone: 'Hall C (Pembina)', participantId: ydba.id, title: 'Yayasan Dharma Bhakti Astra', products: ['Pembinaan UMKM', 'Assessment kemandirian'] });
    for (const [i, id] of exhibitors.entries()) {
      await participants.createBooth(ctx.actor, ev.id, { code: `A-${String(i + 1).padStart(2, '0')}`, zone: 'Hall A (IKM)', participantId: id, sizeM2: 9 });
    }
  },
};

/** The parts of needs, matching and events, in order: the event, the needs (some posted to it), then its meetings. */
export const LINK_MATCH_DEMO: DemoPart[] = [eventsDemo, needsDemo, eventsMeetingsDemo];

/**
 * Meetings of the launch event: requests both ways (most accepted, some declined or still
 * pending), the programme's priority meetings of AHM with the two IKM Politeknik Astra brought
 * for the headpipe protector, availability, the schedule, check-in and recorded outcomes.
 */
import type { MeetingOutcome } from '../modules/events';
import type { DemoContext, DemoPart } from './loader';
import { demoActor, demoEventRef, demoNeeds } from './needs-demo';

/** Which IKM meet which buyer (by process); d = declined, p = pending (otherwise accepted). */
const PAIRS: [buyer: string, ikm: string, answer?: 'd' | 'p'][] = [
  ['tier02', 'ikm03'], ['tier02', 'ikm14'], ['tier02', 'ikm32', 'p'],
  ['tier03', 'ikm04'], ['tier03', 'ikm08'], ['tier03', 'ikm21'], ['tier03', 'ikm18'],
  ['tier04', 'ikm05'], ['tier04', 'ikm22'],
  ['tier05', 'ikm07'], ['tier05', 'ikm23'], ['tier05', 'ikm16'],
  ['tier06', 'ikm12'],
  ['tier07', 'ikm11'], ['tier07', 'ikm20'], ['tier07', 'ikm30'], ['tier07', 'ikm25'],
  ['tier08', 'ikm13'], ['tier08', 'ikm29', 'd'],
  ['tier09', 'ikm10'], ['tier09', 'ikm17'], ['tier09', 'ikm27'],
  ['tier10', 'ikm06'], ['tier10', 'ikm15'], ['tier10', 'ikm24'], ['tier10', 'ikm31'],
  ['tier11', 'ikm03'], ['tier12', 'ikm13'], ['tier13', 'ikm02'], ['tier13', 'ikm09'],
  ['tier14', 'ikm07'], ['tier15', 'ikm12'],
  ['tier16', 'ikm09'], ['tier16', 'ikm26'], ['tier16', 'ikm28', 'p'], ['tier16', 'ikm18', 'd'],
  ['ahm', 'ikm25'],
];

const OUTCOME_CYCLE: MeetingOutcome[] = ['interested', 'quotation_requested', 'interested', 'mou_intended', 'not_interested', 'quotation_requested'];
/** The IKM that did not come on the day. */
const ABSENT = 'ikm26';

/** The event's participants by organisation key (one query). */
async function participantsByKey(ctx: DemoContext, eventId: string) {
  const list = await ctx.services.events.participants.list(ctx.actor, eventId, {});
  return (key: string) => list.find((p) => p.orgId === ctx.orgs.get(key))!;
}

export const eventsMeetingsDemo: DemoPart = {
  name: 'events-meetings',
  async load(ctx) {
    const eventId = demoEventRef.id;
    if (!eventId) throw new Error('events demo: the launch event is missing');
    const { meetings, participants, schedule } = ctx.services.events;
    const participantOf = await participantsByKey(ctx, eventId);

    for (const [i, [buyer, ikm, answer]] of PAIRS.entries()) {
      const buyerSide = i % 2 === 0;
      const from = await demoActor(ctx, buyerSide ? buyer : ikm);
      const to = participantOf(buyerSide ? ikm : buyer);
      const message = buyerSide ? 'Kami mencari pemasok lokal untuk komponen sejenis produk Anda. Bisa bertemu di meja temu bisnis?' : 'Kami ingin memperkenalkan kapabilitas produksi kami dan menjajaki kebutuhan part Anda.';
      const req = await meetings.request(from, eventId, { toParticipantId: to.id, message });
      if (answer === 'p') continue;
      const responder = await demoActor(ctx, buyerSide ? ikm : buyer);
      await meetings.respond(responder, req.id, answer === 'd' ? 'decline' : 'accept', answer === 'd' ? 'Mohon maaf, kapasitas kami untuk proses ini sudah penuh tahun ini.' : 'Baik, sampai bertemu.');
    }

    const headpipe = demoNeeds.get('headpipe') ?? null;
    const ahm = participantOf('ahm');
    for (const ikm of ['ikm01', 'ikm02']) {
      const p = participantOf(ikm);
      await meetings.addPriority(ctx.actor, eventId, { aParticipantId: ahm.id, bParticipantId: p.id, priority: 3, needId: headpipe, message: 'Temu bisnis prioritas: headpipe protector poliuretan (dibawa Politeknik Astra).' });
    }

    const slots = (await ctx.services.events.events.getEvent(ctx.actor, eventId)).slots;
    const medan = participantOf('ikm05');
    await participants.setAvailability(ctx.actor, eventId, medan.id, slots.slice(0, 2).map((s) => s.id));
    const tier10 = participantOf('tier10');
    await participants.setAvailability(ctx.actor, eventId, tier10.id, [slots[6]!.id]);

    await schedule.schedule(ctx.actor, eventId, { confirm: true });

    const all = await participants.list(ctx.actor, eventId, {});
    for (const p of all) if (p.orgId !== ctx.orgs.get(ABSENT)) await participants.checkIn(ctx.actor, eventId, p.id);

    const scheduled = (await meetings.list(ctx.actor, eventId, { status: 'accepted' })).filter((m) => m.slot);
    const absentOrg = ctx.orgs.get(ABSENT);
    for (const [i, m] of scheduled.entries()) {
      const outcome: MeetingOutcome =
        m.a.orgId === absentOrg || m.b.orgId === absentOrg ? 'no_show' : m.origin === 'programme' ? 'mou_intended' : OUTCOME_CYCLE[i % OUTCOME_CYCLE.length]!;
      await meetings.recordOutcome(ctx.actor, m.id, { outcome, note: outcome === 'mou_intended' ? 'Sepakat menyiapkan MoU dan uji sampel.' : null });
    }
  },
};

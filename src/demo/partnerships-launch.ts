/**
 * Partnerships part of the launch-event demo (1 Nov 2022): the 16 tier companies each with two IKM and
 * Politeknik Astra with the two named IKM (cooperation MoUs), and YDBA's MoU with all 32 IKM whose shares sum
 * to exactly Rp100.000.000.000 market access per year. All are signed by every party and active.
 * The cooperation MoUs carry no separate market-access estimate (Rp0): the launch's Rp100 miliar is YDBA's MoU.
 */
import type { Actor, Role } from '../core/actor';
import { identityStore } from '../modules/identity';
import type { DemoContext, DemoPart } from './loader';
import { LAUNCH_IKM, TIER_COMPANIES } from './launch-event-orgs';

export const LAUNCH_MOU_START = '2022-11-01';
export const LAUNCH_MOU_END = '2027-10-31';
export const YDBA_MARKET_ACCESS = 100_000_000_000n;

/** MoU ids by key ('ydba', 'polman', 'tier01' …), for later demo parts. */
export const demoMous = new Map<string, string>();

/** A demo organisation's first admin as a user actor (signatures and audit name a person). */
export async function demoOrgAdmin(ctx: DemoContext, key: string): Promise<Actor> {
  const orgId = ctx.orgs.get(key);
  if (!orgId) throw new Error(`demo: unknown organisation ${key}`);
  const found = await identityStore.findUserByEmail(ctx.deps.db, `admin@${key}.demo.lingkar.id`);
  const org = await identityStore.findOrganisation(ctx.deps.db, orgId);
  return { type: 'user', userId: found?.user.id ?? null, orgId, orgKind: org!.kind as Actor['orgKind'], roles: (found?.roles as Role[] | undefined) ?? ['admin'], requestId: 'demo' };
}

/** Deterministic shares (weights 5..14) scaled to exactly `total`, whole millions; the remainder goes to the last IKM. */
export function ydbaShares(total: bigint, n: number): bigint[] {
  const weights = Array.from({ length: n }, (_, i) => BigInt(5 + ((i * 7) % 10)));
  const sum = weights.reduce((a, b) => a + b, 0n);
  const shares = weights.map((w) => ((total * w) / sum / 1_000_000n) * 1_000_000n);
  shares[n - 1] = total - shares.slice(0, -1).reduce((a, b) => a + b, 0n);
  return shares;
}

async function signAll(ctx: DemoContext, initiator: string, ikm: string[], input: Parameters<DemoContext['services']['partnerships']['create']>[1]) {
  const p = ctx.services.partnerships;
  const created = await p.create(await demoOrgAdmin(ctx, initiator), input);
  let mou = await p.send(await demoOrgAdmin(ctx, initiator), created.id);
  for (const key of [initiator, ...ikm]) mou = await p.sign(await demoOrgAdmin(ctx, key), created.id, { documentHash: mou.documentHash }, `demo-sign-${created.reference}-${key}`);
  return mou;
}

export const partnershipsLaunchDemo: DemoPart = {
  name: 'partnerships',
  async load(ctx) {
    const ikmKeys = LAUNCH_IKM.map(([k]) => k);
    const shares = ydbaShares(YDBA_MARKET_ACCESS, ikmKeys.length);
    const ydba = await signAll(ctx, 'ydba', ikmKeys, {
      title: 'Nota Kesepahaman Kemitraan Inklusif Closed Loop — akses pasar IKM alat angkut',
      scope: 'YDBA membina 32 IKM alat angkut dan membuka akses pasar ke AHM dan pemasok tier-nya; IKM meningkatkan mutu, biaya, pengiriman dan sistem manajemen.',
      parts: ['Komponen plastik dan karet', 'Komponen logam (stamping, machining, casting)', 'Aksesori dan kelistrikan'],
      obligations: [
        { party: 'initiator', text: 'Pembinaan (assessment kemandirian, pelatihan, pendampingan) dan fasilitasi akses pasar.' },
        { party: 'ikm', text: 'Mengikuti program pembinaan dan memenuhi standar mutu serta pengiriman pembeli.' },
      ],
      startDate: LAUNCH_MOU_START,
      endDate: LAUNCH_MOU_END,
      signatory: { name: 'Ketua Pengurus YDBA', title: 'Ketua Pengurus' },
      ikm: ikmKeys.map((k, i) => ({ orgId: ctx.orgs.get(k)!, marketAccessPerYear: shares[i]!, signatoryName: `Direktur ${LAUNCH_IKM[i]![1]}`, signatoryTitle: 'Direktur' })),
    });
    demoMous.set('ydba', ydba.id);

    const polman = await signAll(ctx, 'polman', ['ikm01', 'ikm02'], {
      title: 'Kerja sama pengembangan headpipe protector poliuretan untuk AHM',
      scope: 'Politeknik Astra mendampingi PT Tegarusaha Mandirisejati dan PT Kawani Tekno Nusantara mengembangkan headpipe protector poliuretan hingga produksi massal untuk AHM.',
      parts: ['Headpipe protector poliuretan (AHM-18318-PU-01)'],
      obligations: [
        { party: 'initiator', text: 'Transfer teknologi cetak poliuretan, desain mold, uji material.' },
        { party: 'ikm', text: 'Menyediakan fasilitas produksi dan tim pengembangan.' },
      ],
      startDate: LAUNCH_MOU_START,
      endDate: LAUNCH_MOU_END,
      signatory: { name: 'Direktur Politeknik Astra', title: 'Direktur' },
      ikm: ['ikm01', 'ikm02'].map((k) => ({ orgId: ctx.orgs.get(k)!, marketAccessPerYear: 0n })),
    });
    demoMous.set('polman', polman.id);

    for (const [i, [tier, tierName]] of TIER_COMPANIES.entries()) {
      const pair = [ikmKeys[2 * i]!, ikmKeys[2 * i + 1]!];
      const mou = await signAll(ctx, tier, pair, {
        title: `Kerja sama pemasokan komponen ${tierName} dengan IKM binaan`,
        scope: `${tierName} membuka peluang pemasokan komponen kepada ${pair.length} IKM, dengan pendampingan mutu dan pengembangan part.`,
        parts: ['Komponen sesuai kebutuhan part (lihat permintaan kebutuhan)'],
        obligations: [
          { party: 'initiator', text: 'Memberi permintaan penawaran, pendampingan mutu dan pesanan bila lolos persetujuan.' },
          { party: 'ikm', text: 'Mengikuti tahapan pengembangan part dan standar mutu pembeli.' },
        ],
        startDate: LAUNCH_MOU_START,
        endDate: LAUNCH_MOU_END,
        signatory: { name: `Presiden Direktur ${tierName}`, title: 'Presiden Direktur' },
        ikm: pair.map((k) => ({ orgId: ctx.orgs.get(k)!, marketAccessPerYear: 0n })),
      });
      demoMous.set(tier, mou.id);
    }
  },
};

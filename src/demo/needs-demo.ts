/**
 * Needs part of the launch-event demo: AHM's need for the polyurethane headpipe protector (it
 * replaces an imported part; ikm01 and ikm02 quote for it) and needs of tier companies. Dates are
 * relative to the demo's business date so the needs stay open.
 */
import type { Actor, Role } from '../core/actor';
import { today } from '../core/clock';
import { addDays } from '../core/dates';
import { identityStore } from '../modules/identity';
import type { NeedInput } from '../modules/needs';
import type { DemoContext, DemoPart } from './loader';

/** The launch event's id, set by the events demo part (needs posted to the event use it). */
export const demoEventRef: { id: string | null } = { id: null };

/** Ids of the demo needs by key (used by the meetings demo part). */
export const demoNeeds = new Map<string, string>();

/** A demo organisation's admin as the actor (history and audit name a person). */
export async function demoActor(ctx: DemoContext, orgKey: string, local = 'admin'): Promise<Actor> {
  const orgId = ctx.orgs.get(orgKey);
  if (!orgId) throw new Error(`demo: unknown organisation ${orgKey}`);
  const found = await identityStore.findUserByEmail(ctx.deps.db, `${local}@${orgKey}.demo.lingkar.id`);
  const org = await identityStore.findOrganisation(ctx.deps.db, orgId);
  return { type: 'user', userId: found?.user.id ?? null, orgId, orgKind: org!.kind as Actor['orgKind'], roles: ((found?.roles as Role[] | undefined) ?? ['admin']), requestId: 'demo' };
}

async function plantId(ctx: DemoContext, orgKey: string, name: string): Promise<string | undefined> {
  const buyer = await ctx.services.registry.buyers.get(ctx.actor, ctx.orgs.get(orgKey)!).catch(() => null);
  return buyer?.plants.find((p) => p.name === name)?.id ?? buyer?.plants[0]?.id;
}

interface DemoNeedSpec {
  key: string;
  buyer: string;
  plant: string;
  need: Record<string, unknown> & { processes: string[]; annualVolume: number; visibility: 'all_verified' | 'invited' | 'event' };
  invite?: string[];
  publish: boolean;
}

function specs(): DemoNeedSpec[] {
  return [
    {
      key: 'headpipe',
      buyer: 'ahm',
      plant: 'Cikarang',
      publish: true,
      need: {
        partName: 'Headpipe protector poliuretan (pelindung pipa knalpot)',
        partNumber: 'AHM-18318-PU-01',
        category: 'Aksesori knalpot',
        description: 'Pelindung panas pada pipa knalpot depan, cetak poliuretan elastomer tahan panas 120 °C, warna hitam doff. Saat ini diimpor dari Thailand; target lokal untuk menaikkan TKDN. Gambar teknik dan spesifikasi material terlampir.',
        sector: 'sepeda_motor',
        material: 'polyurethane',
        processes: ['polyurethane_moulding'],
        annualVolume: 240_000,
        monthlyVolume: 20_000,
        targetUnitPrice: '8500',
        showPrices: true,
        requiredCertifications: ['iso_9001'],
        replacesImport: true,
        importLandedCost: '14500',
        importOriginCountry: 'TH',
        visibility: 'all_verified',
      },
    },
    {
      key: 'cover',
      buyer: 'tier02',
      plant: 'Tangerang (Cikupa Mas)',
      publish: true,
      need: { partName: 'Cover body samping kiri', partNumber: 'MPO-CBS-L-220', category: 'Komponen bodi', sector: 'sepeda_motor', material: 'polypropylene', processes: ['injection_moulding'], annualVolume: 180_000, targetUnitPrice: '12750', requiredCertifications: ['iso_9001'], visibility: 'all_verified' },
    },
    {
      key: 'grommet',
      buyer: 'tier04',
      plant: 'Purwakarta (Kota Bukit Indah)',
      publish: true,
      need: { partName: 'Grommet karet tangki bahan bakar', partNumber: 'GKT-GR-08', category: 'Komponen karet', sector: 'sepeda_motor', material: 'synthetic_rubber', processes: ['rubber_moulding'], annualVolume: 600_000, targetUnitPrice: '950', visibility: 'event' },
    },
    {
      key: 'bracket',
      buyer: 'tier03',
      plant: 'Cikarang (EJIP)',
      publish: true,
      invite: ['ikm04', 'ikm08', 'ikm21', 'ikm18'],
      need: { partName: 'Bracket footstep belakang', partNumber: 'CPI-BFS-33', category: 'Komponen rangka', sector: 'sepeda_motor', material: 'steel', processes: ['stamping_press', 'welding', 'painting_coating'], annualVolume: 300_000, targetUnitPrice: '6400', requiredCertifications: ['iso_9001'], visibility: 'invited' },
    },
    {
      key: 'shaft',
      buyer: 'tier10',
      plant: 'Cikarang (MM2100)',
      publish: true,
      need: { partName: 'Shaft gear transmisi sekunder', partNumber: 'MMI-SGT-12', category: 'Komponen transmisi', sector: 'sepeda_motor', material: 'steel', processes: ['cnc_machining', 'heat_treatment'], annualVolume: 96_000, targetUnitPrice: '41000', requiredCertifications: ['iatf_16949'], visibility: 'all_verified' },
    },
    {
      key: 'heatshield',
      buyer: 'tier13',
      plant: 'Cikarang (Jababeka)',
      publish: false,
      need: { partName: 'Heat shield knalpot (draf)', category: 'Komponen knalpot', sector: 'sepeda_motor', material: 'stainless_steel', processes: ['stamping_press'], annualVolume: 150_000, visibility: 'all_verified' },
    },
  ];
}

export const needsDemo: DemoPart = {
  name: 'needs',
  async load(ctx) {
    const { needs } = ctx.services;
    const businessDate = today(ctx.deps.clock);
    for (const s of specs()) {
      const actor = await demoActor(ctx, s.buyer);
      const eventId = demoEventRef.id;
      const created = await needs.needs.create(actor, {
        ...(s.need as unknown as NeedInput),
        deliveryPlant: { plantId: await plantId(ctx, s.buyer, s.plant) },
        deadline: addDays(businessDate, 45),
        startDate: addDays(businessDate, 120),
        eventId: s.need.visibility === 'event' || s.key === 'headpipe' ? eventId : null,
        invitedOrgIds: (s.invite ?? []).map((k) => ctx.orgs.get(k)!),
        publish: s.publish,
      });
      demoNeeds.set(s.key, created.id);
    }
    await quote(ctx);
  },
};

/** Quotations: ikm01 and ikm02 for the headpipe protector (ikm02 shortlisted), a few for the cover and the bracket. */
async function quote(ctx: DemoContext) {
  const { quotations } = ctx.services.needs;
  const q = async (ikm: string, need: string, unitPrice: string, toolingCost: string, leadTimeDays: number, capacityPerMonth: number, notes: string) =>
    quotations.submit(await demoActor(ctx, ikm), demoNeeds.get(need)!, { unitPrice, toolingCost, leadTimeDays, capacityPerMonth, notes });
  await q('ikm01', 'headpipe', '8900', '65000000', 60, 25_000, 'Mold PU 4 kavitas dibuat sendiri; sampel T0 dalam 5 minggu setelah PO tooling.');
  const kawani = await q('ikm02', 'headpipe', '8350', '82000000', 75, 20_000, 'Termasuk uji panas 120 °C 500 jam; lokasi 2 km dari AHM Cikarang.');
  await quotations.shortlist(await demoActor(ctx, 'ahm'), kawani.id, true);
  await quotations.expressInterest(await demoActor(ctx, 'ikm25'), demoNeeds.get('headpipe')!, 'Tertarik; kapasitas kami 22.000/bulan dengan satu mesin tambahan.');
  await q('ikm03', 'cover', '12400', '145000000', 90, 18_000, 'Material PP copolymer setara spesifikasi, mold 2 kavitas.');
  await q('ikm14', 'cover', '11900', '160000000', 100, 16_000, 'Mold dibuat di bengkel sendiri; pengiriman dua kali seminggu.');
  await q('ikm08', 'bracket', '6250', '210000000', 70, 30_000, 'Dies progresif, termasuk pengelasan proyeksi dan powder coating melalui mitra.');
}

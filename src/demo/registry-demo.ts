/**
 * Registry part of the launch-event demo: complete profiles of the 32 IKM (registered by their own
 * admins, submitted, and verified by Kemenperin staff — a few still waiting or returned) and buyer
 * profiles of AHM and the 16 tier companies.
 */
import type { Actor, OrgKind, Role } from '../core/actor';
import { today } from '../core/clock';
import { addDays } from '../core/dates';
import { identityStore } from '../modules/identity';
import { registryDomain } from '../modules/registry';
import type { DemoContext, DemoPart } from './loader';
import { LAUNCH_IKM } from './launch-event-orgs';
import { DEMO_BUYERS } from './registry-demo-buyers';
import { DEMO_IKM_1 } from './registry-demo-ikm-1';
import { DEMO_IKM_2 } from './registry-demo-ikm-2';
import type { DemoBuyerSpec, DemoIkmSpec } from './registry-demo-spec';

export const DEMO_IKM: DemoIkmSpec[] = [...DEMO_IKM_1, ...DEMO_IKM_2];

/** Deterministic, realistic-looking identifiers: NIB (13 digits) and legacy NPWP (15 digits). */
export function demoNib(index: number): string {
  return `91${String(20_318_000_000 + ((index * 48_271) % 999_983) * 1_013).padStart(11, '0').slice(-11)}`;
}

export function demoNpwp(index: number): string {
  const serial = String(310_000 + index * 7_919).padStart(6, '0').slice(-6);
  const kpp = ['431', '435', '407', '408', '502', '521', '616', '121', '215', '801'][index % 10]!;
  return registryDomain.formatNpwp15(`0${(index % 3) + 1}${serial}${index % 10}${kpp}000`);
}

const LEGAL_FORM_BY_PREFIX: [RegExp, string][] = [
  [/^PT /, 'pt'],
  [/^CV /, 'cv'],
  [/^UD /, 'ud'],
  [/^Koperasi /, 'koperasi'],
];

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export function ikmInput(spec: DemoIkmSpec, legalName: string, index: number, businessDate: string) {
  const [first] = spec.contact[0].split(' ');
  return {
    legalName,
    brandName: spec.brand,
    legalForm: LEGAL_FORM_BY_PREFIX.find(([re]) => re.test(legalName))?.[1] ?? 'perorangan',
    nib: demoNib(index),
    npwp: demoNpwp(index),
    kbliCodes: spec.kbli,
    address: { street: spec.street, provinceCode: spec.province, regencyCode: spec.regency, postalCode: spec.postal },
    coordinates: { lat: spec.at[0], lng: spec.at[1] },
    yearFounded: spec.founded,
    workforce: { total: spec.workers[0], women: spec.workers[1], withDisability: spec.workers[2] },
    annualTurnover: spec.turnover,
    processes: spec.processes,
    materials: spec.materials,
    machines: spec.machines.map(([type, count, capacity]) => ({ type, count, capacity })),
    monthlyCapacity: { quantity: spec.capacity[0], unit: spec.capacity[1] },
    certifications: spec.certs.map(([kind, number, days]) => ({ kind, number, expiresOn: days === null ? null : addDays(businessDate, days) })),
    products: spec.products.map(([name, partNumber]) => ({ name, partNumber })),
    customers: spec.customers,
    contacts: [{ name: spec.contact[0], role: spec.contact[1], phone: spec.contact[2], email: `${slug(first ?? 'info')}@${slug(spec.brand ?? legalName)}.co.id` }],
  };
}

export function buyerInput(spec: DemoBuyerSpec, companyName: string) {
  return {
    companyName,
    groupName: spec.group,
    tier: spec.tier,
    sectors: spec.sectors,
    description: spec.description,
    website: spec.website,
    plants: spec.plants.map((p) => ({
      name: p.name,
      address: { street: p.street, provinceCode: p.province, regencyCode: p.regency, postalCode: p.postal },
      coordinates: p.at ? { lat: p.at[0], lng: p.at[1] } : undefined,
    })),
  };
}

/** Acts as a demo user (so history and audit name a person), falling back to the system actor. */
async function actorOf(ctx: DemoContext, email: string, orgKey: string, kind: OrgKind): Promise<Actor> {
  const found = await identityStore.findUserByEmail(ctx.deps.db, email);
  const orgId = ctx.orgs.get(orgKey);
  if (!found || !orgId) return ctx.actor;
  return { type: 'user', userId: found.user.id, orgId, orgKind: kind, roles: (found.roles ?? ['admin']) as Role[], requestId: 'demo' };
}

async function loadIkm(ctx: DemoContext, verifier: Actor) {
  const { registry } = ctx.services;
  const names = new Map(LAUNCH_IKM);
  const businessDate = today(ctx.deps.clock);
  for (const [i, spec] of DEMO_IKM.entries()) {
    const orgId = ctx.orgs.get(spec.key);
    const name = names.get(spec.key);
    if (!orgId || !name) throw new Error(`registry demo: unknown IKM ${spec.key}`);
    const owner = await actorOf(ctx, `admin@${spec.key}.demo.lingkar.id`, spec.key, 'ikm');
    await registry.profiles.create(owner, ikmInput(spec, name, i + 1, businessDate), { orgId });
    await registry.verification.submit(owner, orgId);
    if ((spec.status ?? 'verified') === 'verified') await registry.verification.verify(verifier, orgId);
    if (spec.status === 'returned') await registry.verification.returnProfile(verifier, orgId, spec.reasons ?? ['Data belum lengkap']);
  }
}

async function loadBuyers(ctx: DemoContext) {
  for (const spec of DEMO_BUYERS) {
    const orgId = ctx.orgs.get(spec.key);
    if (!orgId) throw new Error(`registry demo: unknown buyer ${spec.key}`);
    const org = await identityStore.findOrganisation(ctx.deps.db, orgId);
    await ctx.services.registry.buyers.put(ctx.actor, orgId, buyerInput(spec, org!.name));
  }
}

export const registryDemo: DemoPart = {
  name: 'registry-profiles',
  async load(ctx) {
    const verifier = await actorOf(ctx, 'staf@kemenperin.demo.lingkar.id', 'kemenperin', 'programme');
    await loadIkm(ctx, verifier);
    await loadBuyers(ctx);
  },
};

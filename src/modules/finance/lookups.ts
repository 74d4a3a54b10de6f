/**
 * What finance needs from other areas, as narrow interfaces the wiring (src/server/services.ts)
 * provides, so finance never imports orders or partnerships (they may call finance for payments:
 * no cycle). Each function answers null when the object does not exist.
 */
import { systemActor } from '../../core/actor';
import type { Executor } from '../../db/client';

export interface UnderlyingPo {
  id: string;
  reference: string;
  buyerOrgId: string;
  ikmOrgId: string;
  /** PO value in whole Rupiah. */
  value: bigint;
  status: string;
}

export interface UnderlyingMou {
  id: string;
  reference: string;
  /** The buyer (or mentor) that initiated the MoU: it confirms the backing. */
  buyerOrgId: string;
  /** IKM parties and each one's market access per year. */
  ikm: { orgId: string; value: bigint }[];
  status: string;
}

export interface UnderlyingInvoice {
  id: string;
  poId: string | null;
  buyerOrgId: string;
  ikmOrgId: string;
  amount: bigint;
}

export interface UnderlyingLookup {
  findPo(x: Executor, id: string): Promise<UnderlyingPo | null>;
  findMou(x: Executor, id: string): Promise<UnderlyingMou | null>;
  findInvoice(x: Executor, id: string): Promise<UnderlyingInvoice | null>;
}

/** What the analyst sees about the IKM beyond finance: supplier scorecard, mentoring level, province. All optional. */
export interface PartyLookup {
  scorecardOf(x: Executor, ikmOrgId: string): Promise<Record<string, unknown> | null>;
  mentoringLevelOf(x: Executor, ikmOrgId: string): Promise<string | null>;
  provinceOf(x: Executor, orgIds: string[]): Promise<Map<string, string>>;
}

export interface FinanceLookups {
  underlying: UnderlyingLookup;
  parties: PartyLookup;
}

const none = async () => null;
export const NO_UNDERLYINGS: UnderlyingLookup = { findPo: none, findMou: none, findInvoice: none };
export const NO_PARTY_INFO: PartyLookup = { scorecardOf: none, mentoringLevelOf: none, provinceOf: async () => new Map() };

/** The partnerships service's `get` as finance needs it (structural: finance does not import partnerships). */
export interface MouSource {
  get(actor: ReturnType<typeof systemActor>, id: string, x?: Executor): Promise<{
    id: string;
    reference: string;
    status: string;
    initiatorOrgId: string;
    parties: { orgId: string; role: string; marketAccessPerYear: bigint | null }[];
  }>;
}

/** Turns a not-found AppError (404) into null; anything else is rethrown. */
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}

export function mouLookupFrom(partnerships: MouSource): UnderlyingLookup['findMou'] {
  return async (x, id) => {
    const m = await orNull(partnerships.get(systemActor('00000000-0000-0000-0000-000000000000', 'finance'), id, x));
    if (!m) return null;
    return {
      id: m.id,
      reference: m.reference,
      buyerOrgId: m.initiatorOrgId,
      status: m.status,
      ikm: m.parties.filter((p) => p.role === 'ikm').map((p) => ({ orgId: p.orgId, value: p.marketAccessPerYear ?? 0n })),
    };
  };
}

import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { daysBetween } from '../../core/dates';
import type { Deps } from '../../deps';
import { ALL, isProgramme, orgNames, RULES } from './access';
import { classifyCollectibility, isNonPerforming, type CollectibilityClass } from './domain/collectibility';
import { pipelineStage, summarisePipeline, type AkadStatus, type ApplicationStatus } from './domain/pipeline';
import { percentText } from './domain/product-rules';
import type { FinanceLookups } from './lookups';
import * as store from './store';

interface Figures {
  akads: number;
  disbursed: bigint;
  repaid: bigint;
  outstanding: bigint;
  interest: bigint;
  penalty: bigint;
  writtenOff: bigint;
  npl: bigint;
  nplRatio: string;
  byClass: { class: CollectibilityClass; label: string; count: number; outstanding: bigint }[];
}

type Row = store.AkadPortfolioRow & { cls: CollectibilityClass; dpd: number };

function figures(rows: Row[]): Figures {
  const labels = [0, 1, 2, 3, 4, 5].map((c) => (c ? classifyCollectibility([0, 1, 91, 121, 181][c - 1]!).label : ''));
  const byClass = ([1, 2, 3, 4, 5] as CollectibilityClass[]).map((c) => ({ class: c, label: labels[c]!, count: 0, outstanding: 0n }));
  const f = { akads: rows.length, disbursed: 0n, repaid: 0n, outstanding: 0n, interest: 0n, penalty: 0n, writtenOff: 0n, npl: 0n };
  for (const r of rows) {
    const outstanding = BigInt(r.outstanding);
    f.disbursed += BigInt(r.disbursed);
    f.repaid += BigInt(r.repaid);
    f.outstanding += outstanding;
    f.interest += BigInt(r.interest);
    f.penalty += BigInt(r.penalty);
    f.writtenOff += BigInt(r.written_off);
    if (r.status === 'disbursed') {
      const b = byClass[r.cls - 1]!;
      b.count += 1;
      b.outstanding += outstanding;
      if (isNonPerforming(r.cls)) f.npl += outstanding;
    }
  }
  return { ...f, nplRatio: percentText(f.npl, f.outstanding), byClass };
}

export type ReportService = ReturnType<typeof createReportService>;

export function createReportService(deps: Deps, lookups: FinanceLookups) {
  const { db, clock } = deps;

  async function rows(lenderOrgId: string | undefined): Promise<Row[]> {
    const asOf = today(clock);
    return (await store.akadPortfolioRows(db, { lenderOrgId, asOf })).map((r) => {
      const dpd = r.status === 'disbursed' && r.oldest_due ? daysBetween(r.oldest_due, asOf) : 0;
      return { ...r, dpd, cls: classifyCollectibility(dpd).class };
    });
  }

  function group(list: Row[], keyOf: (r: Row) => string, names: Map<string, string>) {
    const by = new Map<string, Row[]>();
    for (const r of list) by.set(keyOf(r), [...(by.get(keyOf(r)) ?? []), r]);
    return [...by.entries()].map(([key, rs]) => ({ key, name: names.get(key) ?? key, ...figures(rs) })).sort((a, b) => a.name.localeCompare(b.name));
  }

  return {
    /** Applications and akad by stage with counts and values (lender: own; IKM: own; buyer: backed by it; programme: all). */
    async pipeline(actor: Actor, q: { lenderId?: string }) {
      authorize(actor, { kinds: ALL, relation: 'any' });
      const kind = actor.type === 'system' ? 'programme' : actor.orgKind;
      const list = await store.pipelineRows(db, {
        lenderOrgId: kind === 'lender' ? actor.orgId : kind === 'programme' ? q.lenderId : undefined,
        ikmOrgId: kind === 'ikm' ? actor.orgId : undefined,
        buyerOrgId: kind === 'buyer' || kind === 'mentor' ? actor.orgId : undefined,
      });
      return summarisePipeline(
        list.map((r) => ({
          stage: pipelineStage(r.application_status as ApplicationStatus, (r.akad_status ?? null) as AkadStatus | null),
          value: BigInt(r.principal ?? r.amount),
        })),
      );
    },

    /** A lender's portfolio (programme staff may name the lender): outstanding, disbursed, repaid, by class, NPL ratio. */
    async lenderPortfolio(actor: Actor, q: { lenderId?: string }) {
      authorize(actor, { kinds: ['lender', 'programme'], relation: 'any' });
      const lenderOrgId = isProgramme(actor) ? q.lenderId : actor.orgId;
      const list = await rows(lenderOrgId);
      const names = await orgNames(db, list.flatMap((r) => [r.ikm_org_id, r.lender_org_id]));
      return {
        asOf: today(clock),
        lenderId: lenderOrgId ?? null,
        ...figures(list),
        akads: list.map((r) => ({ id: r.id, reference: r.reference, status: r.status, ikmName: names.get(r.ikm_org_id) ?? '', lenderName: names.get(r.lender_org_id) ?? '', principal: BigInt(r.principal), outstanding: BigInt(r.outstanding), dpd: r.dpd, collectibility: r.cls })),
      };
    },

    /** The programme office's view: figures per lender, per buyer and per IKM province. */
    async programmePortfolio(actor: Actor) {
      authorize(actor, { kinds: ['programme'], relation: 'any' });
      const list = await rows(undefined);
      const names = await orgNames(db, list.flatMap((r) => [r.lender_org_id, r.buyer_org_id]));
      const provinces = await lookups.parties.provinceOf(db, [...new Set(list.map((r) => r.ikm_org_id))]);
      const unknown = 'Tidak diketahui';
      return {
        asOf: today(clock),
        total: figures(list),
        byLender: group(list, (r) => r.lender_org_id, names),
        byBuyer: group(list, (r) => r.buyer_org_id, names),
        byProvince: group(list, (r) => provinces.get(r.ikm_org_id) ?? unknown, new Map()),
      };
    },

    /** Trial balance and integrity checks (programme admin: whole ledger; a lender: its own part). */
    async ledgerCheck(actor: Actor) {
      authorize(actor, { kinds: ['programme', 'lender'], roles: ['admin'], relation: 'any' });
      const check = await store.ledgerCheck(db, isProgramme(actor) ? undefined : actor.orgId);
      return { ...check, balanced: check.unbalancedEntries === 0 && check.entriesWithoutLines === 0 && check.byAccount.reduce((s, a) => s + BigInt(a.balance), 0n) === 0n };
    },

    requireProgrammeAdmin(actor: Actor) {
      authorize(actor, RULES.programmeAdmin);
    },
  };
}

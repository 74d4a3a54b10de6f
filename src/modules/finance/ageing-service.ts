import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { today } from '../../core/clock';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { classifyCollectibility } from './domain/collectibility';
import { penaltyAccrualEntry } from './domain/ledger';
import { accruePenalties, daysPastDue } from './domain/penalty';
import { financeAgeingRuns, financeAkads } from './schema-ledger';
import * as store from './store';

export interface AgeingResult {
  asOf: string;
  akads: number;
  penaltyAccrued: bigint;
  byClass: Record<string, number>;
}

export type AgeingService = ReturnType<typeof createAgeingService>;

/**
 * The daily ageing of disbursed akads: penalty accrual on overdue principal and interest (journal
 * entries), days past due of the oldest unpaid amount and the collectibility class. Each akad in
 * its own short transaction (escrow locked first, like payments). Idempotent: a repeat run for the
 * same date accrues nothing more, because each instalment remembers the date accrued through.
 */
export function createAgeingService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;

  async function ageOne(actor: Actor, akadId: string, asOf: string): Promise<{ penalty: bigint; cls: number }> {
    return db.transaction(async (tx) => {
      const peek = (await store.findAkad(tx, akadId))!;
      await store.findEscrowAccount(tx, peek.escrowAccountId, true);
      const akad = (await store.findAkad(tx, akadId, true))!;
      if (akad.status !== 'disbursed') return { penalty: 0n, cls: akad.collectibility };
      const instalments = (await store.findInstalments(tx, akadId, akad.currentVersion)).map(store.toStored);
      const accruals = accruePenalties(instalments, akad.penaltyRate, asOf);
      const penalty = accruals.reduce((s, a) => s + a.amount, 0n);
      await store.addPenalty(tx, akadId, akad.currentVersion, accruals, asOf);
      const now = clock.now();
      if (penalty > 0n) {
        const parties = { lenderOrgId: akad.lenderOrgId, ikmOrgId: akad.ikmOrgId };
        const memo = `Denda keterlambatan ${akad.reference} s.d. ${asOf} (angsuran ${accruals.map((a) => a.no).join(', ')})`;
        await store.insertJournal(tx, [penaltyAccrualEntry({ ...parties, akadId, amount: penalty, memo })], { ...parties, occurredOn: asOf, createdAt: now });
      }
      for (const a of accruals) {
        const i = instalments.find((x) => x.no === a.no)!;
        i.penaltyDue += a.amount;
      }
      const dpd = daysPastDue(instalments, asOf);
      const c = classifyCollectibility(dpd);
      await store.updateAkadRow(tx, akadId, { dpd, collectibility: c.class, agedOn: asOf, updatedAt: now });
      if (penalty > 0n || c.class !== akad.collectibility) {
        await audit.record(tx, actor, {
          action: 'finance.akad_aged',
          entityType: 'akad',
          entityId: akadId,
          orgId: akad.ikmOrgId,
          before: { dpd: akad.dpd, collectibility: akad.collectibility },
          after: { dpd, collectibility: c.class, penalty, asOf },
        });
      }
      return { penalty, cls: c.class };
    });
  }

  return {
    async run(actor: Actor, asOf = today(clock)): Promise<AgeingResult> {
      const ids = (await db.execute<{ id: string }>(sql`select id from ${financeAkads} where status = 'disbursed' order by id`)).rows.map((r) => r.id);
      let penaltyAccrued = 0n;
      const byClass: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
      for (const id of ids) {
        const r = await ageOne(actor, id, asOf);
        penaltyAccrued += r.penalty;
        byClass[String(r.cls)] = (byClass[String(r.cls)] ?? 0) + 1;
      }
      await db
        .insert(financeAgeingRuns)
        .values({ asOf, akads: ids.length, penaltyAccrued: penaltyAccrued.toString(), finishedAt: clock.now() })
        .onConflictDoUpdate({ target: financeAgeingRuns.asOf, set: { akads: ids.length, penaltyAccrued: sql`${financeAgeingRuns.penaltyAccrued} + ${penaltyAccrued.toString()}::numeric`, finishedAt: clock.now() } });
      return { asOf, akads: ids.length, penaltyAccrued, byClass };
    },
  };
}

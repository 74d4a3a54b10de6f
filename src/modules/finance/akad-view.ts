import type { Executor } from '../../db/client';
import { orgNames } from './access';
import { classifyCollectibility } from './domain/collectibility';
import { buildAkadSchedule, type StoredInstalment } from './domain/akad-schedule';
import type { LoanMethod } from './domain/loan-schedule';
import { daysPastDue } from './domain/penalty';
import * as store from './store';

export function akadTerms(a: store.AkadRow) {
  return {
    principal: BigInt(a.principal),
    annualRate: a.annualRate,
    method: a.method as LoanMethod,
    tenorMonths: a.tenorMonths ?? undefined,
    repaidOn: a.repaidOn ?? undefined,
    graceMonths: a.graceMonths,
  };
}

export function instalmentView(i: StoredInstalment) {
  const unpaid = i.principalDue - i.principalPaid + (i.interestDue - i.interestPaid) + (i.penaltyDue - i.penaltyPaid);
  return { ...i, totalDue: i.principalDue + i.interestDue + i.penaltyDue, unpaid };
}

/** Current instalments: the stored schedule once signed; before signing, the preview from the planned disbursement date. */
export async function currentInstalments(x: Executor, a: store.AkadRow): Promise<StoredInstalment[]> {
  if (a.currentVersion === 0) return buildAkadSchedule(akadTerms(a), a.plannedDisbursementOn);
  return (await store.findInstalments(x, a.id, a.currentVersion)).map(store.toStored);
}

/** The akad as the API shows it: terms, parties, ledger balances, days past due and class, current schedule. */
export async function loadAkadView(x: Executor, a: store.AkadRow, asOf: string) {
  const [instalments, bal, versions, names] = await Promise.all([
    currentInstalments(x, a),
    store.balances(x, { akadId: a.id }),
    store.listScheduleVersions(x, a.id),
    orgNames(x, [a.lenderOrgId, a.ikmOrgId, a.buyerOrgId]),
  ]);
  const live = a.status === 'disbursed';
  const dpd = live ? daysPastDue(instalments, asOf) : 0;
  const c = classifyCollectibility(dpd);
  return {
    ...a,
    principal: BigInt(a.principal),
    lenderName: names.get(a.lenderOrgId) ?? '',
    ikmName: names.get(a.ikmOrgId) ?? '',
    buyerName: names.get(a.buyerOrgId) ?? '',
    dpd,
    collectibility: c.class,
    collectibilityLabel: c.label,
    balances: {
      outstandingPrincipal: bal.get('loan_principal') ?? 0n,
      penaltyReceivable: bal.get('penalty_receivable') ?? 0n,
      interestPaid: -(bal.get('interest_income') ?? 0n),
      penaltyIncome: -(bal.get('penalty_income') ?? 0n),
      writtenOff: bal.get('write_off_expense') ?? 0n,
    },
    schedule: {
      version: a.currentVersion,
      fixed: a.currentVersion > 0,
      instalments: instalments.map(instalmentView),
      totals: {
        principal: instalments.reduce((s, i) => s + i.principalDue, 0n),
        interest: instalments.reduce((s, i) => s + i.interestDue, 0n),
        penalty: instalments.reduce((s, i) => s + i.penaltyDue, 0n),
        paid: instalments.reduce((s, i) => s + i.principalPaid + i.interestPaid + i.penaltyPaid, 0n),
      },
    },
    versions: versions.map((v) => ({ version: v.version, reason: v.reason, terms: v.terms, note: v.note, createdAt: v.createdAt })),
  };
}

export type AkadView = Awaited<ReturnType<typeof loadAkadView>>;

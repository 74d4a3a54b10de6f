import type { Actor } from '../../core/actor';
import { today } from '../../core/clock';
import type { Deps } from '../../deps';
import { orgNames } from './access';
import type { AkadService } from './akad-service';
import { loadAkadView } from './akad-view';
import type { EscrowService } from './escrow-service';
import { reconciliationXlsx, statementPdf, statementXlsx, type ReconciliationReport, type StatementLine } from './statements';
import * as store from './store';

export type StatementService = ReturnType<typeof createStatementService>;

const KIND_LABELS: Record<string, string> = {
  disbursement: 'Pencairan',
  allocation: 'Pembayaran angsuran',
  penalty_accrual: 'Denda',
  write_off: 'Hapus buku',
  reversal: 'Koreksi (pembalikan)',
};

export function createStatementService(deps: Deps, akads: AkadService, escrow: EscrowService) {
  const { db, clock } = deps;

  /** The akad with its movements: disbursement, payments (principal, interest, penalty), penalty accruals, write-off. */
  async function statement(actor: Actor, akadId: string) {
    const akad = await akads.loadVisible(db, actor, akadId);
    const asOf = today(clock);
    const view = await loadAkadView(db, akad, asOf);
    const entries = await store.entriesWithLines(db, { akadId });
    const lines: StatementLine[] = entries.map((e) => {
      const sum = (account: string) => e.lines.filter((l) => l.account === account && l.akadId === akadId).reduce((s, l) => s + BigInt(l.amount), 0n);
      const principal = e.kind === 'disbursement' ? sum('loan_principal') : -sum('loan_principal');
      const penalty = e.kind === 'penalty_accrual' ? sum('penalty_receivable') : -sum('penalty_receivable');
      return { date: e.occurredOn, kind: KIND_LABELS[e.kind] ?? e.kind, memo: e.memo, principal, interest: -sum('interest_income'), penalty };
    });
    return { view, lines, asOf };
  }

  return {
    async json(actor: Actor, akadId: string) {
      const s = await statement(actor, akadId);
      return { asOf: s.asOf, akad: s.view, movements: s.lines };
    },
    async pdf(actor: Actor, akadId: string) {
      const s = await statement(actor, akadId);
      return { filename: `${s.view.reference}.pdf`, body: await statementPdf(s.view, s.lines, s.asOf) };
    },
    async xlsx(actor: Actor, akadId: string) {
      const s = await statement(actor, akadId);
      return { filename: `${s.view.reference}.xlsx`, body: await statementXlsx(s.view, s.lines, s.asOf) };
    },

    /** Per escrow account: every payment in equals what went out to the lender (principal, interest, penalty) and to the IKM. */
    async reconciliation(actor: Actor, escrowId: string): Promise<ReconciliationReport> {
      const e = await escrow.loadEscrow(actor, escrowId);
      const rows = await store.reconciliationRows(db, escrowId);
      const names = await orgNames(db, [e.lenderOrgId, e.ikmOrgId]);
      const payments = rows.map((r) => {
        const p = { paymentId: r.payment_id, kind: r.kind, invoiceId: r.invoice_id, paidOn: r.paid_on, amount: BigInt(r.amount), escrowIn: BigInt(r.escrow_in), escrowOut: BigInt(r.escrow_out), principal: BigInt(r.principal), interest: BigInt(r.interest), penalty: BigInt(r.penalty), toIkm: BigInt(r.to_ikm), reversed: r.reversed };
        // a reversed payment nets to nothing: what came in went back out, nothing stays allocated
        const balanced = p.reversed
          ? p.escrowIn === p.escrowOut && p.principal + p.interest + p.penalty + p.toIkm === 0n
          : p.escrowIn === p.amount && p.escrowOut === p.amount && p.principal + p.interest + p.penalty + p.toIkm === p.amount;
        return { ...p, balanced };
      });
      const total = (f: (p: (typeof payments)[number]) => bigint) => payments.reduce((s, p) => s + f(p), 0n);
      const totals = { in: total((p) => p.escrowIn), out: total((p) => p.escrowOut), principal: total((p) => p.principal), interest: total((p) => p.interest), penalty: total((p) => p.penalty), toIkm: total((p) => p.toIkm), balance: (await store.balances(db, { escrowAccountId: escrowId })).get('escrow') ?? 0n };
      return {
        escrowAccountId: e.id,
        accountNo: e.accountNo,
        lenderName: names.get(e.lenderOrgId) ?? '',
        ikmName: names.get(e.ikmOrgId) ?? '',
        payments,
        totals,
        balanced: payments.every((p) => p.balanced) && totals.in === totals.out && totals.balance === 0n,
      };
    },

    async reconciliationXlsx(actor: Actor, escrowId: string) {
      const r = await this.reconciliation(actor, escrowId);
      return { filename: `rekonsiliasi-${r.accountNo}.xlsx`, body: await reconciliationXlsx(r) };
    },
  };
}

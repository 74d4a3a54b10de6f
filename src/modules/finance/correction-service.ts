import type { Actor } from '../../core/actor';
import { conflict, unprocessable } from '../../core/errors';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { assertParty, notFoundOf, RULES } from './access';
import { reversalOf, type Account, type LedgerEntry } from './domain/ledger';
import type { AllocationJson } from './payment-engine';
import * as store from './store';

export type CorrectionService = ReturnType<typeof createCorrectionService>;

/**
 * Corrections are reversing entries, never edits. Reversing a misapplied escrow payment writes the
 * negation of each of its journal entries (linked to the entry it reverses), takes its allocations
 * back off the instalments, reopens an akad it had repaid, and frees its invoice to be paid again.
 * Refused when a schedule version has changed since (a prepayment or restructuring built on it).
 */
export function createCorrectionService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;

  return {
    async reversePayment(actor: Actor, paymentId: string, reason: string) {
      const hidden = notFoundOf('payment', paymentId);
      const peek = await store.findPayment(db, paymentId);
      if (!peek) throw hidden();
      const escrow = (await store.findEscrowAccount(db, peek.escrowAccountId))!;
      assertParty(actor, RULES.lenderOfficer, [escrow.lenderOrgId], hidden);
      return db.transaction(async (tx) => {
        await store.findEscrowAccount(tx, escrow.id, true);
        const payment = (await store.findPayment(tx, paymentId, true))!;
        if (payment.reversedAt) throw conflict('finance.payment_already_reversed', 'Pembayaran ini sudah dibatalkan.', { paymentId });
        const allocations = (payment.allocations ?? []) as AllocationJson[];
        const akads = new Map<string, store.AkadRow>();
        for (const a of allocations) {
          const akad = akads.get(a.loan) ?? (await store.findAkad(tx, a.loan, true))!;
          akads.set(a.loan, akad);
          if (a.no === 0 || a.version !== akad.currentVersion) {
            throw unprocessable('finance.payment_not_reversible', 'Jadwal sudah berubah sejak pembayaran ini (pelunasan dipercepat atau restrukturisasi); koreksi harus lewat restrukturisasi.', { paymentId });
          }
        }
        const original = await store.entriesWithLines(tx, { paymentId });
        const reversals: LedgerEntry[] = original
          .filter((e) => e.kind !== 'reversal')
          .map((e) =>
            reversalOf(
              {
                id: e.id,
                kind: e.kind as LedgerEntry['kind'],
                memo: e.memo,
                akadId: e.akadId,
                escrowAccountId: e.escrowAccountId,
                instalmentNo: e.instalmentNo,
                lines: e.lines.map((l) => ({ account: l.account as Account, amount: BigInt(l.amount), lenderOrgId: l.lenderOrgId, ikmOrgId: l.ikmOrgId, akadId: l.akadId, escrowAccountId: l.escrowAccountId })),
              },
              `Koreksi: ${e.memo} (${reason})`,
            ),
          );
        const now = clock.now();
        await store.insertJournal(tx, reversals, { lenderOrgId: escrow.lenderOrgId, ikmOrgId: escrow.ikmOrgId, occurredOn: payment.paidOn, createdAt: now, paymentId });
        await store.addPaid(
          tx,
          allocations.map((a) => ({ akadId: a.loan, version: a.version!, no: a.no, principal: -BigInt(a.principal), interest: -BigInt(a.interest), penalty: -BigInt(a.penalty) })),
        );
        for (const akad of akads.values()) {
          if (akad.status === 'repaid') await store.updateAkadRow(tx, akad.id, { status: 'disbursed', closedOn: null, updatedAt: now });
        }
        await store.markPaymentReversed(tx, paymentId, now);
        await audit.record(tx, actor, { action: 'finance.escrow_payment_reversed', entityType: 'escrow_payment', entityId: paymentId, orgId: escrow.ikmOrgId, before: { amount: payment.amount, allocations }, after: { reason, entries: reversals.length } });
        return { paymentId, reversedEntries: reversals.length, reason };
      });
    },
  };
}

import { describe, expect, it } from 'vitest';
import { assertBalanced, balanceOf, disbursementEntry, paymentEntries, penaltyAccrualEntry, reversalOf, UnbalancedEntryError, writeOffEntry } from './ledger';
import { allocatePayment } from './waterfall';

const parties = { lenderOrgId: 'lender', ikmOrgId: 'ikm' };

describe('ledger entries', () => {
  it('a payment: escrow in = out, every entry balances, the IKM payable nets to zero', () => {
    const w = allocatePayment({
      payment: 10_000_000n,
      paidOn: '2026-05-20',
      loans: [{ id: 'A1', instalments: [{ no: 1, dueDate: '2026-05-15', penaltyDue: 5_000n, interestDue: 500_000n, principalDue: 4_000_000n }] }],
    });
    const entries = paymentEntries({ ...parties, escrowAccountId: 'E', amount: 10_000_000n, memo: 'INV-1', ...w });
    expect(entries.map((e) => e.kind)).toEqual(['payment_received', 'allocation', 'settlement', 'release_to_ikm']);
    for (const e of entries) assertBalanced(e);
    const lines = entries.flatMap((e) => e.lines);
    expect(balanceOf(lines, 'escrow')).toBe(0n);
    expect(balanceOf(lines, 'ikm_payable')).toBe(0n);
    expect(balanceOf(lines, 'loan_principal')).toBe(-4_000_000n);
    expect(balanceOf(lines, 'interest_income')).toBe(-500_000n);
    expect(balanceOf(lines, 'penalty_receivable')).toBe(-5_000n);
    expect(balanceOf(lines, 'lender_cash')).toBe(4_505_000n);
  });

  it('disbursement, penalty, write-off and reversal balance; zero lines are dropped', () => {
    const d = disbursementEntry({ ...parties, akadId: 'A1', principal: 7n, memo: 'x' });
    const p = penaltyAccrualEntry({ ...parties, akadId: 'A1', amount: 3n, memo: 'x' });
    const w = writeOffEntry({ ...parties, akadId: 'A1', principal: 7n, penalty: 0n, memo: 'x' });
    expect(w.lines).toHaveLength(2);
    const lines = [d, p, w, reversalOf(p, 'batal')].flatMap((e) => e.lines);
    expect(balanceOf(lines, 'loan_principal')).toBe(0n);
    expect(balanceOf(lines, 'penalty_receivable')).toBe(0n);
  });

  it('refuses an unbalanced entry', () => {
    expect(() => assertBalanced({ kind: 'reversal', memo: '', lines: [{ ...parties, account: 'escrow', amount: 1n }, { ...parties, account: 'lender_cash', amount: -2n }] })).toThrow(UnbalancedEntryError);
  });
});

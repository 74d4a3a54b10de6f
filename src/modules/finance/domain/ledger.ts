/**
 * The double-entry ledger (buku besar) of closed-loop finance. Pure builders of journal entries:
 * amounts are signed whole Rupiah, debit positive and credit negative, and every entry's lines
 * sum to zero (checked here and again by the database at commit). Balances are sums of lines;
 * corrections are reversing entries, never edits.
 *
 * Accounts:
 *  - escrow             cash in the IKM × lender escrow (virtual) account (asset)
 *  - loan_principal     principal receivable of an akad (asset)
 *  - penalty_receivable penalty (denda) accrued and not yet paid (asset)
 *  - interest_income    interest earned, recognised when paid (income, credit balance)
 *  - penalty_income     penalty earned, recognised when accrued (income, credit balance)
 *  - ikm_payable        money held in escrow for the IKM (liability, credit balance)
 *  - lender_cash        the lender's disbursement / cash account (asset)
 *  - write_off_expense  principal and penalty written off (expense)
 */
import type { Rupiah } from '../../../core/rupiah';
import type { Allocation } from './waterfall';

export const ACCOUNTS = ['escrow', 'loan_principal', 'penalty_receivable', 'interest_income', 'penalty_income', 'ikm_payable', 'lender_cash', 'write_off_expense'] as const;
export type Account = (typeof ACCOUNTS)[number];

export const ENTRY_KINDS = ['disbursement', 'payment_received', 'allocation', 'settlement', 'release_to_ikm', 'penalty_accrual', 'write_off', 'reversal'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface LedgerLine {
  account: Account;
  /** Debit positive, credit negative. */
  amount: Rupiah;
  lenderOrgId: string;
  ikmOrgId: string;
  akadId?: string | null;
  escrowAccountId?: string | null;
}

export interface LedgerEntry {
  kind: EntryKind;
  memo: string;
  akadId?: string | null;
  escrowAccountId?: string | null;
  /** The instalment an allocation paid. */
  instalmentNo?: number | null;
  /** A reversal: the entry it reverses. */
  reversesEntryId?: string | null;
  lines: LedgerLine[];
}

export class UnbalancedEntryError extends Error {}

/** Throws unless the lines sum to zero and there are at least two non-zero lines. */
export function assertBalanced(entry: LedgerEntry): void {
  let sum = 0n;
  for (const l of entry.lines) sum += l.amount;
  if (sum !== 0n || entry.lines.filter((l) => l.amount !== 0n).length < 2) {
    throw new UnbalancedEntryError(`journal entry "${entry.kind}" does not balance: lines sum to ${sum}`);
  }
}

function entry(e: LedgerEntry): LedgerEntry {
  const lines = e.lines.filter((l) => l.amount !== 0n);
  const out = { ...e, lines };
  assertBalanced(out);
  return out;
}

export interface Parties {
  lenderOrgId: string;
  ikmOrgId: string;
}

/** Disbursement: the lender's cash goes to the IKM; the akad's principal becomes receivable. */
export function disbursementEntry(p: Parties & { akadId: string; principal: Rupiah; memo: string }): LedgerEntry {
  const base = { lenderOrgId: p.lenderOrgId, ikmOrgId: p.ikmOrgId, akadId: p.akadId };
  return entry({
    kind: 'disbursement',
    memo: p.memo,
    akadId: p.akadId,
    lines: [
      { ...base, account: 'loan_principal', amount: p.principal },
      { ...base, account: 'lender_cash', amount: -p.principal },
    ],
  });
}

export interface PaymentPosting extends Parties {
  escrowAccountId: string;
  amount: Rupiah;
  memo: string;
  /** Waterfall allocations; `loan` is the akad id. */
  allocations: Allocation[];
  toIkm: Rupiah;
}

/**
 * A payment into escrow: received (escrow ↑, held for the IKM); each allocation applies the
 * IKM's money to one instalment (penalty, interest, principal); what the allocations took is
 * settled from escrow to the lender; the remainder is released from escrow to the IKM. Escrow
 * ends where it started, and so does the IKM payable.
 */
export function paymentEntries(p: PaymentPosting): LedgerEntry[] {
  const esc = { lenderOrgId: p.lenderOrgId, ikmOrgId: p.ikmOrgId, escrowAccountId: p.escrowAccountId };
  const out: LedgerEntry[] = [
    entry({
      kind: 'payment_received',
      memo: p.memo,
      escrowAccountId: p.escrowAccountId,
      lines: [
        { ...esc, account: 'escrow', amount: p.amount },
        { ...esc, account: 'ikm_payable', amount: -p.amount },
      ],
    }),
  ];
  let toLender = 0n;
  for (const a of p.allocations) {
    const total = a.penalty + a.interest + a.principal;
    toLender += total;
    const onLoan = { ...esc, akadId: a.loan };
    out.push(
      entry({
        kind: 'allocation',
        memo: a.no > 0 ? `${p.memo} — angsuran ke-${a.no}` : `${p.memo} — pelunasan pokok dipercepat`,
        akadId: a.loan,
        escrowAccountId: p.escrowAccountId,
        instalmentNo: a.no > 0 ? a.no : null,
        lines: [
          { ...onLoan, account: 'ikm_payable', amount: total },
          { ...onLoan, account: 'penalty_receivable', amount: -a.penalty },
          { ...onLoan, account: 'interest_income', amount: -a.interest },
          { ...onLoan, account: 'loan_principal', amount: -a.principal },
        ],
      }),
    );
  }
  if (toLender > 0n) {
    out.push(
      entry({
        kind: 'settlement',
        memo: `${p.memo} — ke pemberi pinjaman`,
        escrowAccountId: p.escrowAccountId,
        lines: [
          { ...esc, account: 'lender_cash', amount: toLender },
          { ...esc, account: 'escrow', amount: -toLender },
        ],
      }),
    );
  }
  if (p.toIkm > 0n) {
    out.push(
      entry({
        kind: 'release_to_ikm',
        memo: `${p.memo} — sisa ke IKM`,
        escrowAccountId: p.escrowAccountId,
        lines: [
          { ...esc, account: 'ikm_payable', amount: p.toIkm },
          { ...esc, account: 'escrow', amount: -p.toIkm },
        ],
      }),
    );
  }
  return out;
}

/** Penalty accrued on an akad's overdue instalments: receivable ↑, income ↑. */
export function penaltyAccrualEntry(p: Parties & { akadId: string; amount: Rupiah; memo: string }): LedgerEntry {
  const base = { lenderOrgId: p.lenderOrgId, ikmOrgId: p.ikmOrgId, akadId: p.akadId };
  return entry({
    kind: 'penalty_accrual',
    memo: p.memo,
    akadId: p.akadId,
    lines: [
      { ...base, account: 'penalty_receivable', amount: p.amount },
      { ...base, account: 'penalty_income', amount: -p.amount },
    ],
  });
}

/** Write-off (hapus buku): the outstanding principal and accrued penalty leave the books as an expense. */
export function writeOffEntry(p: Parties & { akadId: string; principal: Rupiah; penalty: Rupiah; memo: string }): LedgerEntry {
  const base = { lenderOrgId: p.lenderOrgId, ikmOrgId: p.ikmOrgId, akadId: p.akadId };
  return entry({
    kind: 'write_off',
    memo: p.memo,
    akadId: p.akadId,
    lines: [
      { ...base, account: 'write_off_expense', amount: p.principal + p.penalty },
      { ...base, account: 'loan_principal', amount: -p.principal },
      { ...base, account: 'penalty_receivable', amount: -p.penalty },
    ],
  });
}

/** The reversing entry of an entry (with its id): every line negated. */
export function reversalOf(original: LedgerEntry & { id?: string }, memo: string): LedgerEntry {
  return entry({ ...original, kind: 'reversal', memo, reversesEntryId: original.id ?? null, lines: original.lines.map((l) => ({ ...l, amount: -l.amount })) });
}

/** Balance of an account over some lines (debit positive). */
export function balanceOf(lines: Pick<LedgerLine, 'account' | 'amount'>[], account: Account): Rupiah {
  let sum = 0n;
  for (const l of lines) if (l.account === account) sum += l.amount;
  return sum;
}

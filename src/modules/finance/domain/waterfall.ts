/**
 * Escrow payment waterfall (DOMAIN.md "Payment waterfall"). A payment is applied to the unpaid
 * instalments that are due on or before the payment date — oldest due date first, ties by loan id
 * (code-unit order) then instalment no — each as penalty, then interest, then principal; a loan
 * marked `settleInFull` (a bullet loan tied to the paid PO) counts even before its due date. What
 * is left goes to the IKM. The allocations and `toIkm` always sum to the payment.
 */
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { isIsoDate } from '../../../core/dates';
import { parseRupiah, type Rupiah } from '../../../core/rupiah';
import { isoDate, parseOrThrow, rupiahString } from '../../../core/validation';

export interface WaterfallInstalment<M = Rupiah> {
  no: number;
  dueDate: string;
  /** Unpaid amounts still outstanding on this instalment. */
  penaltyDue: M;
  interestDue: M;
  principalDue: M;
}

export interface WaterfallLoan<M = Rupiah> {
  id: string;
  /** Allocate to this loan's instalments even when not yet due (bullet loan tied to the paid PO). */
  settleInFull?: boolean;
  instalments: WaterfallInstalment<M>[];
}

export interface WaterfallInput<M = Rupiah> {
  payment: M;
  paidOn: string;
  loans: WaterfallLoan<M>[];
}

export interface Allocation<M = Rupiah> {
  loan: string;
  no: number;
  penalty: M;
  interest: M;
  principal: M;
}

export interface WaterfallResult<M = Rupiah> {
  allocations: Allocation<M>[];
  /** The remainder released to the IKM. */
  toIkm: M;
}

export type WaterfallJson = WaterfallResult<string>;

function invalid(code: string, message: string, params: Record<string, string | number> = {}): AppError {
  return new AppError(`finance.${code}`, 400, message, params);
}

function checkAmount(where: string, value: unknown): Rupiah {
  if (typeof value !== 'bigint' || value < 0n) {
    throw invalid('amount_invalid', `${where} must be a whole Rupiah amount, 0 or more, got ${String(value)}`, { field: where, value: String(value) });
  }
  return value;
}

function checkDate(where: string, value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw invalid('date_invalid', `${where} must be a calendar date YYYY-MM-DD, got "${String(value)}"`, { field: where, value: String(value) });
  }
  return value;
}

interface Item {
  loan: string;
  inst: WaterfallInstalment;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Validates the loans and returns the instalments to pay, in waterfall order. */
function payableInOrder(loans: WaterfallLoan[], paidOn: string): Item[] {
  const seenLoans = new Set<string>();
  const items: Item[] = [];
  for (const loan of loans) {
    if (typeof loan.id !== 'string' || loan.id === '') throw invalid('loan_id_invalid', 'every loan needs a non-empty id');
    if (seenLoans.has(loan.id)) throw invalid('loan_duplicate', `loan "${loan.id}" appears more than once`, { loan: loan.id });
    seenLoans.add(loan.id);
    const seenNos = new Set<number>();
    for (const inst of loan.instalments) {
      const where = `loan ${loan.id} instalment ${String(inst.no)}`;
      if (!Number.isSafeInteger(inst.no) || inst.no < 1) throw invalid('instalment_no_invalid', `${where}: no must be a whole number from 1`, { loan: loan.id });
      if (seenNos.has(inst.no)) throw invalid('instalment_duplicate', `${where} appears more than once`, { loan: loan.id, no: inst.no });
      seenNos.add(inst.no);
      checkDate(`${where} dueDate`, inst.dueDate);
      checkAmount(`${where} penaltyDue`, inst.penaltyDue);
      checkAmount(`${where} interestDue`, inst.interestDue);
      checkAmount(`${where} principalDue`, inst.principalDue);
      if (inst.dueDate <= paidOn || loan.settleInFull === true) items.push({ loan: loan.id, inst });
    }
  }
  return items.sort(
    (x, y) => compareText(x.inst.dueDate, y.inst.dueDate) || compareText(x.loan, y.loan) || x.inst.no - y.inst.no,
  );
}

export function allocatePayment(input: WaterfallInput): WaterfallResult {
  const payment = checkAmount('payment', input.payment);
  const paidOn = checkDate('paidOn', input.paidOn);
  const items = payableInOrder(input.loans, paidOn);

  let left = payment;
  const take = (due: Rupiah): Rupiah => {
    const amount = due < left ? due : left;
    left -= amount;
    return amount;
  };
  const allocations: Allocation[] = [];
  for (const { loan, inst } of items) {
    if (left === 0n) break;
    const penalty = take(inst.penaltyDue);
    const interest = take(inst.interestDue);
    const principal = take(inst.principalDue);
    if (penalty + interest + principal > 0n) allocations.push({ loan, no: inst.no, penalty, interest, principal });
  }
  const result = { allocations, toIkm: left };
  assertBalanced(payment, result);
  return result;
}

/** The sum of allocations equals the payment; anything else is a bug, never bad input. */
function assertBalanced(payment: Rupiah, result: WaterfallResult): void {
  let sum = result.toIkm;
  for (const a of result.allocations) sum += a.penalty + a.interest + a.principal;
  if (sum !== payment || result.toIkm < 0n) {
    throw new Error(`waterfall invariant broken: allocations sum to ${sum}, payment is ${payment}`);
  }
}

export const waterfallRequestSchema = z.object({
  payment: rupiahString,
  paidOn: isoDate,
  loans: z.array(
    z.object({
      id: z.string().min(1),
      settleInFull: z.boolean().optional(),
      instalments: z.array(
        z.object({
          no: z.number().int().min(1),
          dueDate: isoDate,
          penaltyDue: rupiahString,
          interestDue: rupiahString,
          principalDue: rupiahString,
        }),
      ),
    }),
  ),
});
export type WaterfallRequest = z.infer<typeof waterfallRequestSchema>;

export function waterfallResultToJson(r: WaterfallResult): WaterfallJson {
  return {
    allocations: r.allocations.map((a) => ({
      loan: a.loan,
      no: a.no,
      penalty: a.penalty.toString(),
      interest: a.interest.toString(),
      principal: a.principal.toString(),
    })),
    toIkm: r.toIkm.toString(),
  };
}

/** Parses the JSON request (money as digit strings) with zod, allocates, returns string money. */
export function allocatePaymentJson(value: unknown): WaterfallJson {
  const req = parseOrThrow(waterfallRequestSchema, value, 'finance.waterfall_input_invalid');
  return waterfallResultToJson(
    allocatePayment({
      payment: parseRupiah(req.payment),
      paidOn: req.paidOn,
      loans: req.loans.map((l) => ({
        id: l.id,
        settleInFull: l.settleInFull,
        instalments: l.instalments.map((i) => ({
          no: i.no,
          dueDate: i.dueDate,
          penaltyDue: parseRupiah(i.penaltyDue),
          interestDue: parseRupiah(i.interestDue),
          principalDue: parseRupiah(i.principalDue),
        })),
      })),
    }),
  );
}

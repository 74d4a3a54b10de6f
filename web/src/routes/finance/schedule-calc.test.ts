import { describe, expect, it } from 'vitest';
import type { LoanMethod } from '../../api/finance-types';
import { computeSchedule } from './schedule-calc';

/** Cases from src/modules/finance/domain/golden/loan-schedules.json (the server's golden vectors). */
const GOLDEN: [string, string, LoanMethod, string, number | string, string, { no: number; dueDate: string; principal: string; interest: string; balance: string }][] = [
  ['100000000', '6', 'annuity', '2026-01-15', 12, '3279715', { no: 1, dueDate: '2026-02-15', principal: '8106643', interest: '500000', balance: '91893357' }],
  ['50000000', '10.5', 'annuity', '2026-01-31', 6, '1542366', { no: 1, dueDate: '2026-02-28', principal: '8152894', interest: '437500', balance: '41847106' }],
  ['750000000', '10.123456', 'annuity', '2026-03-10', 36, '122779862', { no: 1, dueDate: '2026-04-10', principal: '17916725', interest: '6327160', balance: '732083275' }],
  ['1000100', '6', 'annuity', '2026-01-20', 2, '7507', { no: 1, dueDate: '2026-02-20', principal: '498802', interest: '5001', balance: '501298' }],
  ['120000006', '0', 'annuity', '2026-01-31', 12, '0', { no: 1, dueDate: '2026-02-28', principal: '10000001', interest: '0', balance: '110000005' }],
  ['25000007', '12', 'declining', '2028-01-31', 12, '1625000', { no: 1, dueDate: '2028-02-29', principal: '2083333', interest: '250000', balance: '22916674' }],
  ['1000100', '6', 'flat', '2026-01-31', 3, '15003', { no: 1, dueDate: '2026-02-28', principal: '333366', interest: '5001', balance: '666734' }],
  ['60000000', '9.6', 'flat', '2026-12-31', 24, '11520000', { no: 1, dueDate: '2027-01-31', principal: '2500000', interest: '480000', balance: '57500000' }],
  ['500000000', '9.75', 'bullet', '2026-01-15', '2026-04-15', '12187500', { no: 1, dueDate: '2026-04-15', principal: '500000000', interest: '12187500', balance: '0' }],
  ['1000000000', '11', 'bullet', '2028-02-01', '2028-03-01', '8861111', { no: 1, dueDate: '2028-03-01', principal: '1000000000', interest: '8861111', balance: '0' }],
  ['1000', '18', 'bullet', '2026-06-30', '2026-07-01', '1', { no: 1, dueDate: '2026-07-01', principal: '1000', interest: '1', balance: '0' }],
];

describe('loan schedule calculator (golden vectors)', () => {
  it.each(GOLDEN)('%s at %s%% %s from %s (%s)', (principal, annualRate, method, disbursedOn, term, totalInterest, first) => {
    const r = computeSchedule({ principal, annualRate, method, disbursedOn, ...(method === 'bullet' ? { repaidOn: String(term) } : { tenorMonths: Number(term) }) });
    if ('error' in r) throw new Error(r.error);
    expect(r.totalInterest.toString()).toBe(totalInterest);
    const i = r.instalments[0]!;
    expect({ no: i.no, dueDate: i.dueDate, principal: i.principal.toString(), interest: i.interest.toString(), balance: i.balance.toString() }).toEqual(first);
    expect(r.instalments.at(-1)!.balance).toBe(0n);
    expect(r.instalments.reduce((s, x) => s + x.principal, 0n).toString()).toBe(principal);
  });

  it('names the bad input', () => {
    expect(computeSchedule({ principal: '0', annualRate: '6', method: 'annuity', tenorMonths: 12, disbursedOn: '2026-01-15' })).toEqual({ error: 'principal' });
    expect(computeSchedule({ principal: '100', annualRate: '101', method: 'annuity', tenorMonths: 12, disbursedOn: '2026-01-15' })).toEqual({ error: 'rate' });
    expect(computeSchedule({ principal: '100', annualRate: '6', method: 'annuity', tenorMonths: 0, disbursedOn: '2026-01-15' })).toEqual({ error: 'tenor' });
    expect(computeSchedule({ principal: '100', annualRate: '6', method: 'bullet', disbursedOn: '2026-01-15', repaidOn: '2026-01-15' })).toEqual({ error: 'repaidOn' });
  });
});

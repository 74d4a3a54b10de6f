import { describe, expect, it } from 'vitest';
import {
  assertCanApply,
  assertMouDates,
  canApply,
  canonicalTerms,
  dailyTransition,
  mouDocumentHash,
  remindersDue,
  statusAfterSigning,
  sumShares,
  type MouEvent,
  type MouStatus,
  type MouTerms,
} from './mou';

describe('MoU lifecycle', () => {
  const table: [MouStatus, MouEvent, boolean][] = [
    ['draft', 'edit', true],
    ['draft', 'send', true],
    ['draft', 'sign', false],
    ['sent', 'edit', false],
    ['sent', 'sign', true],
    ['sent', 'withdraw', true],
    ['partially_signed', 'sign', true],
    ['partially_signed', 'terminate', true],
    ['signed', 'activate', true],
    ['signed', 'sign', false],
    ['active', 'expire', true],
    ['active', 'terminate', true],
    ['active', 'edit', false],
    ['expired', 'terminate', false],
    ['terminated', 'send', false],
  ];
  it.each(table)('%s + %s → allowed %s', (status, event, ok) => expect(canApply(status, event)).toBe(ok));

  it('refuses a transition with a 409 code', () => {
    expect(() => assertCanApply('active', 'edit')).toThrow(expect.objectContaining({ code: 'partnerships.invalid_transition', status: 409 }));
  });

  it('is partially signed until every party signed, then signed / active / expired by date', () => {
    expect(statusAfterSigning(1, 3, '2026-01-01', '2027-12-31', '2026-06-01')).toBe('partially_signed');
    expect(statusAfterSigning(3, 3, '2027-01-01', '2027-12-31', '2026-06-01')).toBe('signed');
    expect(statusAfterSigning(3, 3, '2026-01-01', '2027-12-31', '2026-01-01')).toBe('active');
    expect(statusAfterSigning(3, 3, '2020-01-01', '2021-12-31', '2026-01-01')).toBe('expired');
  });

  it('the daily job activates on the start date and expires the day after the end date', () => {
    expect(dailyTransition('signed', '2026-12-01', '2027-11-30', '2026-11-30')).toBeNull();
    expect(dailyTransition('signed', '2026-12-01', '2027-11-30', '2026-12-01')).toBe('activate');
    expect(dailyTransition('active', '2026-12-01', '2027-11-30', '2027-11-30')).toBeNull();
    expect(dailyTransition('active', '2026-12-01', '2027-11-30', '2027-12-01')).toBe('expire');
    expect(dailyTransition('draft', '2026-12-01', '2027-11-30', '2028-01-01')).toBeNull();
  });

  it('rejects an end date not after the start date', () => {
    expect(() => assertMouDates('2026-01-01', '2026-01-01')).toThrow(expect.objectContaining({ code: 'partnerships.dates_out_of_order', status: 422 }));
    expect(() => assertMouDates('2026-01-02', '2026-01-01')).toThrow();
    expect(() => assertMouDates('2026-01-01', '2026-01-02')).not.toThrow();
  });

  it('renewal reminders at 90, 30 and 7 days before the end', () => {
    expect(remindersDue('2027-10-31', '2027-08-01')).toEqual([]);
    expect(remindersDue('2027-10-31', '2027-08-02')).toEqual([90]);
    expect(remindersDue('2027-10-31', '2027-10-24')).toEqual([7, 30, 90]);
    expect(remindersDue('2027-10-31', '2027-11-01')).toEqual([]);
  });

  it('sums IKM shares exactly', () => {
    expect(sumShares([3_125_000_000n, 3_125_000_000n]).toString()).toBe('6250000000');
  });
});

describe('MoU document hash', () => {
  const terms: MouTerms = {
    reference: 'MOU-2026-0007',
    title: 'Kemitraan komponen',
    scope: 'Pengembangan dan pasokan',
    parts: ['Headpipe protector'],
    obligations: [{ party: 'buyer', text: 'Membeli' }],
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    parties: [
      { orgId: 'b', role: 'ikm', marketAccessPerYear: 10n, signatoryName: null, signatoryTitle: null },
      { orgId: 'a', role: 'initiator', marketAccessPerYear: null, signatoryName: 'X', signatoryTitle: 'Direktur' },
    ],
    documents: ['ff', '00'],
  };
  it('does not depend on the order of parties and documents', () => {
    const swapped = { ...terms, parties: [...terms.parties].reverse(), documents: ['00', 'ff'] };
    expect(mouDocumentHash(swapped)).toBe(mouDocumentHash(terms));
    expect(canonicalTerms(terms)).toContain('"marketAccessPerYear":"10"');
  });
  it('changes when a term changes', () => {
    expect(mouDocumentHash({ ...terms, endDate: '2028-12-31' })).not.toBe(mouDocumentHash(terms));
    expect(mouDocumentHash(terms)).toMatch(/^[0-9a-f]{64}$/);
  });
});

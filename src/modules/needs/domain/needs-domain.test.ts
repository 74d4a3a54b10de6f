import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { compareQuotations, percentDiff } from './compare';
import { checkNeedFields, monthlyVolumeOf, type NeedFields, type NeedVocabularies } from './need-input';
import { ikmCanSeeNeed, isAcceptingResponses, nextStatus } from './rules';

const set = (...keys: string[]) => new Set(keys);
const vocab: NeedVocabularies = { processes: set('polyurethane_moulding', 'assembly'), materials: set('polyurethane'), certificationKinds: set('iso_9001'), units: set('pcs') };
const fields: NeedFields = { processes: ['polyurethane_moulding'], material: 'polyurethane', requiredCertifications: ['iso_9001'], unit: 'pcs', annualVolume: 240_000, deadline: '2026-12-31', replacesImport: false, visibility: 'all_verified' };

function codeOf(f: () => void): string {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('need fields', () => {
  it('accepts a complete need and derives the monthly call-off', () => {
    expect(codeOf(() => checkNeedFields(fields, vocab, '2026-11-25'))).toBe('ok');
    expect(monthlyVolumeOf({ annualVolume: 100, monthlyVolume: null })).toBe(9);
  });

  it('names what is wrong', () => {
    expect(codeOf(() => checkNeedFields({ ...fields, processes: [] }, vocab, null))).toBe('needs.process_required');
    expect(codeOf(() => checkNeedFields({ ...fields, processes: ['assembly', 'assembly'] }, vocab, null))).toBe('needs.process_repeated');
    expect(codeOf(() => checkNeedFields({ ...fields, material: 'kayu' }, vocab, null))).toBe('needs.material_unknown');
    expect(codeOf(() => checkNeedFields({ ...fields, requiredCertifications: ['iso_9999'] }, vocab, null))).toBe('needs.certification_unknown');
    expect(codeOf(() => checkNeedFields({ ...fields, unit: 'kodi' }, vocab, null))).toBe('needs.unit_unknown');
    expect(codeOf(() => checkNeedFields({ ...fields, monthlyVolume: 300_000 }, vocab, null))).toBe('needs.monthly_volume_inconsistent');
    expect(codeOf(() => checkNeedFields(fields, vocab, '2027-01-01'))).toBe('needs.deadline_past');
    expect(codeOf(() => checkNeedFields({ ...fields, startDate: '2026-12-01' }, vocab, null))).toBe('needs.start_before_deadline');
    expect(codeOf(() => checkNeedFields({ ...fields, replacesImport: true, importOriginCountry: 'TH' }, vocab, null))).toBe('needs.import_cost_required');
    expect(codeOf(() => checkNeedFields({ ...fields, replacesImport: true, importLandedCost: 14_500n }, vocab, null))).toBe('needs.import_origin_required');
    expect(codeOf(() => checkNeedFields({ ...fields, visibility: 'event' }, vocab, null))).toBe('needs.event_required');
  });
});

describe('status and visibility', () => {
  it('moves draft → open → closed → open, and cancels drafts and open needs only', () => {
    expect(nextStatus('draft', 'publish')).toBe('open');
    expect(nextStatus('open', 'close')).toBe('closed');
    expect(nextStatus('closed', 'reopen')).toBe('open');
    expect(nextStatus('draft', 'cancel')).toBe('cancelled');
    expect(codeOf(() => nextStatus('cancelled', 'reopen'))).toBe('needs.status_invalid');
    expect(codeOf(() => nextStatus('open', 'publish'))).toBe('needs.status_invalid');
  });

  const rel = { isVerified: false, isInvited: false, isEventParticipant: false, hasResponded: false };
  it('shows an IKM only what is meant for it', () => {
    expect(ikmCanSeeNeed({ status: 'open', visibility: 'all_verified' }, { ...rel, isVerified: true })).toBe(true);
    expect(ikmCanSeeNeed({ status: 'open', visibility: 'all_verified' }, rel)).toBe(false);
    expect(ikmCanSeeNeed({ status: 'open', visibility: 'invited' }, { ...rel, isVerified: true })).toBe(false);
    expect(ikmCanSeeNeed({ status: 'open', visibility: 'invited' }, { ...rel, isInvited: true })).toBe(true);
    expect(ikmCanSeeNeed({ status: 'open', visibility: 'event' }, { ...rel, isEventParticipant: true })).toBe(true);
    expect(ikmCanSeeNeed({ status: 'closed', visibility: 'all_verified' }, { ...rel, isVerified: true })).toBe(false);
    expect(ikmCanSeeNeed({ status: 'closed', visibility: 'invited' }, { ...rel, hasResponded: true })).toBe(true);
    expect(ikmCanSeeNeed({ status: 'draft', visibility: 'all_verified' }, { ...rel, isVerified: true, hasResponded: true })).toBe(false);
  });

  it('accepts quotations through the deadline day', () => {
    expect(isAcceptingResponses({ status: 'open', deadline: '2026-11-25' }, '2026-11-25')).toBe(true);
    expect(isAcceptingResponses({ status: 'open', deadline: '2026-11-25' }, '2026-11-26')).toBe(false);
    expect(isAcceptingResponses({ status: 'closed', deadline: '2026-12-25' }, '2026-11-26')).toBe(false);
  });
});

describe('quotation comparison', () => {
  it('percent difference rounds half away from zero to one decimal', () => {
    expect(percentDiff(8350n, 8500n)).toBe(-1.8);
    expect(percentDiff(8900n, 8500n)).toBe(4.7);
    expect(percentDiff(1005n, 1000n)).toBe(0.5);
    expect(percentDiff(995n, 1000n)).toBe(-0.5);
  });

  it('computes yearly cost, savings against the import and flags the best of each column', () => {
    const rows = compareQuotations({ annualVolume: 240_000, monthlyVolume: 20_000, targetUnitPrice: 8500n, importLandedCost: 14_500n }, [
      { id: 'tegar', ikmOrgId: 'ikm01', unitPrice: 8900n, toolingCost: 65_000_000n, leadTimeDays: 60, capacityPerMonth: 25_000 },
      { id: 'kawani', ikmOrgId: 'ikm02', unitPrice: 8350n, toolingCost: 82_000_000n, leadTimeDays: 75, capacityPerMonth: 20_000 },
    ]);
    expect(rows.map((r) => r.quotationId)).toEqual(['kawani', 'tegar']);
    expect(rows[0]).toMatchObject({ firstYearCost: 2_086_000_000n, yearlySavingVsImport: 1_476_000_000n, vsTargetPercent: -1.8, withinTarget: true, meetsCapacity: true, capacityCoveragePercent: 100, best: { unitPrice: true, firstYearCost: true, leadTime: false, capacity: false } });
    expect(rows[1]).toMatchObject({ firstYearCost: 2_201_000_000n, vsTargetPercent: 4.7, withinTarget: false, capacityCoveragePercent: 125, best: { leadTime: true, capacity: true } });
    expect(compareQuotations({ annualVolume: 1, monthlyVolume: 1, targetUnitPrice: null, importLandedCost: null }, [])).toEqual([]);
  });
});

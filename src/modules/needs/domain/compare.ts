/**
 * Side-by-side comparison of the quotations of one need (perbandingan penawaran): yearly cost,
 * price against the target and against the imported part, capacity coverage, lead time, and the
 * best value of each column flagged. Money is whole Rupiah (bigint); percentages to one decimal.
 */
import { roundHalfUp } from '../../../core/rupiah';

export interface CompareNeed {
  annualVolume: number;
  monthlyVolume: number;
  targetUnitPrice: bigint | null;
  importLandedCost: bigint | null;
}

export interface CompareQuotation {
  id: string;
  ikmOrgId: string;
  unitPrice: bigint;
  toolingCost: bigint;
  leadTimeDays: number;
  capacityPerMonth: number;
}

export interface ComparisonRow {
  quotationId: string;
  ikmOrgId: string;
  unitPrice: bigint;
  toolingCost: bigint;
  /** unitPrice × annualVolume + toolingCost. */
  firstYearCost: bigint;
  /** (unitPrice − target) / target × 100; negative is below target. Null without a target. */
  vsTargetPercent: number | null;
  /** (importLandedCost − unitPrice) × annualVolume: the yearly saving against the imported part (negative when dearer). */
  yearlySavingVsImport: bigint | null;
  /** capacityPerMonth / monthlyVolume × 100. */
  capacityCoveragePercent: number;
  leadTimeDays: number;
  meetsCapacity: boolean;
  withinTarget: boolean | null;
  best: { unitPrice: boolean; firstYearCost: boolean; leadTime: boolean; capacity: boolean };
}

/** Signed percentage (a − b) / b × 100, rounded half away from zero to one decimal. */
export function percentDiff(a: bigint, b: bigint): number {
  if (b <= 0n) throw new RangeError('base must be positive');
  const diff = a - b;
  const abs = diff < 0n ? -diff : diff;
  const tenths = roundHalfUp(abs * 1000n, b);
  return (diff < 0n ? -Number(tenths) : Number(tenths)) / 10;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function compareQuotations(need: CompareNeed, quotations: CompareQuotation[]): ComparisonRow[] {
  const volume = BigInt(need.annualVolume);
  const rows = quotations.map((q) => {
    const firstYearCost = q.unitPrice * volume + q.toolingCost;
    const coverage = round1((q.capacityPerMonth / need.monthlyVolume) * 100);
    return {
      quotationId: q.id,
      ikmOrgId: q.ikmOrgId,
      unitPrice: q.unitPrice,
      toolingCost: q.toolingCost,
      firstYearCost,
      vsTargetPercent: need.targetUnitPrice && need.targetUnitPrice > 0n ? percentDiff(q.unitPrice, need.targetUnitPrice) : null,
      yearlySavingVsImport: need.importLandedCost !== null ? (need.importLandedCost - q.unitPrice) * volume : null,
      capacityCoveragePercent: coverage,
      leadTimeDays: q.leadTimeDays,
      meetsCapacity: q.capacityPerMonth >= need.monthlyVolume,
      withinTarget: need.targetUnitPrice !== null ? q.unitPrice <= need.targetUnitPrice : null,
      best: { unitPrice: false, firstYearCost: false, leadTime: false, capacity: false },
    };
  });
  if (!rows.length) return rows;
  const minBig = (xs: bigint[]) => xs.reduce((m, x) => (x < m ? x : m));
  const minUnit = minBig(rows.map((r) => r.unitPrice));
  const minTotal = minBig(rows.map((r) => r.firstYearCost));
  const minLead = Math.min(...rows.map((r) => r.leadTimeDays));
  const maxCap = Math.max(...quotations.map((q) => q.capacityPerMonth));
  rows.forEach((r, i) => {
    r.best = { unitPrice: r.unitPrice === minUnit, firstYearCost: r.firstYearCost === minTotal, leadTime: r.leadTimeDays === minLead, capacity: quotations[i]!.capacityPerMonth === maxCap };
  });
  return rows.sort((a, b) => (a.firstYearCost < b.firstYearCost ? -1 : a.firstYearCost > b.firstYearCost ? 1 : a.leadTimeDays - b.leadTimeDays));
}

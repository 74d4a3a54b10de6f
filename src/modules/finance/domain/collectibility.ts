/**
 * OJK collectibility (kolektibilitas) by days past due (DPD) of the oldest unpaid amount
 * (DOMAIN.md "Collectibility"). Classes 3–5 are non-performing (NPL).
 */
import { AppError } from '../../../core/errors';

export type CollectibilityClass = 1 | 2 | 3 | 4 | 5;
export type CollectibilityLabel = 'Lancar' | 'Dalam Perhatian Khusus' | 'Kurang Lancar' | 'Diragukan' | 'Macet';

export interface Collectibility {
  dpd: number;
  class: CollectibilityClass;
  label: CollectibilityLabel;
  /** false for NPL (classes 3–5). */
  performing: boolean;
}

/** Upper DPD bound (inclusive) of each class; class 5 has none. */
const CLASSES: ReadonlyArray<{ class: CollectibilityClass; label: CollectibilityLabel; maxDpd: number }> = [
  { class: 1, label: 'Lancar', maxDpd: 0 }, // current
  { class: 2, label: 'Dalam Perhatian Khusus', maxDpd: 90 }, // special mention
  { class: 3, label: 'Kurang Lancar', maxDpd: 120 }, // substandard
  { class: 4, label: 'Diragukan', maxDpd: 180 }, // doubtful
  { class: 5, label: 'Macet', maxDpd: Number.POSITIVE_INFINITY }, // loss
];

export function isNonPerforming(cls: CollectibilityClass): boolean {
  return cls >= 3;
}

export function classifyCollectibility(dpd: number): Collectibility {
  if (typeof dpd !== 'number' || !Number.isSafeInteger(dpd) || dpd < 0) {
    throw new AppError('finance.dpd_invalid', 400, `days past due must be a whole number of days, 0 or more, got ${String(dpd)}`, { value: String(dpd) });
  }
  const found = CLASSES.find((c) => dpd <= c.maxDpd)!;
  return { dpd, class: found.class, label: found.label, performing: !isNonPerforming(found.class) };
}

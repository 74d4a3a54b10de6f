/**
 * Weights of the matching criteria. The defaults live here; programme admins may set weights per
 * sector (stored by the matching service). Weights are relative: they are normalised so that
 * they sum to 100 when scoring, and a weight of 0 switches a criterion off.
 */
import { z } from 'zod';
import { CRITERION_KEYS, type CriterionKey, type Weights } from './types';

export const DEFAULT_SECTOR = 'default';

export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  process: 20,
  material: 10,
  capacity: 20,
  distance: 15,
  certification: 10,
  quality: 8,
  delivery: 7,
  mentoring: 5,
  tkdn: 5,
});

export const CRITERION_LABELS: Record<CriterionKey, { id: string; en: string }> = {
  process: { id: 'Kesesuaian proses', en: 'Process fit' },
  material: { id: 'Kesesuaian bahan', en: 'Material fit' },
  capacity: { id: 'Kapasitas terhadap volume', en: 'Capacity against volume' },
  distance: { id: 'Jarak ke pabrik pengiriman', en: 'Distance to the delivery plant' },
  certification: { id: 'Sertifikasi mutu', en: 'Quality certification' },
  quality: { id: 'Riwayat mutu', en: 'Quality record' },
  delivery: { id: 'Riwayat ketepatan kirim', en: 'Delivery record' },
  mentoring: { id: 'Tingkat kemandirian (pembinaan)', en: 'Self-reliance level (mentoring)' },
  tkdn: { id: 'TKDN', en: 'Local content (TKDN)' },
};

const weight = z
  .number({ error: 'Bobot harus berupa angka' })
  .min(0, 'Bobot tidak boleh negatif')
  .max(1000, 'Bobot maksimal 1000');

/** A full set of weights; every criterion must be given, and at least one must be above 0. */
export const weightsSchema = z
  .object(Object.fromEntries(CRITERION_KEYS.map((k) => [k, weight])) as Record<CriterionKey, typeof weight>)
  .strict()
  .refine((w) => CRITERION_KEYS.some((k) => w[k] > 0), { message: 'Minimal satu bobot harus lebih dari 0' });

/** Sector keys: lower snake case, like the registry's vocabulary keys. */
export const SECTOR_KEY = /^[a-z][a-z0-9_]{0,62}$/;

/** Weights as percentages summing to 100 (exactly, up to floating point). */
export function normaliseWeights(w: Weights): Weights {
  const total = CRITERION_KEYS.reduce((s, k) => s + Math.max(0, w[k]), 0);
  if (total <= 0) throw new RangeError('at least one weight must be positive');
  return Object.fromEntries(CRITERION_KEYS.map((k) => [k, (Math.max(0, w[k]) / total) * 100])) as Weights;
}

/**
 * The buyer profile (APM, tier supplier or big industry): company, group, tier, sectors and plants
 * with their locations. Messages in Indonesian name the field; addresses use the IKM address rules.
 */
import { z } from 'zod';
import { parseOrThrow } from '../../../core/validation';
import { addressField, coordinatesField } from './profile-schema';
import { listOf, objectOf, text, uniqueList } from './schema-helpers';

export const BUYER_TIERS = ['apm', 'tier1', 'tier2', 'big_industry'] as const;
export type BuyerTier = (typeof BUYER_TIERS)[number];

export const BUYER_TIER_LABELS: Readonly<Record<BuyerTier, { id: string; en: string }>> = {
  apm: { id: 'APM (Agen Pemegang Merek)', en: 'Brand holder (APM)' },
  tier1: { id: 'Pemasok Tier 1', en: 'Tier 1 supplier' },
  tier2: { id: 'Pemasok Tier 2', en: 'Tier 2 supplier' },
  big_industry: { id: 'Industri besar', en: 'Big industry' },
};

const plantField = objectOf('Pabrik', {
  name: text('Nama pabrik', { max: 120 }),
  address: addressField,
  coordinates: coordinatesField.optional(),
});

const websiteField = z
  .string({ error: 'Situs web harus berupa teks' })
  .trim()
  .max(300, 'Situs web maksimal 300 karakter')
  .pipe(z.url({ protocol: /^https?$/, error: 'Situs web harus alamat http(s) yang valid, mis. https://www.astra-honda.com' }));

export const buyerProfileSchema = objectOf('Profil pembeli', {
  companyName: text('Nama perusahaan', { min: 2, max: 200 }),
  groupName: text('Grup usaha', { max: 120 }).optional(),
  tier: z.enum(BUYER_TIERS, { error: 'Tingkat pemasok harus salah satu dari: apm, tier1, tier2, big_industry' }),
  sectors: uniqueList(text('Sektor', { max: 100 }), 'Sektor', 30).default([]),
  description: text('Deskripsi', { max: 2000 }).optional(),
  website: websiteField.optional(),
  plants: listOf(plantField, 'Pabrik', 100).default([]),
});

export type BuyerProfileInput = z.input<typeof buyerProfileSchema>;
export type BuyerProfile = z.output<typeof buyerProfileSchema>;
export type BuyerPlant = BuyerProfile['plants'][number];

/** Parses a buyer profile; on failure throws AppError `validation.invalid` (400) naming the first field. */
export function parseBuyerProfile(input: unknown): BuyerProfile {
  return parseOrThrow(buyerProfileSchema, input);
}

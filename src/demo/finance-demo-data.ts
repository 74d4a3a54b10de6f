/**
 * Finance part of the demo, as data (DOMAIN.md "The demo scenario"): the five lenders' credit
 * products, the 10 signed akad (exactly Rp24.000.000.000) and the 24 pending applications
 * (exactly Rp82.000.000.000). MoU-backed loans are carried by YDBA's market-access MoU (each within
 * the IKM's share) and tied to the IKM's tier buyer through the tier's cooperation MoU, so that
 * buyer's payments go through escrow. Bullet loans finance a PO the tier issues for the purpose.
 */
import type { ProductInput } from '../modules/finance/product-service';

const M = 1_000_000n;
const MILIAR = 1_000_000_000n;
const docs = ['nib', 'npwp', 'laporan_keuangan'];

export const DEMO_PRODUCTS: { lender: string; product: ProductInput }[] = [
  { lender: 'mandiri', product: { code: 'KUR-RP', name: 'KUR Rantai Pasok Mandiri', kind: 'instalment', method: 'annuity', annualRate: '6', minTenorMonths: 6, maxTenorMonths: 48, minAmount: 50n * M, maxAmount: 5n * MILIAR, financeableShare: '80', penaltyRate: '24', graceMonths: 3, requiredDocuments: docs } },
  { lender: 'mandiri', product: { code: 'PO-FIN', name: 'Mandiri Pembiayaan PO', kind: 'bullet', method: 'bullet', annualRate: '9', minTenorMonths: 1, maxTenorMonths: 6, minAmount: 100n * M, maxAmount: 10n * MILIAR, financeableShare: '80', penaltyRate: '24', graceMonths: 0, requiredDocuments: ['nib', 'po'] } },
  { lender: 'sinarmas', product: { code: 'KMK-IKM', name: 'Kredit Modal Kerja IKM Sinarmas', kind: 'instalment', method: 'declining', annualRate: '10.5', minTenorMonths: 6, maxTenorMonths: 36, minAmount: 100n * M, maxAmount: 5n * MILIAR, financeableShare: '75', penaltyRate: '30', graceMonths: 0, requiredDocuments: docs } },
  { lender: 'sinarmas', product: { code: 'PO-FIN', name: 'Sinarmas PO Financing', kind: 'bullet', method: 'bullet', annualRate: '10', minTenorMonths: 1, maxTenorMonths: 6, minAmount: 100n * M, maxAmount: 10n * MILIAR, financeableShare: '75', penaltyRate: '30', graceMonths: 0, requiredDocuments: ['nib', 'po'] } },
  { lender: 'sanf', product: { code: 'MESIN', name: 'SANF Pembiayaan Mesin Produksi', kind: 'instalment', method: 'flat', annualRate: '11', minTenorMonths: 12, maxTenorMonths: 36, minAmount: 100n * M, maxAmount: 5n * MILIAR, financeableShare: '80', penaltyRate: '36', graceMonths: 0, requiredDocuments: [...docs, 'penawaran_mesin'] } },
  { lender: 'amv', product: { code: 'VENTURA', name: 'AMV Modal Ventura IKM Binaan', kind: 'instalment', method: 'annuity', annualRate: '12', minTenorMonths: 12, maxTenorMonths: 48, minAmount: 100n * M, maxAmount: 5n * MILIAR, financeableShare: '80', penaltyRate: '24', graceMonths: 6, requiredDocuments: docs } },
  { lender: 'bri', product: { code: 'KUR-KEMITRAAN', name: 'KUR BRI Kemitraan', kind: 'instalment', method: 'annuity', annualRate: '6', minTenorMonths: 6, maxTenorMonths: 60, minAmount: 50n * M, maxAmount: 5n * MILIAR, financeableShare: '80', penaltyRate: '24', graceMonths: 3, requiredDocuments: docs } },
  { lender: 'bri', product: { code: 'PO-FIN', name: 'BRI Pembiayaan PO', kind: 'bullet', method: 'bullet', annualRate: '8.5', minTenorMonths: 1, maxTenorMonths: 6, minAmount: 100n * M, maxAmount: 10n * MILIAR, financeableShare: '80', penaltyRate: '24', graceMonths: 0, requiredDocuments: ['nib', 'po'] } },
];

/** The instalment product used for MoU-backed loans of each lender. */
export const INSTALMENT_PRODUCT: Record<string, string> = { mandiri: 'KUR-RP', sinarmas: 'KMK-IKM', sanf: 'MESIN', amv: 'VENTURA', bri: 'KUR-KEMITRAAN' };

export interface SignedSpec {
  lender: string;
  ikm: string;
  amount: bigint;
  /** bullet: financed PO issued by the IKM's tier `daysAgo + 15` days ago; repaid on `daysAgo` days … `bulletDays` later. */
  bullet?: { bulletDays: number; paidByTier: boolean };
  tenorMonths?: number;
  /** Disbursed this many days before the demo date (null: signed, disbursement planned in `plannedInDays`). */
  daysAgo: number | null;
  plannedInDays?: number;
  /** The tier pays an invoice of a new PO (this subtotal) through escrow `payDaysAgo` days ago. */
  tierPayment?: { subtotal: bigint; payDaysAgo: number };
}

/** 10 akad signed: Rp2,0 + 1,6 + 2,2 + 2,8 + 2,5 + 1,4 + 3,0 + 3,5 + 4,0 + 1,0 miliar = Rp24 miliar. */
export const SIGNED: SignedSpec[] = [
  { lender: 'mandiri', ikm: 'ikm07', amount: 2_000n * M, bullet: { bulletDays: 90, paidByTier: true }, daysAgo: 55 },
  { lender: 'bri', ikm: 'ikm16', amount: 1_600n * M, bullet: { bulletDays: 90, paidByTier: true }, daysAgo: 50 },
  { lender: 'sinarmas', ikm: 'ikm17', amount: 2_200n * M, bullet: { bulletDays: 120, paidByTier: false }, daysAgo: 40 },
  { lender: 'mandiri', ikm: 'ikm18', amount: 2_800n * M, tenorMonths: 24, daysAgo: 70, tierPayment: { subtotal: 270n * M, payDaysAgo: 3 } },
  { lender: 'bri', ikm: 'ikm05', amount: 2_500n * M, tenorMonths: 24, daysAgo: 45 },
  { lender: 'sanf', ikm: 'ikm06', amount: 1_400n * M, tenorMonths: 18, daysAgo: 8 },
  { lender: 'amv', ikm: 'ikm09', amount: 3_000n * M, tenorMonths: 36, daysAgo: 5 },
  { lender: 'sinarmas', ikm: 'ikm08', amount: 3_500n * M, tenorMonths: 24, daysAgo: 3 },
  { lender: 'mandiri', ikm: 'ikm28', amount: 4_000n * M, tenorMonths: 36, daysAgo: null, plannedInDays: 7 },
  { lender: 'bri', ikm: 'ikm01', amount: 1_000n * M, tenorMonths: 12, daysAgo: null, plannedInDays: 10 },
];

export type PendingStage = 'submitted' | 'confirmed' | 'reviewed' | 'approved' | 'akad';

/** 24 pending applications (submitted or approved, not yet signed), each within the IKM's YDBA share: Rp82 miliar. */
export const PENDING: { ikm: string; amount: bigint; stage: PendingStage }[] = (
  [
    ['ikm08', 4_600, 'approved'], ['ikm18', 4_600, 'reviewed'], ['ikm28', 4_600, 'submitted'],
    ['ikm05', 4_300, 'akad'], ['ikm15', 4_300, 'confirmed'], ['ikm25', 4_300, 'submitted'],
    ['ikm02', 3_400, 'approved'], ['ikm12', 3_400, 'reviewed'], ['ikm22', 3_400, 'submitted'], ['ikm32', 3_400, 'confirmed'],
    ['ikm09', 3_600, 'approved'], ['ikm19', 3_600, 'submitted'], ['ikm29', 3_600, 'reviewed'],
    ['ikm06', 3_300, 'confirmed'], ['ikm16', 3_300, 'akad'], ['ikm26', 3_300, 'submitted'],
    ['ikm03', 2_900, 'approved'], ['ikm13', 2_900, 'submitted'], ['ikm23', 2_900, 'confirmed'],
    ['ikm10', 2_600, 'reviewed'], ['ikm20', 2_600, 'submitted'], ['ikm30', 2_600, 'approved'],
    ['ikm07', 2_300, 'submitted'], ['ikm27', 2_200, 'confirmed'],
  ] as const
).map(([ikm, millions, stage]) => ({ ikm, amount: BigInt(millions) * M, stage }));

export const LENDERS = ['mandiri', 'sinarmas', 'sanf', 'amv', 'bri'] as const;

/** The tier company whose cooperation MoU includes this IKM (tierNN has ikm 2NN−1 and 2NN). */
export function tierOf(ikm: string): string {
  const n = Number(ikm.slice(3));
  return `tier${String(Math.ceil(n / 2)).padStart(2, '0')}`;
}

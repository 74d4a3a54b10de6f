import type { OrgKind, Role } from '../core/actor';
import type { DemoPart } from './loader';

/**
 * The organisations and people of the launch event (1 Nov 2022, Kemenperin, Jakarta).
 * Named in DOMAIN.md: Kemenperin, Kadin, AHM, Politeknik Astra, YDBA, the five lenders and the two named IKM.
 * Everything else (tier companies, 30 IKM, all people) is fictional.
 */
interface DemoOrg {
  key: string;
  name: string;
  kind: OrgKind;
  users: { local: string; name: string; roles: Role[] }[];
}

export const TIER_COMPANIES: [string, string][] = [
  ['tier01', 'PT Sinar Komponen Presisi'],
  ['tier02', 'PT Mitra Plastik Otomotif'],
  ['tier03', 'PT Cahaya Press Indonesia'],
  ['tier04', 'PT Garuda Karet Teknik'],
  ['tier05', 'PT Nusantara Casting Industri'],
  ['tier06', 'PT Bintang Wiring Systems'],
  ['tier07', 'PT Samudra Seat Components'],
  ['tier08', 'PT Prima Logam Forging'],
  ['tier09', 'PT Arta Coating Teknologi'],
  ['tier10', 'PT Mega Machining Indonesia'],
  ['tier11', 'PT Surya Lampu Kendaraan'],
  ['tier12', 'PT Indo Rantai Transmisi'],
  ['tier13', 'PT Jaya Muffler Sistem'],
  ['tier14', 'PT Karya Rem Nusantara'],
  ['tier15', 'PT Delta Electro Komponen'],
  ['tier16', 'PT Sentosa Frame Industri'],
];

export const LAUNCH_IKM: [string, string][] = [
  ['ikm01', 'PT Tegarusaha Mandirisejati'],
  ['ikm02', 'PT Kawani Tekno Nusantara'],
  ['ikm03', 'CV Mekar Plastindo'],
  ['ikm04', 'CV Sumber Logam Jaya'],
  ['ikm05', 'UD Karya Karet Abadi'],
  ['ikm06', 'PT Presisi Mesin Bekasi'],
  ['ikm07', 'CV Tunas Cor Ceper'],
  ['ikm08', 'PT Citra Stamping Mandiri'],
  ['ikm09', 'CV Anugerah Las Teknik'],
  ['ikm10', 'PT Warna Coating Sejahtera'],
  ['ikm11', 'CV Berkah Jok Motor'],
  ['ikm12', 'PT Kabel Harness Purwakarta'],
  ['ikm13', 'CV Lancar Tempa Logam'],
  ['ikm14', 'CV Rekayasa Cetak Plastik'],
  ['ikm15', 'PT Mitra Bubut Sidoarjo'],
  ['ikm16', 'Koperasi Industri Logam Tegal'],
  ['ikm17', 'CV Surya Plating Nusantara'],
  ['ikm18', 'PT Adhi Komponen Karawang'],
  ['ikm19', 'CV Sinergi Rakit Otomotif'],
  ['ikm20', 'UD Maju Jahit Semarang'],
  ['ikm21', 'CV Dinamika Press Tangerang'],
  ['ikm22', 'PT Bina Karet Medan'],
  ['ikm23', 'CV Alam Cor Klaten'],
  ['ikm24', 'CV Gemilang Machining Batam'],
  ['ikm25', 'PT Sejahtera Poliuretan'],
  ['ikm26', 'CV Harapan Las Makassar'],
  ['ikm27', 'CV Kreasi Cat Bandung'],
  ['ikm28', 'PT Unggul Fabrikasi Cikarang'],
  ['ikm29', 'CV Pelita Tempa Pasuruan'],
  ['ikm30', 'UD Sentra Kulit Garut'],
  ['ikm31', 'CV Inti Mould Bogor'],
  ['ikm32', 'PT Kencana Plastik Gresik'],
];

const FIRST = ['Ahmad', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gilang', 'Hendra', 'Indah', 'Joko', 'Kartika', 'Lukman', 'Maya', 'Nanda', 'Oki', 'Putri', 'Rahmat', 'Sri', 'Taufik', 'Utami', 'Wahyu', 'Yuni'];
const LAST = ['Santoso', 'Wijaya', 'Lestari', 'Hidayat', 'Saputra', 'Rahayu', 'Nugroho', 'Siregar', 'Kusuma', 'Purnomo', 'Maharani', 'Gunawan'];
const person = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;

function orgs(): DemoOrg[] {
  let n = 0;
  const admin = (local = 'admin'): { local: string; name: string; roles: Role[] } => ({ local, name: person(n++), roles: ['admin'] });
  const list: DemoOrg[] = [
    { key: 'kemenperin', name: 'Kementerian Perindustrian (Ditjen IKMA)', kind: 'programme', users: [admin(), { local: 'staf', name: person(n++), roles: ['staff'] }] },
    { key: 'kadin', name: 'Kadin Indonesia', kind: 'programme', users: [admin()] },
    { key: 'ahm', name: 'PT Astra Honda Motor', kind: 'buyer', users: [admin(), { local: 'pembelian', name: person(n++), roles: ['staff'] }] },
    ...TIER_COMPANIES.map(([key, name]) => ({ key, name, kind: 'buyer' as const, users: [admin()] })),
    { key: 'polman', name: 'Politeknik Astra', kind: 'mentor', users: [admin()] },
    { key: 'ydba', name: 'Yayasan Dharma Bhakti Astra', kind: 'mentor', users: [admin(), { local: 'pembina', name: person(n++), roles: ['staff'] }] },
    ...(
      [
        ['mandiri', 'PT Bank Mandiri (Persero) Tbk'],
        ['sinarmas', 'PT Bank Sinarmas Tbk'],
        ['sanf', 'PT Surya Artha Nusantara Finance (SANF)'],
        ['amv', 'PT Astra Mitra Ventura (AMV)'],
        ['bri', 'PT Bank Rakyat Indonesia (Persero) Tbk'],
      ] as const
    ).map(([key, name]) => ({
      key,
      name,
      kind: 'lender' as const,
      users: [admin(), { local: 'analis', name: person(n++), roles: ['analyst'] as Role[] }, { local: 'pemutus', name: person(n++), roles: ['approver'] as Role[] }],
    })),
    ...LAUNCH_IKM.map(([key, name]) => ({ key, name, kind: 'ikm' as const, users: [admin()] })),
  ];
  return list;
}

/** Creates every organisation with its users; e-mails are `<local>@<key>.demo.lingkar.id`. */
export const launchEventOrgs: DemoPart = {
  name: 'launch-event-organisations',
  async load(ctx) {
    for (const org of orgs()) {
      await ctx.createOrg(org.key, org.name, org.kind);
      for (const u of org.users) await ctx.createUser(org.key, `${u.local}@${org.key}.demo.lingkar.id`, u.name, u.roles);
    }
  },
};

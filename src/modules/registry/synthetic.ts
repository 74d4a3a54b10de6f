/**
 * Synthetic IKM and buyers at national scale (benchmarks): faker's Indonesian locale, deterministic for a
 * seed, with realistic spreads (Java-heavy provinces, 1–4 processes with matching materials, a long tail of
 * small firms, a third certified). Names and NIBs are unique by construction: a bijection of the index.
 */
import { fakerID_ID } from '@faker-js/faker';
import { addDays } from '../../core/dates';
import { listProvinces, listRegencies, turnoverBand, type BuyerProfile, type IkmProfile, type ProfileStatus } from './domain';

const A = ['Maju', 'Jaya', 'Karya', 'Sinar', 'Mandiri', 'Abadi', 'Sentosa', 'Makmur', 'Cahaya', 'Berkah', 'Sumber', 'Putra', 'Mitra', 'Prima', 'Mega', 'Surya', 'Bintang', 'Tunas', 'Harapan', 'Gemilang', 'Sejahtera', 'Utama', 'Agung', 'Indah', 'Lestari', 'Barokah', 'Sukses', 'Anugerah', 'Bumi', 'Nusa', 'Cipta', 'Daya', 'Dwi', 'Tri', 'Eka', 'Bina', 'Guna', 'Insan', 'Kencana', 'Mulia', 'Perkasa', 'Rejeki', 'Santosa', 'Teguh', 'Wahana', 'Adi', 'Arta', 'Asri', 'Bahari', 'Cemerlang', 'Dinamika', 'Fajar', 'Global', 'Handal', 'Inti', 'Kreasi', 'Langgeng', 'Murni', 'Pelita', 'Rahayu', 'Samudra', 'Tekun', 'Unggul', 'Wijaya', 'Yasa', 'Zamrud', 'Andalan', 'Bakti', 'Citra', 'Delta', 'Energi', 'Fortuna', 'Garuda', 'Hikmah', 'Ikhlas', 'Jati', 'Kurnia', 'Laksana', 'Mentari', 'Nirwana'];
const B = ['Logam', 'Teknik', 'Presisi', 'Plastindo', 'Karet', 'Mesin', 'Las', 'Bubut', 'Cetak', 'Stamping', 'Cor', 'Tempa', 'Coating', 'Komponen', 'Otomotif', 'Fabrikasi', 'Mould', 'Perkakas', 'Industri', 'Manufaktur', 'Rekayasa', 'Sarana', 'Baja', 'Alumunium', 'Polimer', 'Elektrik', 'Kabel', 'Jok', 'Kulit', 'Busa', 'Pres', 'Plat', 'Pipa', 'Rangka', 'Suku Cadang', 'Part', 'Machining', 'Engineering', 'Metal', 'Plastik', 'Rubber', 'Tekno', 'Mekanik', 'Dies', 'Forging', 'Casting', 'Molding', 'Assy', 'Parts', 'Works', 'Tool', 'Steel', 'Wire', 'Spring', 'Gear', 'Bolt', 'Seal', 'Foam', 'Trim', 'Mekatronika'];
const C = ['Jaya', 'Abadi', 'Sentosa', 'Makmur', 'Mandiri', 'Sejahtera', 'Perkasa', 'Utama', 'Nusantara', 'Indonesia', 'Lestari', 'Gemilang', 'Sakti', 'Raya', 'Prima', 'Mulia', 'Agung', 'Bersama', 'Persada', 'Santosa', 'Cemerlang', 'Berjaya', 'Gemahripah', 'Wibawa', 'Kencana', 'Asia', 'Pratama', 'Permai', 'Semesta', 'Sinergi', 'Timur', 'Barat', 'Selatan', 'Utara', 'Tengah', 'Baru', 'Murni', 'Kreatif', 'Terang', 'Jati', 'Makarya', 'Mukti', 'Rahardja', 'Rejo', 'Sari', 'Sukses', 'Tama', 'Wangi', 'Yuwana', 'Bahagia', 'Damai', 'Harmoni', 'Kurnia', 'Lancar', 'Mapan', 'Nugraha', 'Pusaka', 'Setia', 'Teguh', 'Waskita', 'Wirya', 'Adil', 'Bangun', 'Daulat', 'Era', 'Fajar', 'Gita', 'Hasta', 'Inspira', 'Karsa', 'Loka', 'Manunggal', 'Nawa', 'Panca', 'Sapta', 'Tirta', 'Unggul', 'Wiguna', 'Yasa', 'Zona'];
const NAME_SPACE = A.length * B.length * C.length;
const NAME_STEP = 7_919; // prime, coprime with NAME_SPACE: i → i·step mod space is a bijection

/** A unique, Indonesian-sounding business name for index i (without the legal-form prefix). */
export function syntheticName(i: number): string {
  const k = (i * NAME_STEP) % NAME_SPACE;
  const base = `${A[k % A.length]} ${B[Math.floor(k / A.length) % B.length]} ${C[Math.floor(k / (A.length * B.length)) % C.length]}`;
  const round = Math.floor(i / NAME_SPACE);
  return round ? `${base} ${round + 1}` : base;
}

const NIB_BASE = 12_345_678;

/** A unique NIB (13 digits, "81" + 11) for index i; OSS issues numbers in sequence too. */
export function syntheticNib(i: number): string {
  return `81${String(NIB_BASE + i).padStart(11, '0')}`;
}

/** The index a synthetic NIB was made from (so a later run continues after it). */
export function syntheticIndexOfNib(nib: string): number {
  return Number(nib.slice(2)) - NIB_BASE;
}

type Weighted<T> = readonly (readonly [T, number])[];
function pickWeighted<T>(r: number, items: Weighted<T>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1]![0];
}

/** Share of IKM by province (BPS-like: Java-heavy); provinces not listed share the rest. */
const PROVINCE_WEIGHTS: Record<string, number> = { '33': 19, '35': 18, '32': 16, '36': 4, '31': 3, '34': 3, '12': 4, '73': 3, '51': 3, '13': 2, '16': 2, '18': 2, '63': 1.5, '64': 1.2, '52': 1.5, '53': 1.2, '21': 1.2 };
const PROVINCES: Weighted<string> = listProvinces().map((p) => [p.code, PROVINCE_WEIGHTS[p.code] ?? 0.4] as const);
const REGENCIES = new Map(listProvinces().map((p) => [p.code, listRegencies(p.code).map((r) => r.code)]));

/** Process groups: processes, typical materials, KBLI codes and products. */
const GROUPS = [
  { w: 14, processes: ['machining', 'cnc_machining', 'heat_treatment'], materials: ['steel', 'stainless_steel', 'aluminium', 'brass'], kbli: ['25920', '28221'], products: ['Baut khusus', 'Bushing', 'Shaft', 'Pin', 'Spacer', 'Nipel', 'Poros gigi'], machines: ['Mesin bubut', 'CNC turning', 'CNC milling', 'Mesin frais', 'Mesin gerinda'] },
  { w: 12, processes: ['stamping_press', 'die_making', 'laser_cutting'], materials: ['steel', 'stainless_steel'], kbli: ['25910'], products: ['Bracket', 'Plat dudukan', 'Washer', 'Stay', 'Klem'], machines: ['Mesin press 60 ton', 'Mesin press 110 ton', 'Laser cutting', 'Wire cut'] },
  { w: 10, processes: ['injection_moulding', 'blow_moulding', 'vacuum_forming'], materials: ['polypropylene', 'abs', 'polyethylene', 'polyamide', 'polycarbonate'], kbli: ['22293', '22299'], products: ['Cover bodi', 'Klip plastik', 'Tutup tangki', 'Panel', 'Reservoir'], machines: ['Mesin injeksi 150 ton', 'Mesin injeksi 250 ton', 'Mesin blow moulding'] },
  { w: 9, processes: ['welding', 'sheet_metal_fabrication', 'painting_coating'], materials: ['steel', 'stainless_steel', 'aluminium'], kbli: ['25999', '25119'], products: ['Rangka', 'Rak troli', 'Bracket knalpot', 'Jig las', 'Bak muatan'], machines: ['Mesin las MIG', 'Mesin las TIG', 'Mesin tekuk'] },
  { w: 8, processes: ['casting', 'die_casting', 'machining'], materials: ['cast_iron', 'aluminium', 'zinc_alloy'], kbli: ['24310', '24320'], products: ['Tromol', 'Hub roda', 'Rumah pompa', 'Dudukan mesin'], machines: ['Tanur induksi', 'Kupola', 'Mesin die casting'] },
  { w: 7, processes: ['rubber_moulding', 'extrusion'], materials: ['natural_rubber', 'synthetic_rubber'], kbli: ['22192', '22199'], products: ['Seal karet', 'Grommet', 'Karet peredam', 'Selang karet'], machines: ['Mesin press karet', 'Mixing roll', 'Ekstruder'] },
  { w: 6, processes: ['painting_coating', 'powder_coating', 'plating'], materials: ['steel', 'zinc_alloy', 'copper'], kbli: ['25920'], products: ['Jasa powder coating', 'Plating krom', 'Pengecatan velg'], machines: ['Booth powder coating', 'Oven curing', 'Bak plating'] },
  { w: 6, processes: ['sewing_upholstery', 'assembly'], materials: ['synthetic_leather', 'textile', 'leather', 'polyurethane'], kbli: ['30912', '13929', '15122'], products: ['Cover jok', 'Jok lengkap', 'Tas motor', 'Sarung motor'], machines: ['Mesin jahit industri', 'Mesin potong kain'] },
  { w: 5, processes: ['forging', 'heat_treatment', 'machining'], materials: ['steel'], kbli: ['25910'], products: ['Tuas rem', 'Gigi blank', 'Kunci roda', 'Pedal'], machines: ['Mesin tempa', 'Tungku pemanas', 'Hammer tempa'] },
  { w: 4, processes: ['wiring_harness', 'assembly'], materials: ['copper', 'pvc'], kbli: ['27320', '30912'], products: ['Wiring harness', 'Kabel lampu', 'Konektor rakitan'], machines: ['Mesin crimping', 'Mesin potong kabel'] },
  { w: 3, processes: ['polyurethane_moulding', 'assembly'], materials: ['polyurethane'], kbli: ['22299'], products: ['Busa jok PU', 'Protector PU', 'Grip PU', 'Roller PU'], machines: ['Mesin PU low pressure', 'Mesin PU high pressure'] },
] as const;
const GROUP_WEIGHTS: Weighted<number> = GROUPS.map((g, i) => [i, g.w] as const);

const LEGAL_FORMS: Weighted<[string, string]> = [[['cv', 'CV '], 35], [['ud', 'UD '], 20], [['pt', 'PT '], 25], [['perorangan', 'Usaha '], 12], [['pt_perorangan', 'PT '], 5], [['koperasi', 'Koperasi '], 3]];
const STATUSES: Weighted<ProfileStatus> = [['verified', 70], ['submitted', 15], ['draft', 10], ['returned', 5]];
const CERTS: [string, number, string][] = [['iso_9001', 0.3, 'QMS'], ['sni', 0.1, 'SNI'], ['halal', 0.15, 'ID'], ['iatf_16949', 0.03, 'IATF'], ['iso_14001', 0.05, 'EMS'], ['smk3', 0.04, 'SMK3']];
/** Marks synthetic buyers (their description), so a later run continues numbering after them. */
export const SYNTHETIC_MARK = 'Data sintetis';

const ROLES = ['Pemilik', 'Direktur', 'Manajer Produksi', 'Kepala Pabrik', 'Manajer Pemasaran'];

export interface SyntheticIkm {
  profile: IkmProfile;
  status: ProfileStatus;
  createdAt: Date;
}

/** mulberry32: a small, fast PRNG; one stream per (seed, index) so rows do not depend on batching. */
function rng(seed: number, index: number): () => number {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function createSyntheticGenerator(seed: number, businessDate: string) {
  // Faker is slow per call: draw pools of Indonesian names once, then pick from them.
  const f = fakerID_ID;
  f.seed(seed);
  const FULL_NAMES = Array.from({ length: 4096 }, () => f.person.fullName());
  const LAST_NAMES = Array.from({ length: 1024 }, () => f.person.lastName());
  let rand: () => number = Math.random;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    for (let k = copy.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [copy[k], copy[j]] = [copy[j]!, copy[k]!];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const phone = () => `8${pick(['11', '12', '13', '21', '22', '52', '53', '56', '57', '77', '78', '81', '95'])}${digits(int(7, 8))}`;
  const now = Date.parse(`${businessDate}T00:00:00Z`);

  function ikm(i: number): SyntheticIkm {
    rand = rng(seed, i);
    const [legalForm, prefix] = pickWeighted(rand(), LEGAL_FORMS);
    const g = GROUPS[pickWeighted(rand(), GROUP_WEIGHTS)]!;
    const provinceCode = pickWeighted(rand(), PROVINCES);
    const regencyCode = pick(REGENCIES.get(provinceCode)!);
    const total = Math.max(1, Math.round(Math.exp(1.6 + rand() * 2.2 + rand() * 1.2)));
    const turnover = BigInt(Math.round(total * (60 + rand() * 240))) * 1_000_000n;
    const processes = some(g.processes, 1 + Math.floor(rand() * g.processes.length));
    const name = `${prefix}${syntheticName(i)}`;
    const certifications = CERTS.filter(([, p]) => rand() < p).map(([kind, , tag]) => ({ kind, number: `${tag}-${digits(6)}`, expiresOn: kind === 'halal' ? null : addDays(businessDate, int(-90, 1100)) }));
    const profile: IkmProfile = {
      legalName: name,
      brandName: rand() < 0.4 ? syntheticName(i).split(' ')[0] : undefined,
      legalForm,
      nib: syntheticNib(i),
      npwp: ((d15: string) => ({ npwp15: d15, npwp16: `0${d15}`, formatted15: undefined }))(`0${1 + (i % 3)}${digits(10)}000`),
      kbliCodes: some(g.kbli, 1 + Math.floor(rand() * 2)).map((code) => ({ code, edition: '2020' as const })),
      address: { street: `Jl. ${pick(LAST_NAMES)} No. ${int(1, 200)}`, provinceCode, regencyCode, postalCode: `${provinceCode.slice(0, 1)}${digits(4)}` },
      yearFounded: 1970 + Math.floor(rand() * 55),
      workforce: { total, women: Math.floor(total * rand() * 0.5), withDisability: rand() < 0.1 ? 1 : 0 },
      annualTurnover: turnover,
      turnoverBand: turnoverBand(turnover),
      processes,
      materials: some(g.materials, 1 + Math.floor(rand() * 2)),
      machines: some(g.machines, 1 + Math.floor(rand() * 3)).map((type) => ({ type, count: 1 + Math.floor(rand() * 8) })),
      monthlyCapacity: { quantity: Math.round(total * (200 + rand() * 3000)), unit: 'pcs' },
      certifications,
      products: some(g.products, 1 + Math.floor(rand() * 3)).map((n) => ({ name: `${n} ${pick(['motor', 'mobil', 'industri', 'sepeda motor', 'truk'])}` })),
      customers: rand() < 0.5 ? [`PT ${syntheticName(i + 7).replace(/ \d+$/, '')}`] : [],
      contacts: [{ name: pick(FULL_NAMES), role: pick(ROLES), phone: `+62${phone()}` }],
    };
    return { profile, status: pickWeighted(rand(), STATUSES), createdAt: new Date(now - Math.floor(rand() * 3 * 365) * 86_400_000) };
  }

  function buyer(i: number): BuyerProfile {
    rand = rng(seed, 1_000_000_000 + i);
    const plants = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => {
      const provinceCode = pick(['31', '32', '36', '33', '35']);
      return { name: `Pabrik ${k + 1}`, address: { street: `Kawasan Industri ${pick(LAST_NAMES)} Blok ${pick(['A', 'B', 'C', 'D', 'E', 'F'])}-${1 + k}`, provinceCode, regencyCode: pick(REGENCIES.get(provinceCode)!), postalCode: `1${digits(4)}` } };
    });
    return {
      companyName: `PT ${syntheticName(i + 3_000_000)} Industri`,
      groupName: rand() < 0.2 ? pick(['Astra', 'Indomobil', 'Gajah Tunggal', 'Dharma', 'Sinar Mas']) : undefined,
      tier: pickWeighted(rand(), [['tier1', 50], ['tier2', 35], ['big_industry', 12], ['apm', 3]] as const),
      sectors: ['Komponen otomotif'],
      description: SYNTHETIC_MARK,
      plants,
    };
  }

  return { ikm, buyer };
}

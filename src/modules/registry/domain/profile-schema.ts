/**
 * The IKM profile as entered (HTTP, CLI, spreadsheet import): a zod 4 schema whose messages are
 * in Indonesian and name the field. Parsing also normalises: NPWP to both forms, province and
 * regency to Kemendagri codes, KBLI codes tagged with their edition, phone numbers to +62…,
 * annual turnover to bigint with its PP 7/2021 band.
 */
import { z } from 'zod';
import { parseOrThrow } from '../../../core/validation';
import { isIsoDate } from '../../../core/dates';
import { findProvince, findRegency } from './areas';
import { NIB_MESSAGE, NPWP_MESSAGE, isNib, parseNpwp } from './identifiers';
import { isKbli2020, type KbliEdition } from './kbli';
import { TURNOVER_BANDS, turnoverBand } from './turnover-band';
import { CAPACITY_UNITS, CERTIFICATION_KINDS, LEGAL_FORMS, MATERIALS, PROCESSES, type Vocabulary } from './vocabulary';
import { indonesianPhone, integer, listOf, numberInRange, objectOf, text, uniqueList, vocabularyKey } from './schema-helpers';

/** Indonesia's bounding box, with a small margin (Sabang/Miangas to Rote, Sabang to Merauke). */
export const INDONESIA_BOUNDS = Object.freeze({ minLat: -11.2, maxLat: 6.2, minLng: 94.7, maxLng: 141.2 });

export const YEAR_FOUNDED_MIN = 1900;
export const YEAR_FOUNDED_MAX = 2100;

export interface ProfileSchemaOptions {
  /** The current business year; yearFounded may not be later. Without it, the limit is 2100. */
  currentYear?: number;
  /** Vocabularies to accept (built-in defaults, or the defaults extended by programme admins). */
  processes?: Vocabulary;
  materials?: Vocabulary;
  certificationKinds?: Vocabulary;
}

const nibField = z
  .string({ error: (i) => (i.input === undefined ? 'NIB wajib diisi' : NIB_MESSAGE) })
  .trim()
  .refine(isNib, NIB_MESSAGE);

const npwpField = z
  .string({ error: (i) => (i.input === undefined ? 'NPWP wajib diisi' : NPWP_MESSAGE) })
  .transform((raw, ctx) => {
    const forms = parseNpwp(raw);
    if (!forms) {
      ctx.addIssue({ code: 'custom', message: NPWP_MESSAGE });
      return z.NEVER;
    }
    return forms;
  });

const kbliCode = text('Kode KBLI', { max: 20 }).superRefine((code, ctx) => {
  if (!/^\d{5}$/.test(code)) ctx.addIssue({ code: 'custom', message: 'Kode KBLI harus 5 digit angka' });
  else if (!isKbli2020(code)) ctx.addIssue({ code: 'custom', message: `Kode KBLI ${code} tidak dikenal (KBLI 2020)` });
});

const kbliCodesField = uniqueList(kbliCode, 'Kode KBLI', 20)
  .min(1, 'Minimal satu kode KBLI wajib diisi')
  .transform((codes) => codes.map((code) => ({ code, edition: '2020' as KbliEdition })));

export const addressField = objectOf('Alamat', {
  street: text('Alamat jalan', { min: 3, max: 300 }),
  provinceCode: text('Provinsi', { max: 100 }),
  regencyCode: text('Kabupaten/kota', { max: 100 }),
  postalCode: z
    .string({ error: (i) => (i.input === undefined ? 'Kode pos wajib diisi' : 'Kode pos harus 5 digit angka') })
    .trim()
    .regex(/^[1-9]\d{4}$/, 'Kode pos harus 5 digit angka'),
}).transform((address, ctx) => {
  const province = findProvince(address.provinceCode);
  if (!province) {
    ctx.addIssue({ code: 'custom', message: `Provinsi "${address.provinceCode}" tidak dikenal`, path: ['provinceCode'] });
    return z.NEVER;
  }
  const regency = findRegency(province.code, address.regencyCode);
  if (!regency) {
    ctx.addIssue({
      code: 'custom',
      message: `Kabupaten/kota "${address.regencyCode}" tidak dikenal di provinsi ${province.name}`,
      path: ['regencyCode'],
    });
    return z.NEVER;
  }
  return { ...address, provinceCode: province.code, regencyCode: regency.code };
});

const b = INDONESIA_BOUNDS;
export const coordinatesField = objectOf('Koordinat', {
  lat: numberInRange('Lintang (lat)', b.minLat, b.maxLat, `Lintang (lat) harus di wilayah Indonesia, antara ${b.minLat} dan ${b.maxLat}`),
  lng: numberInRange('Bujur (lng)', b.minLng, b.maxLng, `Bujur (lng) harus di wilayah Indonesia, antara ${b.minLng} dan ${b.maxLng}`),
});

const workforceField = objectOf('Tenaga kerja', {
  total: integer('Jumlah tenaga kerja', 1, 1_000_000),
  women: integer('Jumlah tenaga kerja perempuan', 0, 1_000_000).default(0),
  withDisability: integer('Jumlah tenaga kerja penyandang disabilitas', 0, 1_000_000).default(0),
}).superRefine((w, ctx) => {
  if (w.women > w.total) {
    ctx.addIssue({ code: 'custom', message: 'Jumlah tenaga kerja perempuan tidak boleh melebihi jumlah tenaga kerja', path: ['women'] });
  }
  if (w.withDisability > w.total) {
    ctx.addIssue({
      code: 'custom',
      message: 'Jumlah tenaga kerja penyandang disabilitas tidak boleh melebihi jumlah tenaga kerja',
      path: ['withDisability'],
    });
  }
});

const TURNOVER_MESSAGE = 'Omzet tahunan harus berupa angka Rupiah tanpa titik atau koma, mis. "2500000000"';
const annualTurnoverField = z
  .string({ error: TURNOVER_MESSAGE })
  .trim()
  .regex(/^\d{1,20}$/, TURNOVER_MESSAGE);

const machineField = objectOf('Mesin', {
  type: text('Jenis mesin', { max: 120 }),
  count: integer('Jumlah mesin', 1, 10_000),
  capacity: text('Kapasitas mesin', { max: 120 }).optional(),
});

const monthlyCapacityField = objectOf('Kapasitas produksi per bulan', {
  quantity: z
    .number({ error: (i) => (i.input === undefined ? 'Jumlah kapasitas per bulan wajib diisi' : 'Jumlah kapasitas per bulan harus berupa angka') })
    .positive('Jumlah kapasitas per bulan harus lebih dari 0')
    .max(1e12, 'Jumlah kapasitas per bulan terlalu besar'),
  unit: vocabularyKey('Satuan kapasitas', CAPACITY_UNITS),
});

const expiresOnField = z
  .string({ error: 'Tanggal kedaluwarsa sertifikat harus berformat YYYY-MM-DD' })
  .refine(isIsoDate, 'Tanggal kedaluwarsa sertifikat harus berformat YYYY-MM-DD')
  .nullish()
  .transform((v) => v ?? null);

const productField = objectOf('Produk', {
  name: text('Nama produk'),
  partNumber: text('Nomor part', { max: 60 }).optional(),
});

const contactField = objectOf('Kontak', {
  name: text('Nama kontak', { max: 120 }),
  role: text('Jabatan kontak', { max: 100 }).optional(),
  phone: indonesianPhone('Nomor telepon kontak'),
  email: z
    .string({ error: 'Email kontak harus berupa teks' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'Email kontak tidak valid' }))
    .optional(),
});

/** The IKM profile schema; `options.currentYear` bounds yearFounded, the vocabularies bound the keys. */
export function createIkmProfileSchema(options: ProfileSchemaOptions = {}) {
  const maxYear = Math.min(options.currentYear ?? YEAR_FOUNDED_MAX, YEAR_FOUNDED_MAX);
  const processes = options.processes ?? PROCESSES;
  const materials = options.materials ?? MATERIALS;
  const certificationKinds = options.certificationKinds ?? CERTIFICATION_KINDS;

  return objectOf('Profil IKM', {
    legalName: text('Nama badan usaha', { min: 2, max: 200 }),
    brandName: text('Nama merek', { max: 200 }).optional(),
    legalForm: vocabularyKey('Bentuk badan usaha', LEGAL_FORMS),
    nib: nibField,
    npwp: npwpField,
    kbliCodes: kbliCodesField,
    address: addressField,
    coordinates: coordinatesField.optional(),
    yearFounded: integer('Tahun berdiri', YEAR_FOUNDED_MIN, maxYear).optional(),
    workforce: workforceField,
    annualTurnover: annualTurnoverField.optional(),
    turnoverBand: z.enum(TURNOVER_BANDS, { error: 'Kelas usaha harus salah satu dari: micro, small, medium, large' }).optional(),
    processes: uniqueList(vocabularyKey('Proses', processes), 'Proses', 50).default([]),
    materials: uniqueList(vocabularyKey('Bahan', materials), 'Bahan', 50).default([]),
    machines: listOf(machineField, 'Mesin', 200).default([]),
    monthlyCapacity: monthlyCapacityField.optional(),
    certifications: listOf(
      objectOf('Sertifikasi', {
        kind: vocabularyKey('Jenis sertifikasi', certificationKinds),
        number: text('Nomor sertifikat', { max: 100 }),
        expiresOn: expiresOnField,
      }),
      'Sertifikasi',
      50,
    ).default([]),
    products: listOf(productField, 'Produk', 500).default([]),
    customers: listOf(text('Nama pelanggan'), 'Pelanggan', 200).default([]),
    contacts: listOf(contactField, 'Kontak', 20).min(1, 'Minimal satu kontak wajib diisi'),
  })
    .superRefine((p, ctx) => {
      if (p.annualTurnover === undefined && p.turnoverBand === undefined) {
        ctx.addIssue({ code: 'custom', message: 'Omzet tahunan atau kelas usaha wajib diisi', path: ['annualTurnover'] });
      } else if (p.annualTurnover !== undefined && p.turnoverBand !== undefined) {
        const computed = turnoverBand(BigInt(p.annualTurnover));
        if (computed !== p.turnoverBand) {
          ctx.addIssue({
            code: 'custom',
            message: `Kelas usaha "${p.turnoverBand}" tidak sesuai dengan omzet tahunan (seharusnya "${computed}")`,
            path: ['turnoverBand'],
          });
        }
      }
    })
    .transform(({ annualTurnover, turnoverBand: band, ...rest }) => {
      const sales = annualTurnover === undefined ? null : BigInt(annualTurnover);
      return { ...rest, annualTurnover: sales, turnoverBand: sales === null ? band! : turnoverBand(sales) };
    });
}

/** The schema with the built-in vocabularies and yearFounded up to 2100. */
export const ikmProfileSchema = createIkmProfileSchema();

/** What a client sends. */
export type IkmProfileInput = z.input<typeof ikmProfileSchema>;
/** The validated, normalised profile. */
export type IkmProfile = z.output<typeof ikmProfileSchema>;
export type IkmAddress = IkmProfile['address'];
export type IkmWorkforce = IkmProfile['workforce'];
export type IkmMachine = IkmProfile['machines'][number];
export type IkmCertification = IkmProfile['certifications'][number];
export type IkmContact = IkmProfile['contacts'][number];

/** Parses a profile; on failure throws AppError `validation.invalid` (400) naming the first field. */
export function parseIkmProfile(input: unknown, options: ProfileSchemaOptions = {}): IkmProfile {
  const schema = Object.keys(options).length === 0 ? ikmProfileSchema : createIkmProfileSchema(options);
  return parseOrThrow(schema, input);
}

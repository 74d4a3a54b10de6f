import { describe, it, expect } from 'vitest';
import { AppError } from '../../../core/errors';
import { extendVocabulary, PROCESSES } from './vocabulary';
import { createIkmProfileSchema, ikmProfileSchema, parseIkmProfile, type IkmProfileInput } from './profile-schema';

const good = (): IkmProfileInput => ({
  legalName: 'PT Tegarusaha Mandirisejati',
  brandName: 'Tegar',
  legalForm: 'pt',
  nib: '9120001234567',
  npwp: '01.234.567.8-901.000',
  kbliCodes: ['22220', '30912'],
  address: { street: 'Jl. Raya Narogong No. 1', provinceCode: 'Jawa Barat', regencyCode: 'Kab. Bogor', postalCode: '16820' },
  coordinates: { lat: -6.45, lng: 106.95 },
  yearFounded: 2005,
  workforce: { total: 40, women: 12, withDisability: 1 },
  annualTurnover: '4500000000',
  processes: ['polyurethane_moulding', 'assembly'],
  materials: ['polyurethane'],
  machines: [{ type: 'Mesin PU low pressure', count: 2, capacity: '30 kg/jam' }],
  monthlyCapacity: { quantity: 20000, unit: 'pcs' },
  certifications: [
    { kind: 'iso_9001', number: 'QMS-2024-0012', expiresOn: '2027-05-01' },
    { kind: 'halal', number: 'ID00110000123', expiresOn: null },
  ],
  products: [{ name: 'Headpipe protector', partNumber: 'HP-PU-001' }, { name: 'Grip' }],
  customers: ['PT Astra Honda Motor'],
  contacts: [{ name: 'Budi Santoso', role: 'Direktur', phone: '0812-3456-7890', email: ' Budi@Example.co.id ' }],
});

/** "path: message" of every issue, for readable assertions. */
function issues(input: unknown, schema = ikmProfileSchema): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('IKM profile schema: a good profile', () => {
  it('parses and normalises', () => {
    const p = ikmProfileSchema.parse(good());
    expect(p.nib).toBe('9120001234567');
    expect(p.npwp).toEqual({ npwp15: '012345678901000', npwp16: '0012345678901000', formatted15: '01.234.567.8-901.000' });
    expect(p.kbliCodes).toEqual([{ code: '22220', edition: '2020' }, { code: '30912', edition: '2020' }]);
    expect(p.address).toEqual({ street: 'Jl. Raya Narogong No. 1', provinceCode: '32', regencyCode: '32.01', postalCode: '16820' });
    expect(p.annualTurnover).toBe(4_500_000_000n);
    expect(p.turnoverBand).toBe('small');
    expect(p.contacts[0]).toEqual({ name: 'Budi Santoso', role: 'Direktur', phone: '+6281234567890', email: 'budi@example.co.id' });
    expect(p.certifications[1]!.expiresOn).toBeNull();
  });

  it('needs only the required fields, and takes a band without a turnover figure', () => {
    const { legalName, legalForm, nib, npwp: _npwp, kbliCodes, address, workforce, contacts: _contacts } = good();
    const p = ikmProfileSchema.parse({
      legalName, legalForm, nib, npwp: '3201234567890001', kbliCodes, address,
      workforce: { total: workforce.total }, turnoverBand: 'micro', contacts: [{ name: 'Sari', phone: '+62 21 555 1234' }],
    });
    expect(p.npwp).toEqual({ npwp15: null, npwp16: '3201234567890001' });
    expect(p.annualTurnover).toBeNull();
    expect(p.turnoverBand).toBe('micro');
    expect(p.workforce).toEqual({ total: 40, women: 0, withDisability: 0 });
    expect(p.processes).toEqual([]);
    expect(p.certifications).toEqual([]);
    expect(p.contacts[0]!.phone).toBe('+62215551234');
  });

  it('bounds yearFounded by the current year passed in', () => {
    const schema2026 = createIkmProfileSchema({ currentYear: 2026 });
    expect(issues({ ...good(), yearFounded: 2026 }, schema2026)).toEqual([]);
    expect(issues({ ...good(), yearFounded: 2027 }, schema2026)).toEqual(['yearFounded: Tahun berdiri maksimal 2026']);
    expect(issues({ ...good(), yearFounded: 2100 })).toEqual([]);
    expect(issues({ ...good(), yearFounded: 2101 })).toEqual(['yearFounded: Tahun berdiri maksimal 2100']);
    expect(issues({ ...good(), yearFounded: 1899 })).toEqual(['yearFounded: Tahun berdiri minimal 1900']);
  });

  it('accepts admin-extended process keys', () => {
    const processes = extendVocabulary(PROCESSES, [{ key: 'anodizing', label: { id: 'Anodisasi', en: 'Anodising' } }]);
    const input = { ...good(), processes: ['anodizing'] };
    expect(issues(input)).toEqual(['processes.0: Proses "anodizing" tidak dikenal']);
    expect(issues(input, createIkmProfileSchema({ processes }))).toEqual([]);
  });
});

describe('IKM profile schema: bad input, in Indonesian, naming the field', () => {
  it.each([
    [{ nib: '12345' }, 'nib: NIB harus 13 digit angka'],
    [{ nib: 9120001234567 }, 'nib: NIB harus 13 digit angka'],
    [{ npwp: '01.234.567.8-901' }, 'npwp: NPWP harus 15 digit (format lama 99.999.999.9-999.999) atau 16 digit (NIK atau 0 + NPWP lama)'],
    [{ legalName: ' ' }, 'legalName: Nama badan usaha minimal 2 karakter'],
    [{ legalForm: 'gmbh' }, 'legalForm: Bentuk badan usaha "gmbh" tidak dikenal'],
    [{ kbliCodes: [] }, 'kbliCodes: Minimal satu kode KBLI wajib diisi'],
    [{ kbliCodes: ['2930'] }, 'kbliCodes.0: Kode KBLI harus 5 digit angka'],
    [{ kbliCodes: ['62010'] }, 'kbliCodes.0: Kode KBLI 62010 tidak dikenal (KBLI 2020)'],
    [{ kbliCodes: ['29300', '29300'] }, 'kbliCodes.1: Kode KBLI "29300" tercantum lebih dari sekali'],
    [{ coordinates: { lat: 35.7, lng: 139.7 } }, 'coordinates.lat: Lintang (lat) harus di wilayah Indonesia, antara -11.2 dan 6.2'],
    [{ coordinates: { lat: -6.2, lng: 150 } }, 'coordinates.lng: Bujur (lng) harus di wilayah Indonesia, antara 94.7 dan 141.2'],
    [{ workforce: { total: 10, women: 11 } }, 'workforce.women: Jumlah tenaga kerja perempuan tidak boleh melebihi jumlah tenaga kerja'],
    [{ workforce: { total: 10, withDisability: 12 } }, 'workforce.withDisability: Jumlah tenaga kerja penyandang disabilitas tidak boleh melebihi jumlah tenaga kerja'],
    [{ workforce: { total: 0 } }, 'workforce.total: Jumlah tenaga kerja minimal 1'],
    [{ workforce: { total: 2.5 } }, 'workforce.total: Jumlah tenaga kerja harus bilangan bulat'],
    [{ annualTurnover: '4.500.000.000' }, 'annualTurnover: Omzet tahunan harus berupa angka Rupiah tanpa titik atau koma, mis. "2500000000"'],
    [{ annualTurnover: '-5' }, 'annualTurnover: Omzet tahunan harus berupa angka Rupiah tanpa titik atau koma, mis. "2500000000"'],
    [{ turnoverBand: 'micro' }, 'turnoverBand: Kelas usaha "micro" tidak sesuai dengan omzet tahunan (seharusnya "small")'],
    [{ turnoverBand: 'tiny' }, 'turnoverBand: Kelas usaha harus salah satu dari: micro, small, medium, large'],
    [{ annualTurnover: undefined }, 'annualTurnover: Omzet tahunan atau kelas usaha wajib diisi'],
    [{ processes: ['welding', 'welding'] }, 'processes.1: Proses "welding" tercantum lebih dari sekali'],
    [{ materials: ['unobtainium'] }, 'materials.0: Bahan "unobtainium" tidak dikenal'],
    [{ machines: [{ type: 'CNC', count: 0 }] }, 'machines.0.count: Jumlah mesin minimal 1'],
    [{ monthlyCapacity: { quantity: 0, unit: 'pcs' } }, 'monthlyCapacity.quantity: Jumlah kapasitas per bulan harus lebih dari 0'],
    [{ monthlyCapacity: { quantity: 5, unit: 'gallon' } }, 'monthlyCapacity.unit: Satuan kapasitas "gallon" tidak dikenal'],
    [{ certifications: [{ kind: 'iso_9001', number: 'X', expiresOn: '2027-02-30' }] }, 'certifications.0.expiresOn: Tanggal kedaluwarsa sertifikat harus berformat YYYY-MM-DD'],
    [{ certifications: [{ kind: 'iso_27001', number: 'X' }] }, 'certifications.0.kind: Jenis sertifikasi "iso_27001" tidak dikenal'],
    [{ certifications: [{ kind: 'sni' }] }, 'certifications.0.number: Nomor sertifikat wajib diisi'],
    [{ products: [{ name: '' }] }, 'products.0.name: Nama produk wajib diisi'],
    [{ contacts: [] }, 'contacts: Minimal satu kontak wajib diisi'],
    [{ contacts: [{ name: 'Budi', phone: '+1 212 555 0100' }] }, 'contacts.0.phone: Nomor telepon kontak harus nomor Indonesia, mis. 0812-3456-7890 atau +62 812 3456 7890'],
    [{ contacts: [{ name: 'Budi', phone: '0812345678', email: 'budi@' }] }, 'contacts.0.email: Email kontak tidak valid'],
  ])('%j → %s', (patch, expected) => {
    expect(issues({ ...good(), ...patch })).toEqual([expected]);
  });

  it.each([
    [{ provinceCode: 'Atlantis' }, 'address.provinceCode: Provinsi "Atlantis" tidak dikenal'],
    [{ regencyCode: 'Kota Sleman' }, 'address.regencyCode: Kabupaten/kota "Kota Sleman" tidak dikenal di provinsi Jawa Barat'],
    [{ regencyCode: 'Bogor' }, 'address.regencyCode: Kabupaten/kota "Bogor" tidak dikenal di provinsi Jawa Barat'],
    [{ postalCode: '1682' }, 'address.postalCode: Kode pos harus 5 digit angka'],
  ])('address %j → %s', (patch, expected) => {
    expect(issues({ ...good(), address: { ...good().address, ...patch } })).toEqual([expected]);
  });

  it('names every missing required field', () => {
    expect(issues({})).toEqual([
      'legalName: Nama badan usaha wajib diisi',
      'legalForm: Bentuk badan usaha wajib diisi',
      'nib: NIB wajib diisi',
      'npwp: NPWP wajib diisi',
      'kbliCodes: Kode KBLI wajib diisi',
      'address: Alamat wajib diisi',
      'workforce: Tenaga kerja wajib diisi',
      'contacts: Kontak wajib diisi',
    ]);
    expect(issues('profil')).toEqual([': Profil IKM harus berupa objek']);
  });

  it('parseIkmProfile throws AppError validation.invalid naming the field', () => {
    expect(parseIkmProfile(good()).turnoverBand).toBe('small');
    try {
      parseIkmProfile({ ...good(), nib: '123' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('validation.invalid');
      expect((e as AppError).message).toBe('nib: NIB harus 13 digit angka');
      expect((e as AppError).params.field).toBe('nib');
    }
  });
});

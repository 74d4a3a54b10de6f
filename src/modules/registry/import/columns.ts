/**
 * The spreadsheet layout of the IKM directory, shared by import (column mapping) and export (headers):
 * one row per IKM; list cells hold entries separated by ";" (or new lines), and an entry's parts by "|".
 */
export const IMPORT_FIELDS = [
  'legalName',
  'brandName',
  'legalForm',
  'nib',
  'npwp',
  'kbli',
  'street',
  'province',
  'regency',
  'postalCode',
  'lat',
  'lng',
  'yearFounded',
  'workforceTotal',
  'workforceWomen',
  'workforceDisability',
  'annualTurnover',
  'turnoverBand',
  'processes',
  'materials',
  'machines',
  'capacityQuantity',
  'capacityUnit',
  'certifications',
  'products',
  'customers',
  'contactName',
  'contactRole',
  'contactPhone',
  'contactEmail',
  'otherContacts',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ColumnSpec {
  field: ImportField;
  /** The header written by exports and the template (Indonesian). */
  header: string;
  /** Other headers recognised when mapping automatically (Indonesian and English). */
  aliases: readonly string[];
  /** How the cell is written, for the help text and the template. */
  format?: string;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { field: 'legalName', header: 'Nama Badan Usaha', aliases: ['nama perusahaan', 'nama usaha', 'nama ikm', 'nama pt', 'nama cv', 'nama badan hukum', 'nama', 'legal name', 'company name', 'company', 'name'] },
  { field: 'brandName', header: 'Nama Merek', aliases: ['merek', 'merk', 'brand', 'brand name'] },
  { field: 'legalForm', header: 'Bentuk Badan Usaha', aliases: ['bentuk usaha', 'bentuk', 'jenis badan usaha', 'badan usaha', 'badan hukum', 'bentuk badan hukum', 'legal form'], format: 'PT, PT Perorangan, CV, UD, Koperasi, Perorangan' },
  { field: 'nib', header: 'NIB', aliases: ['nomor induk berusaha', 'no nib', 'nomor nib', 'business id number'], format: '13 digit' },
  { field: 'npwp', header: 'NPWP', aliases: ['nomor pokok wajib pajak', 'no npwp', 'tax id', 'taxpayer id', 'tax number'], format: '15 digit (99.999.999.9-999.999) atau 16 digit' },
  { field: 'kbli', header: 'KBLI', aliases: ['kode kbli', 'kbli 2020', 'kbli codes', 'kbli code'], format: 'kode 5 digit dipisah ";"' },
  { field: 'street', header: 'Alamat', aliases: ['alamat jalan', 'alamat lengkap', 'address', 'street', 'street address'] },
  { field: 'province', header: 'Provinsi', aliases: ['propinsi', 'prov', 'province', 'kode provinsi'] },
  { field: 'regency', header: 'Kabupaten/Kota', aliases: ['kabupaten', 'kota', 'kab kota', 'kabupaten kota', 'regency', 'city', 'regency city', 'kode kabupaten kota'] },
  { field: 'postalCode', header: 'Kode Pos', aliases: ['kodepos', 'postal code', 'postcode', 'zip', 'zip code'] },
  { field: 'lat', header: 'Lintang', aliases: ['latitude', 'lat'] },
  { field: 'lng', header: 'Bujur', aliases: ['longitude', 'lng', 'lon', 'long'] },
  { field: 'yearFounded', header: 'Tahun Berdiri', aliases: ['tahun', 'tanggal berdiri', 'year founded', 'founded', 'year established'] },
  { field: 'workforceTotal', header: 'Jumlah Tenaga Kerja', aliases: ['tenaga kerja', 'jumlah karyawan', 'karyawan', 'jumlah pekerja', 'workforce', 'employees', 'number of employees'] },
  { field: 'workforceWomen', header: 'Tenaga Kerja Perempuan', aliases: ['karyawan perempuan', 'pekerja perempuan', 'perempuan', 'women', 'female employees', 'workforce women'] },
  { field: 'workforceDisability', header: 'Tenaga Kerja Disabilitas', aliases: ['penyandang disabilitas', 'disabilitas', 'karyawan disabilitas', 'with disability', 'employees with disability'] },
  { field: 'annualTurnover', header: 'Omzet Tahunan', aliases: ['omzet', 'omset', 'omset tahunan', 'penjualan tahunan', 'hasil penjualan tahunan', 'annual turnover', 'turnover', 'annual sales'], format: 'Rupiah, angka bulat' },
  { field: 'turnoverBand', header: 'Kelas Usaha', aliases: ['skala usaha', 'ukuran usaha', 'size', 'size band', 'turnover band', 'business size'], format: 'mikro, kecil, menengah, besar' },
  { field: 'processes', header: 'Proses', aliases: ['proses produksi', 'processes', 'process', 'manufacturing process'] },
  { field: 'materials', header: 'Bahan', aliases: ['bahan baku', 'material', 'materials'] },
  { field: 'machines', header: 'Mesin', aliases: ['mesin produksi', 'machines', 'machine', 'equipment'], format: 'jenis | jumlah | kapasitas; …' },
  { field: 'capacityQuantity', header: 'Kapasitas per Bulan', aliases: ['kapasitas', 'kapasitas bulanan', 'kapasitas produksi', 'monthly capacity', 'capacity'] },
  { field: 'capacityUnit', header: 'Satuan Kapasitas', aliases: ['satuan', 'unit', 'capacity unit'] },
  { field: 'certifications', header: 'Sertifikasi', aliases: ['sertifikat', 'certifications', 'certificates', 'certification'], format: 'jenis | nomor | berlaku sampai; …' },
  { field: 'products', header: 'Produk', aliases: ['produk utama', 'products', 'product'], format: 'nama | nomor part; …' },
  { field: 'customers', header: 'Pelanggan', aliases: ['pelanggan utama', 'customers', 'customer', 'pembeli'] },
  { field: 'contactName', header: 'Nama Kontak', aliases: ['kontak', 'narahubung', 'penanggung jawab', 'contact', 'contact name', 'contact person'] },
  { field: 'contactRole', header: 'Jabatan Kontak', aliases: ['jabatan', 'contact role', 'position', 'job title'] },
  { field: 'contactPhone', header: 'Telepon', aliases: ['telepon kontak', 'no hp', 'nomor hp', 'hp', 'no telp', 'telp', 'nomor telepon', 'whatsapp', 'phone', 'contact phone', 'mobile'] },
  { field: 'contactEmail', header: 'Email', aliases: ['email kontak', 'e-mail', 'surel', 'contact email'] },
  { field: 'otherContacts', header: 'Kontak Lain', aliases: ['kontak tambahan', 'other contacts'], format: 'nama | jabatan | telepon | email; …' },
];

export const COLUMN_BY_FIELD: ReadonlyMap<ImportField, ColumnSpec> = new Map(COLUMNS.map((c) => [c.field, c]));

/** Fields a file must map (turnover: either figure or band). */
export const REQUIRED_FIELDS: readonly ImportField[] = ['legalName', 'legalForm', 'nib', 'npwp', 'kbli', 'street', 'province', 'regency', 'postalCode', 'workforceTotal', 'contactName', 'contactPhone'];

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

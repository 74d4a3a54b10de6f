/**
 * The IKM profile form: its values (strings, as typed), conversion from the API view and to the request
 * body, and client validation mirroring the server's rules (domain/profile-schema.ts). Errors are keyed
 * by the server's field path (e.g. "address.postalCode", "contacts.0.phone") so server errors land on
 * the same inputs.
 */
import type { IkmProfile, TurnoverBand } from '../../api/registry-types';

export interface MachineRow { type: string; count: string; capacity: string }
export interface CertificationRow { kind: string; number: string; expiresOn: string }
export interface ProductRow { name: string; partNumber: string }
export interface ContactRow { name: string; role: string; phone: string; email: string }

export interface ProfileFormValues {
  legalName: string;
  brandName: string;
  legalForm: string;
  nib: string;
  npwp: string;
  kbliCodes: string[];
  yearFounded: string;
  street: string;
  provinceCode: string;
  regencyCode: string;
  postalCode: string;
  lat: string;
  lng: string;
  workforceTotal: string;
  workforceWomen: string;
  workforceDisability: string;
  turnoverMode: 'amount' | 'band';
  annualTurnover: string;
  turnoverBand: string;
  processes: string[];
  materials: string[];
  machines: MachineRow[];
  capacityQuantity: string;
  capacityUnit: string;
  certifications: CertificationRow[];
  products: ProductRow[];
  customers: string[];
  contacts: ContactRow[];
}

export const emptyContact = (): ContactRow => ({ name: '', role: '', phone: '', email: '' });
export const emptyMachine = (): MachineRow => ({ type: '', count: '1', capacity: '' });
export const emptyCertification = (): CertificationRow => ({ kind: '', number: '', expiresOn: '' });
export const emptyProduct = (): ProductRow => ({ name: '', partNumber: '' });

export function emptyValues(legalName = ''): ProfileFormValues {
  return {
    legalName, brandName: '', legalForm: '', nib: '', npwp: '', kbliCodes: [], yearFounded: '',
    street: '', provinceCode: '', regencyCode: '', postalCode: '', lat: '', lng: '',
    workforceTotal: '', workforceWomen: '0', workforceDisability: '0',
    turnoverMode: 'amount', annualTurnover: '', turnoverBand: '',
    processes: [], materials: [], machines: [], capacityQuantity: '', capacityUnit: '',
    certifications: [], products: [], customers: [], contacts: [emptyContact()],
  };
}

const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function fromProfile(p: IkmProfile): ProfileFormValues {
  return {
    legalName: p.legalName,
    brandName: s(p.brandName),
    legalForm: p.legalForm,
    nib: p.nib,
    npwp: p.npwp.formatted15 ?? p.npwp.npwp16,
    kbliCodes: p.kbliCodes.map((k) => k.code),
    yearFounded: s(p.yearFounded),
    street: p.address.street,
    provinceCode: p.address.provinceCode,
    regencyCode: p.address.regencyCode,
    postalCode: p.address.postalCode,
    lat: s(p.coordinates?.lat),
    lng: s(p.coordinates?.lng),
    workforceTotal: s(p.workforce.total),
    workforceWomen: s(p.workforce.women),
    workforceDisability: s(p.workforce.withDisability),
    turnoverMode: p.annualTurnover === null ? 'band' : 'amount',
    annualTurnover: p.annualTurnover && /^\d+$/.test(p.annualTurnover) ? new Intl.NumberFormat('id-ID').format(BigInt(p.annualTurnover)) : '',
    turnoverBand: p.turnoverBand,
    processes: [...p.processes],
    materials: [...p.materials],
    machines: p.machines.map((m) => ({ type: m.type, count: s(m.count), capacity: s(m.capacity) })),
    capacityQuantity: s(p.monthlyCapacity?.quantity),
    capacityUnit: s(p.monthlyCapacity?.unit),
    certifications: p.certifications.map((c) => ({ kind: c.kind, number: c.number, expiresOn: s(c.expiresOn) })),
    products: p.products.map((x) => ({ name: x.name, partNumber: s(x.partNumber) })),
    customers: [...p.customers],
    contacts: p.contacts.length ? p.contacts.map((c) => ({ name: c.name, role: s(c.role), phone: c.phone, email: s(c.email) })) : [emptyContact()],
  };
}

const empty = (...xs: string[]) => xs.every((x) => !x.trim());
/** Rows the user added but left empty do not count (the first contact always stays). */
export function withoutBlankRows(v: ProfileFormValues): ProfileFormValues {
  return {
    ...v,
    machines: v.machines.filter((m) => !empty(m.type, m.capacity)),
    certifications: v.certifications.filter((c) => !empty(c.kind, c.number, c.expiresOn)),
    products: v.products.filter((p) => !empty(p.name, p.partNumber)),
    customers: v.customers.map((c) => c.trim()).filter(Boolean),
    contacts: v.contacts.filter((c, i) => i === 0 || !empty(c.name, c.role, c.phone, c.email)),
  };
}

/** "2.500.000.000" or "2 500 000 000" → "2500000000" (Rupiah are whole; dots and spaces are separators). */
export function rupiahDigits(input: string): string {
  return input.replace(/[\s.,]/g, '').replace(/^Rp/i, '');
}

/** The PP 7/2021 band of annual sales (BigInt: no rounding). */
export function bandOf(digits: string): TurnoverBand | null {
  if (!/^\d{1,20}$/.test(digits)) return null;
  const v = BigInt(digits);
  if (v <= 2_000_000_000n) return 'micro';
  if (v <= 15_000_000_000n) return 'small';
  if (v <= 50_000_000_000n) return 'medium';
  return 'large';
}

const LEGACY_FORMATTED = /^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/;
/** Same rule as the server: 15 legacy digits (plain or AA.BBB.BBB.C-DDD.EEE) or 16 digits. */
export function isNpwp(input: string): boolean {
  const t = input.trim();
  if (!/^\d(?:[\d.\- ]*\d)?$/.test(t)) return false;
  const digits = t.replace(/\D/g, '');
  if (/^0+$/.test(digits)) return false;
  if (digits.length === 15) return !/\D/.test(t) || LEGACY_FORMATTED.test(t);
  return digits.length === 16;
}

export function isIndonesianPhone(input: string): boolean {
  const m = /^(?:\+62|62|0)(\d{7,13})$/.exec(input.replace(/[\s().-]/g, ''));
  return !!m && !m[1]!.startsWith('0');
}

export const BOUNDS = { minLat: -11.2, maxLat: 6.2, minLng: 94.7, maxLng: 141.2 };

/** A problem: an i18n key (under registry.validation) and its parameters. */
export interface Problem { key: string; params?: Record<string, unknown> }
export type Problems = Record<string, Problem>;

const int = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN);
const num = (v: string) => (v.trim() && /^-?\d+(?:[.,]\d+)?$/.test(v.trim()) ? Number(v.trim().replace(',', '.')) : NaN);

/** Client validation (the server validates again and has the last word). */
export function validateProfile(raw: ProfileFormValues, currentYear: number): Problems {
  const v = withoutBlankRows(raw);
  const p: Problems = {};
  const req = (path: string, value: string) => { if (!value.trim()) p[path] = { key: 'required' }; };

  if (v.legalName.trim().length < 2) p.legalName = { key: v.legalName.trim() ? 'legalNameShort' : 'required' };
  req('legalForm', v.legalForm);
  if (!/^\d{13}$/.test(v.nib.trim())) p.nib = { key: v.nib.trim() ? 'nib' : 'required' };
  if (!isNpwp(v.npwp)) p.npwp = { key: v.npwp.trim() ? 'npwp' : 'required' };
  if (!v.kbliCodes.length) p.kbliCodes = { key: 'kbliRequired' };
  else if (v.kbliCodes.some((c) => !/^\d{5}$/.test(c))) p.kbliCodes = { key: 'kbli' };
  if (v.yearFounded.trim()) {
    const y = int(v.yearFounded);
    if (!(y >= 1900 && y <= currentYear)) p.yearFounded = { key: 'yearFounded', params: { max: currentYear } };
  }

  if (v.street.trim().length < 3) p['address.street'] = { key: v.street.trim() ? 'streetShort' : 'required' };
  req('address.provinceCode', v.provinceCode);
  req('address.regencyCode', v.regencyCode);
  if (!/^[1-9]\d{4}$/.test(v.postalCode.trim())) p['address.postalCode'] = { key: v.postalCode.trim() ? 'postalCode' : 'required' };
  if (v.lat.trim() || v.lng.trim()) {
    const lat = num(v.lat);
    const lng = num(v.lng);
    if (!(lat >= BOUNDS.minLat && lat <= BOUNDS.maxLat)) p['coordinates.lat'] = { key: 'lat' };
    if (!(lng >= BOUNDS.minLng && lng <= BOUNDS.maxLng)) p['coordinates.lng'] = { key: 'lng' };
  }

  const total = int(v.workforceTotal);
  if (!(total >= 1)) p['workforce.total'] = { key: v.workforceTotal.trim() ? 'wholeMin1' : 'required' };
  for (const [field, path] of [['workforceWomen', 'workforce.women'], ['workforceDisability', 'workforce.withDisability']] as const) {
    const n = v[field].trim() ? int(v[field]) : 0;
    if (!(n >= 0)) p[path] = { key: 'wholeMin0' };
    else if (total >= 1 && n > total) p[path] = { key: 'exceedsTotal' };
  }

  if (v.turnoverMode === 'amount') {
    if (!/^\d{1,20}$/.test(rupiahDigits(v.annualTurnover))) p.annualTurnover = { key: v.annualTurnover.trim() ? 'turnover' : 'required' };
  } else if (!v.turnoverBand) p.turnoverBand = { key: 'bandRequired' };

  if (v.capacityQuantity.trim() || v.capacityUnit) {
    const q = num(v.capacityQuantity);
    if (!(q > 0)) p['monthlyCapacity.quantity'] = { key: v.capacityQuantity.trim() ? 'positive' : 'required' };
    if (!v.capacityUnit) p['monthlyCapacity.unit'] = { key: 'required' };
  }

  v.machines.forEach((m, i) => {
    req(`machines.${i}.type`, m.type);
    if (!(int(m.count) >= 1)) p[`machines.${i}.count`] = { key: 'wholeMin1' };
  });
  const certKeys = new Set<string>();
  v.certifications.forEach((c, i) => {
    req(`certifications.${i}.kind`, c.kind);
    req(`certifications.${i}.number`, c.number);
    if (c.expiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(c.expiresOn)) p[`certifications.${i}.expiresOn`] = { key: 'date' };
    const k = `${c.kind}|${c.number.trim()}`;
    if (c.kind && c.number.trim() && certKeys.has(k)) p[`certifications.${i}.number`] = { key: 'duplicate' };
    certKeys.add(k);
  });
  v.products.forEach((x, i) => req(`products.${i}.name`, x.name));
  if (!v.contacts.length) p.contacts = { key: 'contactsRequired' };
  v.contacts.forEach((c, i) => {
    req(`contacts.${i}.name`, c.name);
    if (!isIndonesianPhone(c.phone)) p[`contacts.${i}.phone`] = { key: c.phone.trim() ? 'phone' : 'required' };
    if (c.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email.trim())) p[`contacts.${i}.email`] = { key: 'email' };
  });
  return p;
}

const opt = (v: string) => (v.trim() ? v.trim() : undefined);

/** The request body of POST/PUT /api/ikm (blank rows dropped, numbers as numbers, Rupiah as digits). */
export function toBody(raw: ProfileFormValues): Record<string, unknown> {
  const v = withoutBlankRows(raw);
  return {
    legalName: v.legalName.trim(),
    brandName: opt(v.brandName),
    legalForm: v.legalForm,
    nib: v.nib.trim(),
    npwp: v.npwp.trim(),
    kbliCodes: v.kbliCodes,
    address: { street: v.street.trim(), provinceCode: v.provinceCode, regencyCode: v.regencyCode, postalCode: v.postalCode.trim() },
    coordinates: v.lat.trim() && v.lng.trim() ? { lat: num(v.lat), lng: num(v.lng) } : undefined,
    yearFounded: v.yearFounded.trim() ? int(v.yearFounded) : undefined,
    workforce: { total: int(v.workforceTotal), women: v.workforceWomen.trim() ? int(v.workforceWomen) : 0, withDisability: v.workforceDisability.trim() ? int(v.workforceDisability) : 0 },
    ...(v.turnoverMode === 'amount' ? { annualTurnover: rupiahDigits(v.annualTurnover) } : { turnoverBand: v.turnoverBand }),
    processes: v.processes,
    materials: v.materials,
    machines: v.machines.map((m) => ({ type: m.type.trim(), count: int(m.count), capacity: opt(m.capacity) })),
    monthlyCapacity: v.capacityQuantity.trim() && v.capacityUnit ? { quantity: num(v.capacityQuantity), unit: v.capacityUnit } : undefined,
    certifications: v.certifications.map((c) => ({ kind: c.kind, number: c.number.trim(), expiresOn: c.expiresOn || null })),
    products: v.products.map((x) => ({ name: x.name.trim(), partNumber: opt(x.partNumber) })),
    customers: v.customers,
    contacts: v.contacts.map((c) => ({ name: c.name.trim(), role: opt(c.role), phone: c.phone.trim(), email: opt(c.email) })),
  };
}

/** A server field path as the form knows it ("kbliCodes.2" → "kbliCodes"). */
export function formPath(path: string): string {
  return path.replace(/^(body|querystring)\./, '').replace(/^(kbliCodes|processes|materials|customers)\.\d+$/, '$1').replace(/^address$/, 'address.street');
}

/** Identity fields whose change sends a verified profile back to verification. */
export function identityChanged(before: ProfileFormValues, after: ProfileFormValues): string[] {
  const out: string[] = [];
  if (before.legalName.trim() !== after.legalName.trim()) out.push('legalName');
  if (before.legalForm !== after.legalForm) out.push('legalForm');
  if (before.nib.trim() !== after.nib.trim()) out.push('nib');
  if (before.npwp.replace(/\D/g, '').replace(/^0(?=\d{15}$)/, '') !== after.npwp.replace(/\D/g, '').replace(/^0(?=\d{15}$)/, '')) out.push('npwp');
  if (before.street.trim() !== after.street.trim() || before.provinceCode !== after.provinceCode || before.regencyCode !== after.regencyCode || before.postalCode.trim() !== after.postalCode.trim()) out.push('address');
  return out;
}

/**
 * Semantic checks of a part need beyond its JSON shape: vocabulary keys, volumes, the import
 * details required when the part replaces an imported one, and the dates. The vocabularies are
 * passed in (the registry's, with the entries programme admins added).
 */
import { badRequest } from '../../../core/errors';
import { compareIsoDates } from '../../../core/dates';
import type { NeedVisibility } from './rules';

export interface KeySet {
  has(key: string): boolean;
}

export interface NeedVocabularies {
  processes: KeySet;
  materials: KeySet;
  certificationKinds: KeySet;
  units: KeySet;
}

export interface NeedFields {
  processes: string[];
  material?: string | null;
  requiredCertifications: string[];
  unit: string;
  annualVolume: number;
  monthlyVolume?: number | null;
  startDate?: string | null;
  deadline: string;
  replacesImport: boolean;
  importLandedCost?: bigint | null;
  importOriginCountry?: string | null;
  visibility: NeedVisibility;
  eventId?: string | null;
}

function unknownKeys(keys: string[], set: KeySet): string[] {
  return keys.filter((k) => !set.has(k));
}

/** Monthly call-off: given, or the annual volume spread over 12 months (rounded up). */
export function monthlyVolumeOf(f: Pick<NeedFields, 'annualVolume' | 'monthlyVolume'>): number {
  return f.monthlyVolume ?? Math.ceil(f.annualVolume / 12);
}

/** Throws 400 naming the field; `today` bounds the deadline on creation (pass null when editing). */
export function checkNeedFields(f: NeedFields, v: NeedVocabularies, today: string | null): void {
  if (!f.processes.length) throw badRequest('needs.process_required', 'Minimal satu proses wajib diisi.', { field: 'processes' });
  if (new Set(f.processes).size !== f.processes.length) throw badRequest('needs.process_repeated', 'Proses tercantum lebih dari sekali.', { field: 'processes' });
  const badProc = unknownKeys(f.processes, v.processes);
  if (badProc.length) throw badRequest('needs.process_unknown', `Proses tidak dikenal: ${badProc.join(', ')}`, { field: 'processes', keys: badProc });
  if (f.material && !v.materials.has(f.material)) throw badRequest('needs.material_unknown', `Bahan "${f.material}" tidak dikenal.`, { field: 'material' });
  const badCert = unknownKeys(f.requiredCertifications, v.certificationKinds);
  if (badCert.length) throw badRequest('needs.certification_unknown', `Sertifikasi tidak dikenal: ${badCert.join(', ')}`, { field: 'requiredCertifications', keys: badCert });
  if (!v.units.has(f.unit)) throw badRequest('needs.unit_unknown', `Satuan "${f.unit}" tidak dikenal.`, { field: 'unit' });
  const monthly = monthlyVolumeOf(f);
  if (monthly * 12 < f.annualVolume / 2 || monthly > f.annualVolume) {
    throw badRequest('needs.monthly_volume_inconsistent', 'Kebutuhan per bulan tidak sesuai dengan volume tahunan.', { field: 'monthlyVolume' });
  }
  if (today && compareIsoDates(f.deadline, today) < 0) throw badRequest('needs.deadline_past', 'Batas waktu penawaran tidak boleh sebelum hari ini.', { field: 'deadline' });
  if (f.startDate && compareIsoDates(f.startDate, f.deadline) < 0) throw badRequest('needs.start_before_deadline', 'Tanggal mulai pasok tidak boleh sebelum batas waktu penawaran.', { field: 'startDate' });
  if (f.replacesImport) {
    if (f.importLandedCost === null || f.importLandedCost === undefined) throw badRequest('needs.import_cost_required', 'Harga landed part impor wajib diisi untuk part pengganti impor.', { field: 'importLandedCost' });
    if (!f.importOriginCountry) throw badRequest('needs.import_origin_required', 'Negara asal part impor wajib diisi.', { field: 'importOriginCountry' });
  }
  if (f.visibility === 'event' && !f.eventId) throw badRequest('needs.event_required', 'Pilih acara untuk kebutuhan yang hanya terlihat oleh peserta acara.', { field: 'eventId' });
}

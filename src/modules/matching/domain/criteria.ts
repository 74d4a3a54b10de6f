/**
 * The criteria of a match, each giving a status, a degree of fit (0..1; 0.5 = neutral when the
 * data is unknown) and a text in Indonesian and English. Texts are built lazily: ranking
 * thousands of candidates needs only the numbers, the explanation is written for the top N.
 */
import { compareIsoDates } from '../../../core/dates';
import { distanceBetween, type Distance } from './geo';
import { bilingual, formatInteger, formatOneDecimal, joinList } from './text';
import type { CertificationHeld, CriterionStatus, IkmFeatures, Locale, MatchLabels, MentoringLevel, NeedFeatures } from './types';

export interface Judgement {
  status: CriterionStatus;
  /** null for hard filters. */
  fit: number | null;
  text(): { id: string; en: string };
}

/** Fit given to a criterion whose data is missing on either side. */
export const NEUTRAL_FIT = 0.5;
/** Distance at which the distance fit halves; beyond it the criterion counts as failed. */
export const DISTANCE_HALF_KM = 200;
/** Reject rate above which the quality record counts as failed. */
export const QUALITY_LIMIT_PPM = 1_000;
/** On-time share below which the delivery record counts as failed. */
export const ON_TIME_TARGET_PERCENT = 90;
/** Government procurement flag: TKDN ≥ 25. */
export const TKDN_FLAG_PERCENT = 25;

const MENTORING_FIT: Record<MentoringLevel, number> = { pemula: 0.25, madya: 0.5, pramandiri: 0.75, mandiri: 1 };
const LEVEL_LABEL: Record<MentoringLevel, string> = { pemula: 'Pemula', madya: 'Madya', pramandiri: 'Pramandiri', mandiri: 'Mandiri' };

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const neutral = (id: string, en: string): Judgement => ({ status: 'unknown', fit: NEUTRAL_FIT, text: () => ({ id: `${id} (netral)`, en: `${en} (neutral)` }) });

export function isCertificateValid(c: CertificationHeld, today: string): boolean {
  return c.expiresOn === null || compareIsoDates(c.expiresOn, today) >= 0;
}

export function judgeVerified(ikm: IkmFeatures): Judgement {
  return ikm.isVerified
    ? { status: 'matched', fit: null, text: () => ({ id: 'Terverifikasi oleh kantor program', en: 'Verified by the programme office' }) }
    : { status: 'failed', fit: null, text: () => ({ id: 'Belum terverifikasi oleh kantor program', en: 'Not yet verified by the programme office' }) };
}

export function judgeProcessCapability(need: NeedFeatures, ikm: IkmFeatures, labels: MatchLabels): Judgement {
  const primary = need.processes[0];
  if (primary === undefined) return { status: 'matched', fit: null, text: () => ({ id: 'Proses tidak ditentukan', en: 'No process specified' }) };
  const has = ikm.processes.includes(primary);
  return {
    status: has ? 'matched' : 'failed',
    fit: null,
    text: () =>
      bilingual((l) => (has ? `${l === 'id' ? 'Mampu proses utama' : 'Capable of the main process'}: ${labels.process(primary, l)}` : `${l === 'id' ? 'Tidak memiliki proses utama' : 'Lacks the main process'}: ${labels.process(primary, l)}`)),
  };
}

export function judgeRequiredCertifications(need: NeedFeatures, ikm: IkmFeatures, today: string, labels: MatchLabels): Judgement {
  if (!need.requiredCertifications.length) {
    return { status: 'matched', fit: null, text: () => ({ id: 'Tidak ada sertifikasi wajib', en: 'No certification required' }) };
  }
  const missing: string[] = [];
  const expired: string[] = [];
  for (const kind of need.requiredCertifications) {
    const held = ikm.certifications.filter((c) => c.kind === kind);
    if (!held.length) missing.push(kind);
    else if (!held.some((c) => isCertificateValid(c, today))) expired.push(kind);
  }
  if (!missing.length && !expired.length) {
    return { status: 'matched', fit: null, text: () => bilingual((l) => `${l === 'id' ? 'Memiliki sertifikasi wajib' : 'Holds the required certification'}: ${joinList(need.requiredCertifications.map((k) => labels.certification(k, l)), l)}`) };
  }
  return {
    status: 'failed',
    fit: null,
    text: () =>
      bilingual((l) => {
        const parts = [
          ...missing.map((k) => `${labels.certification(k, l)} ${l === 'id' ? '(tidak ada)' : '(missing)'}`),
          ...expired.map((k) => `${labels.certification(k, l)} ${l === 'id' ? '(kedaluwarsa)' : '(expired)'}`),
        ];
        return `${l === 'id' ? 'Sertifikasi wajib tidak terpenuhi' : 'Required certification not met'}: ${joinList(parts, l)}`;
      }),
  };
}

export function judgeProcess(need: NeedFeatures, ikm: IkmFeatures, labels: MatchLabels): Judgement {
  if (!need.processes.length) return neutral('Proses tidak ditentukan', 'No process specified');
  const has = need.processes.filter((p) => ikm.processes.includes(p));
  const lacks = need.processes.filter((p) => !ikm.processes.includes(p));
  const fit = has.length / need.processes.length;
  if (!lacks.length) {
    return { status: 'matched', fit, text: () => bilingual((l) => `${l === 'id' ? 'Semua proses tersedia' : 'All processes available'}: ${joinList(has.map((p) => labels.process(p, l)), l)}`) };
  }
  return {
    status: 'failed',
    fit,
    text: () =>
      bilingual((l) =>
        l === 'id'
          ? `${has.length} dari ${need.processes.length} proses tersedia; belum ada: ${joinList(lacks.map((p) => labels.process(p, l)), l)}`
          : `${has.length} of ${need.processes.length} processes available; missing: ${joinList(lacks.map((p) => labels.process(p, l)), l)}`,
      ),
  };
}

export function judgeMaterial(need: NeedFeatures, ikm: IkmFeatures, labels: MatchLabels): Judgement {
  const m = need.material;
  if (m === null) return neutral('Bahan tidak ditentukan pembeli', 'Material left open by the buyer');
  if (ikm.materials.includes(m)) return { status: 'matched', fit: 1, text: () => bilingual((l) => `${l === 'id' ? 'Berpengalaman dengan bahan' : 'Works with'} ${labels.material(m, l)}`) };
  if (!ikm.materials.length) return neutral('Bahan yang dikuasai belum diisi di profil', 'Materials not yet filled in the profile');
  return { status: 'failed', fit: 0, text: () => bilingual((l) => `${l === 'id' ? 'Belum berpengalaman dengan bahan' : 'No experience with'} ${labels.material(m, l)}`) };
}

function perMonth(n: number, unit: string, labels: MatchLabels, l: Locale): string {
  const u = unit === 'pcs' ? '' : ` ${labels.unit(unit, l)}`;
  return `${formatInteger(n, l)}${u}/${l === 'id' ? 'bulan' : 'month'}`;
}

/** Capacity at or above this multiple of the need gives full fit (room for the buyer's growth and other customers). */
export const CAPACITY_HEADROOM = 1.2;

/**
 * Capacity fit from r = capacity / need: r ≥ 1.2 → 1; 1 ≤ r < 1.2 → 0.8 … 1 (linear);
 * r < 1 → 0.8 × r (and the criterion counts as failed).
 */
export function capacityFit(r: number): number {
  if (r >= CAPACITY_HEADROOM) return 1;
  if (r >= 1) return 0.8 + (0.2 * (r - 1)) / (CAPACITY_HEADROOM - 1);
  return clamp01(0.8 * r);
}

export function judgeCapacity(need: NeedFeatures, ikm: IkmFeatures, labels: MatchLabels): Judgement {
  const cap = ikm.monthlyCapacity;
  if (!cap) return neutral('Kapasitas per bulan belum diisi di profil', 'Monthly capacity not yet filled in the profile');
  if (cap.unit !== need.unit || !(need.monthlyVolume > 0)) {
    return neutral(`Kapasitas dalam satuan ${cap.unit}, kebutuhan dalam ${need.unit}: tidak dapat dibandingkan`, `Capacity in ${cap.unit}, need in ${need.unit}: not comparable`);
  }
  const r = cap.quantity / need.monthlyVolume;
  const enough = r >= 1;
  return {
    status: enough ? 'matched' : 'failed',
    fit: capacityFit(r),
    text: () =>
      bilingual((l) => {
        const c = perMonth(cap.quantity, cap.unit, labels, l);
        const v = perMonth(need.monthlyVolume, need.unit, labels, l);
        if (!enough) {
          const pct = formatInteger(r * 100, l);
          return l === 'id' ? `Kapasitas ${c} < kebutuhan ${v} (${pct}%)` : `Capacity ${c} < need ${v} (${pct}%)`;
        }
        const base = l === 'id' ? `Kapasitas ${c} ≥ kebutuhan ${v}` : `Capacity ${c} ≥ need ${v}`;
        if (r >= CAPACITY_HEADROOM) return base;
        const spare = formatInteger((r - 1) * 100, l);
        return l === 'id' ? `${base} (cadangan kapasitas hanya ${spare}%)` : `${base} (only ${spare}% headroom)`;
      }),
  };
}

export function judgeDistance(need: NeedFeatures, ikm: IkmFeatures, labels: MatchLabels): Judgement & { distance: Distance | null } {
  const d = distanceBetween(ikm.location, need.delivery);
  if (!d) return { ...neutral('Lokasi IKM atau pabrik pengiriman belum diketahui', 'Location of the IKM or the delivery plant unknown'), distance: null };
  const fit = 1 / (1 + d.km / DISTANCE_HALF_KM);
  const status: CriterionStatus = d.km <= DISTANCE_HALF_KM ? 'matched' : 'failed';
  const text = () =>
    bilingual((l) => {
      const km = formatInteger(d.km, l);
      switch (d.basis) {
        case 'coordinates':
          return l === 'id' ? `Jarak ±${km} km dari pabrik pengiriman` : `About ${km} km from the delivery plant`;
        case 'same_regency':
          return l === 'id' ? `Satu kabupaten/kota dengan pabrik pengiriman (${labels.area(need.delivery.regencyCode!)})` : `Same regency/city as the delivery plant (${labels.area(need.delivery.regencyCode!)})`;
        case 'same_province':
          return l === 'id' ? `Satu provinsi dengan pabrik pengiriman (${labels.area(need.delivery.provinceCode!)})` : `Same province as the delivery plant (${labels.area(need.delivery.provinceCode!)})`;
        default: {
          const route = `${labels.area(ikm.location.provinceCode ?? '')} → ${labels.area(need.delivery.provinceCode ?? '')}`;
          return l === 'id' ? `Perkiraan jarak ±${km} km (${route})` : `Estimated ${km} km (${route})`;
        }
      }
    });
  return { status, fit, text, distance: d };
}

export function judgeCertification(ikm: IkmFeatures, today: string, labels: MatchLabels): Judgement {
  const valid = ikm.certifications.filter((c) => isCertificateValid(c, today)).map((c) => c.kind);
  const best = valid.includes('iatf_16949') ? 'iatf_16949' : valid.includes('iso_9001') ? 'iso_9001' : null;
  if (best) {
    const fit = best === 'iatf_16949' ? 1 : 0.7;
    return { status: 'matched', fit, text: () => bilingual((l) => `${l === 'id' ? 'Bersertifikat' : 'Certified'} ${labels.certification(best, l)}`) };
  }
  if (valid.length) {
    return {
      status: 'failed',
      fit: 0.3,
      text: () => bilingual((l) => `${l === 'id' ? 'Belum bersertifikat ISO 9001/IATF 16949; memiliki' : 'No ISO 9001/IATF 16949; holds'}: ${joinList(valid.map((k) => labels.certification(k, l)), l)}`),
    };
  }
  return { status: 'failed', fit: 0, text: () => ({ id: 'Belum memiliki sertifikat sistem mutu (ISO 9001/IATF 16949)', en: 'No quality management certificate (ISO 9001/IATF 16949)' }) };
}

export function judgeQuality(ikm: IkmFeatures): Judgement {
  const ppm = ikm.history?.rejectPpm ?? null;
  if (ppm === null) return neutral('Belum ada riwayat mutu dari pesanan', 'No quality record from orders yet');
  const fit = ppm <= 100 ? 1 : clamp01(1 - (ppm - 100) / 4_900);
  return {
    status: ppm <= QUALITY_LIMIT_PPM ? 'matched' : 'failed',
    fit,
    text: () => bilingual((l) => (l === 'id' ? `Tingkat reject ${formatInteger(ppm, l)} ppm (baik ≤ ${formatInteger(QUALITY_LIMIT_PPM, l)} ppm)` : `Reject rate ${formatInteger(ppm, l)} ppm (good ≤ ${formatInteger(QUALITY_LIMIT_PPM, l)} ppm)`)),
  };
}

export function judgeDelivery(ikm: IkmFeatures): Judgement {
  const pct = ikm.history?.onTimePercent ?? null;
  if (pct === null) return neutral('Belum ada riwayat pengiriman dari pesanan', 'No delivery record from orders yet');
  return {
    status: pct >= ON_TIME_TARGET_PERCENT ? 'matched' : 'failed',
    fit: clamp01((pct - 50) / 50),
    text: () => bilingual((l) => (l === 'id' ? `Ketepatan kirim ${formatOneDecimal(pct, l)}% (target ≥ ${ON_TIME_TARGET_PERCENT}%)` : `On-time delivery ${formatOneDecimal(pct, l)}% (target ≥ ${ON_TIME_TARGET_PERCENT}%)`)),
  };
}

export function judgeMentoring(ikm: IkmFeatures): Judgement {
  const level = ikm.mentoringLevel;
  if (!level) return neutral('Tingkat kemandirian belum dinilai', 'Self-reliance level not yet assessed');
  const fit = MENTORING_FIT[level];
  return { status: fit >= 0.5 ? 'matched' : 'failed', fit, text: () => ({ id: `Tingkat kemandirian: ${LEVEL_LABEL[level]}`, en: `Self-reliance level: ${LEVEL_LABEL[level]}` }) };
}

export function judgeTkdn(need: NeedFeatures, ikm: IkmFeatures): Judgement {
  const t = ikm.tkdnPercent;
  if (t === null) return neutral('TKDN belum diketahui', 'TKDN not yet known');
  const suffix = need.replacesImport ? { id: '; menggantikan part impor', en: '; replaces an imported part' } : { id: '', en: '' };
  return {
    status: t >= TKDN_FLAG_PERCENT ? 'matched' : 'failed',
    fit: clamp01(t / 100),
    text: () => bilingual((l) => `TKDN ${new Intl.NumberFormat(l === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(t)}%${suffix[l]}`),
  };
}

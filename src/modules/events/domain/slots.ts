/**
 * Time slots of a Link & Match event (sesi temu bisnis). Times are instants (UTC); a slot plan
 * is written in local time of Asia/Jakarta (WIB, UTC+7, no DST).
 */
import { AppError } from '../../../core/errors';
import { isIsoDate } from '../../../core/dates';

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export interface SlotPlan {
  /** Event days, YYYY-MM-DD. */
  dates: string[];
  /** First slot starts at, "HH:MM" WIB. */
  from: string;
  /** No slot ends after, "HH:MM" WIB. */
  to: string;
  /** Length of one meeting in minutes. */
  minutes: number;
  /** Gap between slots in minutes (changeover), default 0. */
  gapMinutes?: number;
  /** Breaks (e.g. lunch) in WIB; no slot overlaps a break. */
  breaks?: { from: string; to: string }[];
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WIB_OFFSET_MIN = 7 * 60;

function minutesOf(hhmm: string, field: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) throw new AppError('events.slot_plan_invalid', 400, `${field} harus berformat JJ:MM, mis. 09:00`, { field });
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The instant of `date` at `minutes` after midnight WIB. */
export function wibInstant(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minutes - WIB_OFFSET_MIN) * 60_000);
}

/** Slots from a plan: consecutive meetings of `minutes`, separated by `gapMinutes`, skipping breaks. */
export function generateSlots(plan: SlotPlan): Slot[] {
  if (!plan.dates.length) throw new AppError('events.slot_plan_invalid', 400, 'Minimal satu tanggal acara', { field: 'slotPlan.dates' });
  for (const d of plan.dates) if (!isIsoDate(d)) throw new AppError('events.slot_plan_invalid', 400, `Tanggal "${d}" harus berformat YYYY-MM-DD`, { field: 'slotPlan.dates' });
  const from = minutesOf(plan.from, 'slotPlan.from');
  const to = minutesOf(plan.to, 'slotPlan.to');
  const len = plan.minutes;
  const gap = plan.gapMinutes ?? 0;
  if (!Number.isInteger(len) || len < 5 || len > 240) throw new AppError('events.slot_plan_invalid', 400, 'Lama satu pertemuan antara 5 dan 240 menit', { field: 'slotPlan.minutes' });
  if (!Number.isInteger(gap) || gap < 0 || gap > 120) throw new AppError('events.slot_plan_invalid', 400, 'Jeda antarsesi antara 0 dan 120 menit', { field: 'slotPlan.gapMinutes' });
  if (to <= from) throw new AppError('events.slot_plan_invalid', 400, 'Jam selesai harus setelah jam mulai', { field: 'slotPlan.to' });
  const breaks = (plan.breaks ?? []).map((b, i) => ({ from: minutesOf(b.from, `slotPlan.breaks.${i}.from`), to: minutesOf(b.to, `slotPlan.breaks.${i}.to`) }));
  const slots: Slot[] = [];
  for (const date of [...new Set(plan.dates)].sort()) {
    let t = from;
    while (t + len <= to) {
      const clash = breaks.find((b) => t < b.to && t + len > b.from);
      if (clash) {
        t = clash.to;
        continue;
      }
      slots.push({ startsAt: wibInstant(date, t), endsAt: wibInstant(date, t + len) });
      t += len + gap;
    }
  }
  if (slots.length > 500) throw new AppError('events.slot_plan_invalid', 400, 'Terlalu banyak sesi (maksimal 500)', { field: 'slotPlan' });
  return slots;
}

/** Checks explicit slots: each ends after it starts, none overlap; returns them in order. */
export function validateSlots(slots: Slot[]): Slot[] {
  if (!slots.length) throw new AppError('events.slots_required', 400, 'Minimal satu sesi pertemuan', { field: 'slots' });
  if (slots.length > 500) throw new AppError('events.slots_invalid', 400, 'Terlalu banyak sesi (maksimal 500)', { field: 'slots' });
  const sorted = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  sorted.forEach((s, i) => {
    if (s.endsAt.getTime() <= s.startsAt.getTime()) throw new AppError('events.slots_invalid', 400, `Sesi ke-${i + 1} berakhir sebelum mulai`, { field: 'slots' });
    const prev = sorted[i - 1];
    if (prev && prev.endsAt.getTime() > s.startsAt.getTime()) throw new AppError('events.slots_invalid', 400, `Sesi ke-${i} dan ke-${i + 1} bertumpang tindih`, { field: 'slots' });
  });
  return sorted;
}

/** "09:00" in WIB. */
export function wibTime(at: Date): string {
  return new Date(at.getTime() + WIB_OFFSET_MIN * 60_000).toISOString().slice(11, 16);
}

/** "2022-11-01" in WIB. */
export function wibDate(at: Date): string {
  return new Date(at.getTime() + WIB_OFFSET_MIN * 60_000).toISOString().slice(0, 10);
}

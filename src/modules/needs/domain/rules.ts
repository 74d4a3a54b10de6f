/**
 * Part needs (RFQ): statuses, who may see a need, and when quotations are accepted.
 * Pure: today's business date and the IKM's relation to the need are passed in.
 */
import { compareIsoDates } from '../../../core/dates';
import { conflict } from '../../../core/errors';

export const NEED_STATUSES = ['draft', 'open', 'closed', 'cancelled'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** Who among the IKM sees a need: every verified IKM, invited IKM only, or the IKM registered at an event. */
export const NEED_VISIBILITIES = ['all_verified', 'invited', 'event'] as const;
export type NeedVisibility = (typeof NEED_VISIBILITIES)[number];

export const NEED_STATUS_LABELS: Record<NeedStatus, { id: string; en: string }> = {
  draft: { id: 'Draf', en: 'Draft' },
  open: { id: 'Terbuka', en: 'Open' },
  closed: { id: 'Ditutup', en: 'Closed' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};

export type NeedTransition = 'publish' | 'close' | 'cancel' | 'reopen';

const TRANSITIONS: Record<NeedTransition, { from: NeedStatus[]; to: NeedStatus }> = {
  publish: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  cancel: { from: ['draft', 'open'], to: 'cancelled' },
  reopen: { from: ['closed'], to: 'open' },
};

/** The status after a transition, or 409 `needs.status_invalid`. */
export function nextStatus(current: NeedStatus, transition: NeedTransition): NeedStatus {
  const t = TRANSITIONS[transition];
  if (!t.from.includes(current)) {
    throw conflict('needs.status_invalid', `Kebutuhan berstatus "${NEED_STATUS_LABELS[current].id}" tidak dapat di-${transition}.`, { status: current, transition });
  }
  return t.to;
}

/** What is known about an IKM's relation to a need. */
export interface IkmRelation {
  isVerified: boolean;
  isInvited: boolean;
  /** Registered at the need's event. */
  isEventParticipant: boolean;
  /** Has expressed interest or quoted: keeps seeing the need after it closes. */
  hasResponded: boolean;
}

/** Whether an IKM sees a need (drafts never; closed ones only when it had responded). */
export function ikmCanSeeNeed(need: { status: NeedStatus; visibility: NeedVisibility }, r: IkmRelation): boolean {
  if (need.status === 'draft') return false;
  if (r.hasResponded) return true;
  if (need.status !== 'open') return false;
  if (r.isInvited) return true;
  if (need.visibility === 'all_verified') return r.isVerified;
  if (need.visibility === 'event') return r.isEventParticipant;
  return false;
}

/** Whether quotations and interest are accepted: open and the deadline (inclusive, WIB) not passed. */
export function isAcceptingResponses(need: { status: NeedStatus; deadline: string }, today: string): boolean {
  return need.status === 'open' && compareIsoDates(today, need.deadline) <= 0;
}

export function assertAcceptingResponses(need: { status: NeedStatus; deadline: string }, today: string): void {
  if (need.status !== 'open') throw conflict('needs.not_open', 'Kebutuhan ini tidak sedang terbuka untuk penawaran.', { status: need.status });
  if (!isAcceptingResponses(need, today)) throw conflict('needs.deadline_passed', `Batas waktu penawaran (${need.deadline}) sudah lewat.`, { deadline: need.deadline });
}

import { createHash } from 'node:crypto';
import { compareIsoDates, daysBetween } from '../../../core/dates';
import { conflict, unprocessable } from '../../../core/errors';
import type { Rupiah } from '../../../core/rupiah';

/** Nota Kesepahaman (MoU) lifecycle: draft → sent → partially_signed → signed (all parties) → active → expired | terminated. */
export const MOU_STATUSES = ['draft', 'sent', 'partially_signed', 'signed', 'active', 'expired', 'terminated'] as const;
export type MouStatus = (typeof MOU_STATUSES)[number];

export type MouEvent = 'edit' | 'send' | 'withdraw' | 'sign' | 'terminate' | 'activate' | 'expire';

const ALLOWED: Record<MouEvent, readonly MouStatus[]> = {
  edit: ['draft'],
  send: ['draft'],
  withdraw: ['sent', 'partially_signed'],
  sign: ['sent', 'partially_signed'],
  terminate: ['sent', 'partially_signed', 'signed', 'active'],
  activate: ['signed'],
  expire: ['signed', 'active'],
};

export function canApply(status: MouStatus, event: MouEvent): boolean {
  return ALLOWED[event].includes(status);
}

/** Throws 409 `partnerships.invalid_transition` when `event` is not allowed in `status`. */
export function assertCanApply(status: MouStatus, event: MouEvent): void {
  if (!canApply(status, event)) {
    throw conflict('partnerships.invalid_transition', `MoU berstatus "${status}" tidak dapat di-${event}.`, { status, event, allowed: [...ALLOWED[event]] });
  }
}

/** End strictly after start (field `endDate`). */
export function assertMouDates(startDate: string, endDate: string): void {
  if (compareIsoDates(endDate, startDate) <= 0) {
    throw unprocessable('partnerships.dates_out_of_order', 'Tanggal berakhir harus setelah tanggal mulai.', { field: 'endDate', startDate, endDate });
  }
}

/** The status a date implies for an MoU every party has signed. */
export function statusWhenFullySigned(startDate: string, endDate: string, today: string): MouStatus {
  if (compareIsoDates(today, endDate) > 0) return 'expired';
  return compareIsoDates(today, startDate) >= 0 ? 'active' : 'signed';
}

/** Status after one more signature: partially signed until every party has signed. */
export function statusAfterSigning(signed: number, parties: number, startDate: string, endDate: string, today: string): MouStatus {
  return signed < parties ? 'partially_signed' : statusWhenFullySigned(startDate, endDate, today);
}

/** The daily job's move for a signed or active MoU, or null when nothing changes. */
export function dailyTransition(status: MouStatus, startDate: string, endDate: string, today: string): 'activate' | 'expire' | null {
  if ((status === 'signed' || status === 'active') && compareIsoDates(today, endDate) > 0) return 'expire';
  if (status === 'signed' && compareIsoDates(today, startDate) >= 0) return 'activate';
  return null;
}

/** Renewal reminders go out this many days before the end date (each once). */
export const REMINDER_DAYS = [90, 30, 7] as const;

/** The reminder thresholds reached on `today` (days left ≤ threshold, not yet expired), smallest first. */
export function remindersDue(endDate: string, today: string): number[] {
  const left = daysBetween(today, endDate);
  if (left < 0) return [];
  return REMINDER_DAYS.filter((d) => left <= d).sort((a, b) => a - b);
}


export function sumShares(shares: Iterable<Rupiah>): Rupiah {
  let t = 0n;
  for (const s of shares) t += s;
  return t;
}

/** What each party signs: the terms and the attached documents' hashes. */
export interface MouTerms {
  reference: string;
  title: string;
  scope: string;
  parts: string[];
  obligations: { party: string; text: string }[];
  startDate: string;
  endDate: string;
  parties: { orgId: string; role: string; marketAccessPerYear: Rupiah | null; signatoryName: string | null; signatoryTitle: string | null }[];
  documents: string[];
}

/** Canonical JSON of the terms (parties and documents sorted), so the hash does not depend on storage order. */
export function canonicalTerms(t: MouTerms): string {
  return JSON.stringify({
    reference: t.reference,
    title: t.title,
    scope: t.scope,
    parts: t.parts,
    obligations: t.obligations.map((o) => ({ party: o.party, text: o.text })),
    startDate: t.startDate,
    endDate: t.endDate,
    parties: [...t.parties]
      .sort((a, b) => (a.orgId < b.orgId ? -1 : a.orgId > b.orgId ? 1 : 0))
      .map((p) => ({ orgId: p.orgId, role: p.role, marketAccessPerYear: p.marketAccessPerYear === null ? null : p.marketAccessPerYear.toString(), signatoryName: p.signatoryName, signatoryTitle: p.signatoryTitle })),
    documents: [...t.documents].sort(),
  });
}

/** SHA-256 (hex) of the canonical terms: the "document hash" a signature records. */
export function mouDocumentHash(t: MouTerms): string {
  return createHash('sha256').update(canonicalTerms(t)).digest('hex');
}

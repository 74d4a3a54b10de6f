/**
 * Verification of an IKM profile by the programme office (verifikasi).
 *
 *   draft ──submit──► submitted ──verify──► verified
 *     ▲                  │  ▲                  │
 *     │               return │                 │ identity fields changed (reverify)
 *  returned ◄────────────┘  └──────────────────┘
 *     └──submit──► submitted          verified ──return──► returned (revoked with reasons)
 */
import { conflict } from '../../../core/errors';

export const PROFILE_STATUSES = ['draft', 'submitted', 'verified', 'returned'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

export const VERIFICATION_ACTIONS = ['submit', 'verify', 'return', 'reverify'] as const;
export type VerificationAction = (typeof VERIFICATION_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<VerificationAction, { from: readonly ProfileStatus[]; to: ProfileStatus }>> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  verify: { from: ['submitted'], to: 'verified' },
  return: { from: ['submitted', 'verified'], to: 'returned' },
  reverify: { from: ['verified'], to: 'submitted' },
};

export const PROFILE_STATUS_LABELS: Readonly<Record<ProfileStatus, { id: string; en: string }>> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Menunggu verifikasi', en: 'Awaiting verification' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  returned: { id: 'Dikembalikan untuk perbaikan', en: 'Returned for correction' },
};

export function canTransition(from: ProfileStatus, action: VerificationAction): boolean {
  return TRANSITIONS[action].from.includes(from);
}

/** The status after `action`; throws 409 `registry.status_transition_invalid` when not allowed from `from`. */
export function nextStatus(from: ProfileStatus, action: VerificationAction): ProfileStatus {
  if (!canTransition(from, action)) {
    throw conflict(
      'registry.status_transition_invalid',
      `Profil berstatus "${PROFILE_STATUS_LABELS[from].id}" tidak dapat di-${ACTION_VERBS[action]}.`,
      { from, action },
    );
  }
  return TRANSITIONS[action].to;
}

const ACTION_VERBS: Record<VerificationAction, string> = {
  submit: 'ajukan',
  verify: 'verifikasi',
  return: 'kembalikan',
  reverify: 'verifikasi ulang',
};

/** The identity fields whose change on a verified profile requires re-verification. */
export const IDENTITY_FIELDS = ['legalName', 'legalForm', 'nib', 'npwp', 'address'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export interface IdentitySnapshot {
  legalName: string;
  legalForm: string;
  nib: string;
  /** The 16-digit NPWP (both forms derive from it). */
  npwp16: string;
  address: { street: string; provinceCode: string; regencyCode: string; postalCode: string };
}

/** Identity fields that differ between two snapshots (addresses compared field by field). */
export function changedIdentityFields(before: IdentitySnapshot, after: IdentitySnapshot): IdentityField[] {
  const changed: IdentityField[] = [];
  if (before.legalName !== after.legalName) changed.push('legalName');
  if (before.legalForm !== after.legalForm) changed.push('legalForm');
  if (before.nib !== after.nib) changed.push('nib');
  if (before.npwp16 !== after.npwp16) changed.push('npwp');
  const a = before.address;
  const b = after.address;
  if (a.street !== b.street || a.provinceCode !== b.provinceCode || a.regencyCode !== b.regencyCode || a.postalCode !== b.postalCode) {
    changed.push('address');
  }
  return changed;
}

/** Reasons given when a profile is sent back: at least one, each non-empty. */
export function normaliseReasons(reasons: readonly string[]): string[] {
  return reasons.map((r) => r.trim()).filter(Boolean);
}

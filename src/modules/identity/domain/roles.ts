import type { OrgKind, Role } from '../../../core/actor';

/** Roles an organisation of a kind may hand out (lenders also have analyst and approver). */
export function allowedRoles(kind: OrgKind): Role[] {
  return kind === 'lender' ? ['admin', 'staff', 'viewer', 'analyst', 'approver'] : ['admin', 'staff', 'viewer'];
}

export function invalidRoles(kind: OrgKind, roles: readonly string[]): string[] {
  const allowed = new Set<string>(allowedRoles(kind));
  return roles.filter((r) => !allowed.has(r));
}

export const ORG_KIND_LABELS: Record<OrgKind, { id: string; en: string }> = {
  programme: { id: 'Kantor program', en: 'Programme office' },
  buyer: { id: 'Pembeli (APM/Tier)', en: 'Buyer (APM/Tier)' },
  ikm: { id: 'IKM', en: 'IKM (small industry)' },
  lender: { id: 'Lembaga keuangan', en: 'Lender' },
  mentor: { id: 'Pembina', en: 'Mentor' },
};

/**
 * Who is calling: a signed-in user (session) or an organisation's API token.
 * Every service receives an Actor and checks it with `authorize` (authz.ts).
 */
export const ORG_KINDS = ['programme', 'buyer', 'ikm', 'lender', 'mentor'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ROLES = ['admin', 'staff', 'viewer', 'analyst', 'approver'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  type: 'user' | 'token' | 'system';
  userId: string | null;
  orgId: string;
  orgKind: OrgKind;
  roles: Role[];
  /** API token id when type === 'token'. */
  tokenId?: string;
  requestId?: string;
}

/** An actor for jobs, migrations and the demo loader: acts as the programme office. */
export function systemActor(orgId: string, requestId = 'system'): Actor {
  return { type: 'system', userId: null, orgId, orgKind: 'programme', roles: ['admin'], requestId };
}

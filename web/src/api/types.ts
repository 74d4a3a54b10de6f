/** Shapes of the server's JSON (dates arrive as ISO strings). Checked against /api/openapi.json by hand. */
export const ORG_KINDS = ['programme', 'buyer', 'ikm', 'lender', 'mentor'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ROLES = ['admin', 'staff', 'viewer', 'analyst', 'approver'] as const;
export type Role = (typeof ROLES)[number];

/** Roles an organisation of a kind may hand out (lenders also have analyst and approver). */
export function rolesForKind(kind: OrgKind): Role[] {
  return kind === 'lender' ? ['admin', 'staff', 'viewer', 'analyst', 'approver'] : ['admin', 'staff', 'viewer'];
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Me {
  user: { id: string; email: string; name: string; locale: string };
  organisation: { id: string; name: string; kind: OrgKind };
  kind: OrgKind;
  roles: Role[];
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrgKind;
  isActive: boolean;
  createdAt: string;
  userCount?: number;
}

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  isActive: boolean;
  hasPassword?: boolean;
  createdAt?: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  roles: Role[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken extends Omit<ApiToken, 'lastUsedAt' | 'revokedAt'> {
  token: string;
}

export interface AuditEvent {
  id: string;
  at: string;
  actorType: string;
  actorUserId: string | null;
  actorOrgId: string | null;
  orgId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface JobFailure {
  id: string;
  job: string;
  payload: unknown;
  attempt: number;
  error: string;
  final: string;
  at: string;
}

export interface Ok {
  ok: true;
}

import type { OrgKind, Role } from '../core/actor';

/** The one published demo password (demo data only; never used in production). */
export const DEMO_PASSWORD = 'lingkar-demo-2026';

export interface DemoAccount {
  email: string;
  password: string;
  organisation: string;
  kind: OrgKind;
  roles: Role[];
}

import { sql } from 'drizzle-orm';
import type { Actor, OrgKind, Role } from '../core/actor';
import { systemActor } from '../core/actor';
import { newId } from '../core/ids';
import type { Deps } from '../deps';
import { hashPassword, identityStore } from '../modules/identity';
import type { Services } from '../server/services';
import { DEMO_PASSWORD, type DemoAccount } from './accounts';
import { DEMO_PARTS } from './parts';

/** What a demo part gets: the services, a system actor and helpers to create organisations and users. */
export interface DemoContext {
  deps: Deps;
  services: Services;
  actor: Actor;
  /** Organisation ids by demo key (e.g. 'kemenperin', 'ahm'). Parts add to it. */
  orgs: Map<string, string>;
  accounts: DemoAccount[];
  createOrg(key: string, name: string, kind: OrgKind): Promise<string>;
  createUser(orgKey: string, email: string, name: string, roles: Role[]): Promise<string>;
}

/** A demo part adds one area's share of the launch-event scenario. Parts run in order. */
export interface DemoPart {
  name: string;
  load(ctx: DemoContext): Promise<void>;
}

export async function isDatabaseEmpty(deps: Deps): Promise<boolean> {
  const rows = await deps.database.query<{ n: string }>('SELECT count(*)::text AS n FROM organisations');
  return rows[0]?.n === '0';
}

export async function loadDemo(deps: Deps, services: Services): Promise<DemoAccount[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const programmeId = newId();
  const ctx: DemoContext = {
    deps,
    services,
    actor: systemActor(programmeId, 'demo'),
    orgs: new Map(),
    accounts: [],
    async createOrg(key, name, kind) {
      const id = ctx.orgs.size === 0 && kind === 'programme' ? programmeId : newId();
      const now = deps.clock.now();
      await identityStore.insertOrganisation(deps.db, { id, name, kind, createdAt: now, updatedAt: now });
      await services.audit.record(deps.db, ctx.actor, { action: 'identity.organisation_created', entityType: 'organisation', entityId: id, orgId: id, after: { name, kind, demo: true } });
      ctx.orgs.set(key, id);
      return id;
    },
    async createUser(orgKey, email, name, roles) {
      const orgId = ctx.orgs.get(orgKey);
      if (!orgId) throw new Error(`demo: unknown organisation ${orgKey}`);
      const id = newId();
      await identityStore.insertUser(deps.db, { id, email, name, passwordHash, createdAt: deps.clock.now() });
      await identityStore.insertMembership(deps.db, { userId: id, orgId, roles });
      const org = await identityStore.findOrganisation(deps.db, orgId);
      ctx.accounts.push({ email, password: DEMO_PASSWORD, organisation: org!.name, kind: org!.kind as OrgKind, roles });
      return id;
    },
  };
  for (const part of DEMO_PARTS) {
    const started = Date.now();
    await part.load(ctx);
    deps.log.info({ part: part.name, ms: Date.now() - started }, `demo: ${part.name} loaded`);
  }
  return ctx.accounts;
}

/** Demo accounts as stored (the demo users share the published password). */
export async function listDemoAccounts(deps: Deps): Promise<DemoAccount[]> {
  const rows = await deps.db.execute(sql`
    select u.email, o.name as organisation, o.kind, m.roles
    from users u join memberships m on m.user_id = u.id join organisations o on o.id = m.org_id
    where u.email like '%.demo.lingkar.id'
    order by o.kind, o.name, u.email`);
  return (rows.rows as { email: string; organisation: string; kind: OrgKind; roles: Role[] }[]).map((r) => ({ ...r, password: DEMO_PASSWORD }));
}

import type { Actor, OrgKind, Role } from '../../core/actor';
import { ALL_KINDS, authorize } from '../../core/authz';
import { badRequest, conflict, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { pageOffset, type Page, type PageQuery } from '../../core/pagination';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { assertPasswordPolicy, type AuthService } from './auth-service';
import { hashPassword, newSecret, sha256 } from './crypto';
import { invalidRoles } from './domain/roles';
import * as store from './store';

const INVITE_TTL_MS = 7 * 24 * 3_600_000;
const RESET_TTL_MS = 2 * 3_600_000;

/** Programme admins manage every organisation; an organisation's admins manage their own. */
const ADMIN_OF_ORG = { kinds: ALL_KINDS, roles: ['admin'] as Role[] };

export type AdminService = ReturnType<typeof createAdminService>;

export function createAdminService(deps: Deps, audit: AuditService, auth: Pick<AuthService, 'evictUser' | 'evictAll'>) {
  const { db, clock, config } = deps;

  async function loadOrg(x: Executor, orgId: string) {
    const org = await store.findOrganisation(x, orgId);
    if (!org) throw notFound('identity.organisation_not_found', 'Organisasi tidak ditemukan.', { orgId });
    return org;
  }

  async function assertOrgVisible(actor: Actor, orgId: string, admin: boolean) {
    const org = await loadOrg(db, orgId);
    // Not a party and not programme: answer 404 so ids of other organisations reveal nothing.
    if (actor.type !== 'system' && actor.orgKind !== 'programme' && actor.orgId !== orgId) {
      throw notFound('identity.organisation_not_found', 'Organisasi tidak ditemukan.', { orgId });
    }
    if (admin) authorize(actor, ADMIN_OF_ORG, { parties: [orgId] });
    return org;
  }

  async function writeMail(x: Executor, to: string, subject: string, body: string) {
    await store.insertOutbox(x, { id: newId(), recipient: to, subject, body, createdAt: clock.now() });
    deps.log.info({ to, subject }, `outbox: ${subject}\n${body}`);
  }

  async function issueLink(x: Executor, userId: string, purpose: 'invite' | 'reset'): Promise<string> {
    const token = newSecret();
    await store.insertOneTimeToken(x, {
      id: newId(),
      purpose,
      userId,
      tokenHash: sha256(token),
      createdAt: clock.now(),
      expiresAt: new Date(clock.now().getTime() + (purpose === 'invite' ? INVITE_TTL_MS : RESET_TTL_MS)),
    });
    return `${config.publicUrl}/${purpose === 'invite' ? 'undangan' : 'atur-ulang'}?token=${token}`;
  }

  return {
    async createOrganisation(actor: Actor, input: { name: string; kind: OrgKind }) {
      authorize(actor, { kinds: ['programme'], roles: ['admin'], relation: 'any' });
      const name = input.name.trim();
      if (await store.findOrganisationByName(db, name, input.kind)) {
        throw conflict('identity.organisation_exists', `Organisasi "${name}" sudah terdaftar.`, { field: 'name' });
      }
      const row = { id: newId(), name, kind: input.kind, createdAt: clock.now(), updatedAt: clock.now() };
      await db.transaction(async (tx) => {
        await store.insertOrganisation(tx, row);
        await audit.record(tx, actor, { action: 'identity.organisation_created', entityType: 'organisation', entityId: row.id, orgId: row.id, after: row });
      });
      return { ...row, isActive: true };
    },

    async listOrganisations(actor: Actor, q: PageQuery & { kind?: OrgKind; q?: string }) {
      authorize(actor, { kinds: ALL_KINDS, relation: 'any' });
      const onlyId = actor.orgKind === 'programme' || actor.type === 'system' ? undefined : actor.orgId;
      const { rows, total } = await store.listOrganisations(db, { kind: q.kind, q: q.q, onlyId, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows.map((r) => ({ ...r, userCount: Number(r.userCount) })), page: q.page, pageSize: q.pageSize, total };
    },

    getOrganisation: (actor: Actor, orgId: string) => assertOrgVisible(actor, orgId, false),

    async updateOrganisation(actor: Actor, orgId: string, patch: { name?: string; isActive?: boolean }) {
      const before = await assertOrgVisible(actor, orgId, true);
      if (patch.isActive !== undefined) authorize(actor, { kinds: ['programme'], roles: ['admin'], relation: 'any' });
      return db.transaction(async (tx) => {
        const [after] = await store.updateOrganisationRow(tx, orgId, { ...patch, name: patch.name?.trim(), updatedAt: clock.now() });
        if (patch.isActive === false) auth.evictAll();
        await audit.record(tx, actor, { action: 'identity.organisation_updated', entityType: 'organisation', entityId: orgId, orgId, before, after });
        return after!;
      });
    },

    async listUsers(actor: Actor, orgId: string, q: PageQuery): Promise<Page<Awaited<ReturnType<typeof store.listUsersOfOrg>>['rows'][number]>> {
      await assertOrgVisible(actor, orgId, true);
      const { rows, total } = await store.listUsersOfOrg(db, orgId, q.pageSize, pageOffset(q));
      return { items: rows, page: q.page, pageSize: q.pageSize, total };
    },

    /** Creates a user in an organisation. With a password (CLI, demo) the account is ready; without, an invitation link is sent. */
    async createUser(actor: Actor, orgId: string, input: { email: string; name: string; roles: Role[]; password?: string }) {
      const org = await assertOrgVisible(actor, orgId, true);
      const bad = invalidRoles(org.kind as OrgKind, input.roles);
      if (bad.length) throw badRequest('identity.role_invalid', `Peran tidak berlaku untuk organisasi ${org.kind}: ${bad.join(', ')}`, { field: 'roles', roles: bad });
      if (!input.roles.length) throw badRequest('identity.role_required', 'Pilih minimal satu peran.', { field: 'roles' });
      const email = input.email.trim().toLowerCase();
      if (await store.findUserByEmail(db, email)) throw conflict('identity.email_taken', `Email ${email} sudah terdaftar.`, { field: 'email' });
      if (input.password) assertPasswordPolicy(input.password, email);
      const id = newId();
      const passwordHash = input.password ? await hashPassword(input.password) : null;
      let inviteUrl: string | null = null;
      await db.transaction(async (tx) => {
        await store.insertUser(tx, { id, email, name: input.name.trim(), passwordHash, createdAt: clock.now() });
        await store.insertMembership(tx, { userId: id, orgId, roles: input.roles, createdAt: clock.now() });
        if (!passwordHash) {
          inviteUrl = await issueLink(tx, id, 'invite');
          await writeMail(tx, email, `Undangan Lingkar — ${org.name}`, `Halo ${input.name},\n\nAnda diundang bergabung dengan ${org.name} di Lingkar.\nBuat kata sandi Anda di tautan ini (berlaku 7 hari):\n${inviteUrl}\n`);
        }
        await audit.record(tx, actor, { action: 'identity.user_created', entityType: 'user', entityId: id, orgId, after: { email, name: input.name, roles: input.roles, invited: !passwordHash } });
      });
      return { id, email, name: input.name.trim(), roles: input.roles, isActive: true, inviteUrl };
    },

    async updateUser(actor: Actor, userId: string, patch: { roles?: Role[]; isActive?: boolean; name?: string }) {
      const row = await store.findUserWithMembership(db, userId);
      if (!row) throw notFound('identity.user_not_found', 'Pengguna tidak ditemukan.', { userId });
      const org = await assertOrgVisible(actor, row.orgId, true).catch(() => {
        throw notFound('identity.user_not_found', 'Pengguna tidak ditemukan.', { userId });
      });
      if (patch.roles) {
        const bad = invalidRoles(org.kind as OrgKind, patch.roles);
        if (bad.length || !patch.roles.length) throw badRequest('identity.role_invalid', `Peran tidak berlaku: ${bad.join(', ') || '(kosong)'}`, { field: 'roles' });
      }
      if (userId === actor.userId && (patch.isActive === false || (patch.roles && !patch.roles.includes('admin')))) {
        throw badRequest('identity.cannot_demote_self', 'Anda tidak dapat menonaktifkan atau mencabut peran admin Anda sendiri.');
      }
      await db.transaction(async (tx) => {
        if (patch.roles) await store.updateMembershipRoles(tx, userId, patch.roles);
        if (patch.isActive !== undefined || patch.name) await store.updateUserRow(tx, userId, { isActive: patch.isActive, name: patch.name });
        if (patch.isActive === false) await store.deleteUserSessions(tx, userId);
        auth.evictUser(userId);
        await audit.record(tx, actor, {
          action: 'identity.user_updated',
          entityType: 'user',
          entityId: userId,
          orgId: row.orgId,
          before: { roles: row.roles, isActive: row.user.isActive, name: row.user.name },
          after: patch,
        });
      });
    },

    /** Always answers the same, whether or not the e-mail exists (no account enumeration). */
    async requestPasswordReset(email: string, actor: Actor) {
      const found = await store.findUserByEmail(db, email);
      if (!found || !found.user.isActive) return;
      await db.transaction(async (tx) => {
        const url = await issueLink(tx, found.user.id, 'reset');
        await writeMail(tx, found.user.email, 'Atur ulang kata sandi Lingkar', `Halo ${found.user.name},\n\nAtur ulang kata sandi Anda di tautan ini (berlaku 2 jam):\n${url}\n\nAbaikan email ini jika Anda tidak memintanya.\n`);
        await audit.record(tx, actor, { action: 'auth.password_reset_requested', entityType: 'user', entityId: found.user.id, orgId: found.orgId });
      });
    },

    async createApiToken(actor: Actor, input: { name: string; roles: Role[] }) {
      authorize(actor, { ...ADMIN_OF_ORG, relation: 'any' });
      const org = await loadOrg(db, actor.orgId);
      const bad = invalidRoles(org.kind as OrgKind, input.roles);
      if (bad.length || !input.roles.length) throw badRequest('identity.role_invalid', `Peran tidak berlaku: ${bad.join(', ') || '(kosong)'}`, { field: 'roles' });
      const prefix = newSecret(6).slice(0, 8);
      const token = `lgk_${prefix}_${newSecret()}`;
      const row = { id: newId(), orgId: actor.orgId, name: input.name.trim(), tokenHash: sha256(token), prefix, roles: input.roles, createdBy: actor.userId, createdAt: clock.now() };
      await db.transaction(async (tx) => {
        await store.insertApiToken(tx, row);
        await audit.record(tx, actor, { action: 'identity.api_token_created', entityType: 'api_token', entityId: row.id, orgId: actor.orgId, after: { name: row.name, prefix, roles: row.roles } });
      });
      return { id: row.id, name: row.name, prefix, roles: row.roles, createdAt: row.createdAt, token };
    },

    async listApiTokens(actor: Actor) {
      authorize(actor, { ...ADMIN_OF_ORG, relation: 'any' });
      return store.listApiTokens(db, actor.orgId);
    },

    async revokeApiToken(actor: Actor, tokenId: string) {
      const row = await store.findApiToken(db, tokenId);
      if (!row || row.orgId !== actor.orgId) throw notFound('identity.api_token_not_found', 'Token API tidak ditemukan.', { tokenId });
      authorize(actor, ADMIN_OF_ORG, { parties: [row.orgId] });
      await db.transaction(async (tx) => {
        await store.revokeApiTokenRow(tx, tokenId, clock.now());
        await audit.record(tx, actor, { action: 'identity.api_token_revoked', entityType: 'api_token', entityId: tokenId, orgId: row.orgId });
      });
    },
  };
}

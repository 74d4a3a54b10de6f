import type { Actor, OrgKind, Role } from '../../core/actor';
import { AppError, badRequest, tooManyRequests, unauthenticated } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { hashPassword, newSecret, sha256, verifyPassword } from './crypto';
import {
  checkPasswordPolicy,
  MAX_FAILURES_PER_EMAIL,
  MAX_FAILURES_PER_IP,
  PASSWORD_POLICY_MESSAGES,
  SIGN_IN_WINDOW_MINUTES,
} from './domain/password-policy';
import { SessionCache } from './session-cache';
import * as store from './store';

export interface SignInResult {
  token: string;
  expiresAt: Date;
  principal: store.SessionPrincipal;
}

export function assertPasswordPolicy(password: string, email?: string): void {
  const broken = checkPasswordPolicy(password, email);
  if (broken) throw badRequest(`auth.password_${broken}`, PASSWORD_POLICY_MESSAGES[broken]!, { field: 'password' });
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;
  const ttlMs = deps.config.sessionTtlHours * 3_600_000;
  const cache = new SessionCache(deps.config.sessionCacheSeconds * 1000);

  function actorOf(p: store.SessionPrincipal, requestId?: string): Actor {
    return { type: 'user', userId: p.userId, orgId: p.orgId, orgKind: p.orgKind as OrgKind, roles: p.roles as Role[], requestId };
  }

  return {
    actorOf,

    async signIn(email: string, password: string, meta: { ip: string | null; userAgent?: string; requestId?: string }): Promise<SignInResult> {
      const now = clock.now();
      const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
      const recent = await store.countRecentFailures(db, since, email, meta.ip);
      if (recent.byEmail >= MAX_FAILURES_PER_EMAIL || recent.byIp >= MAX_FAILURES_PER_IP) {
        const retryAt = (recent.oldest?.getTime() ?? now.getTime()) + SIGN_IN_WINDOW_MINUTES * 60_000;
        const retryAfterSeconds = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
        throw tooManyRequests(
          'auth.too_many_attempts',
          `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${Math.ceil(retryAfterSeconds / 60)} menit atau atur ulang kata sandi.`,
          { retryAfterSeconds },
        );
      }
      const found = await store.findUserByEmail(db, email);
      const ok = await verifyPassword(found?.user.passwordHash ?? null, password);
      if (!found || !ok || !found.user.isActive || !found.orgId || !found.orgActive) {
        await store.insertSignInAttempt(db, { id: newId(), email, ip: meta.ip, success: false, at: now });
        throw new AppError('auth.invalid_credentials', 401, 'Email atau kata sandi salah.');
      }
      const token = newSecret();
      const expiresAt = new Date(now.getTime() + ttlMs);
      await db.transaction(async (tx) => {
        await store.insertSession(tx, {
          tokenHash: sha256(token),
          userId: found.user.id,
          orgId: found.orgId!,
          createdAt: now,
          expiresAt,
          ip: meta.ip,
          userAgent: meta.userAgent?.slice(0, 300) ?? null,
        });
        await store.insertSignInAttempt(tx, { id: newId(), email, ip: meta.ip, success: true, at: now });
        const actor: Actor = {
          type: 'user',
          userId: found.user.id,
          orgId: found.orgId!,
          orgKind: found.orgKind as OrgKind,
          roles: (found.roles ?? []) as Role[],
          requestId: meta.requestId,
        };
        await audit.record(tx, actor, { action: 'auth.sign_in', entityType: 'user', entityId: found.user.id, orgId: found.orgId });
      });
      const principal = await store.findSessionPrincipal(db, sha256(token), now);
      return { token, expiresAt, principal: principal! };
    },

    async signOut(token: string, actor: Actor): Promise<void> {
      await db.transaction(async (tx) => {
        cache.delete(sha256(token));
        await store.deleteSession(tx, sha256(token));
        await audit.record(tx, actor, { action: 'auth.sign_out', entityType: 'user', entityId: actor.userId ?? '', orgId: actor.orgId });
      });
    },

    /** Cookie session → principal, or null when unknown/expired. */
    async resolveSession(token: string): Promise<store.SessionPrincipal | null> {
      const hash = sha256(token);
      const now = clock.now();
      const cached = cache.get(hash, now.getTime());
      if (cached) return cached;
      const principal = await store.findSessionPrincipal(db, hash, now);
      if (principal) cache.set(hash, principal, now.getTime());
      return principal;
    },

    /** Forget cached sessions of a user (deactivation, role change, password change). */
    evictUser: (userId: string) => cache.deleteUser(userId),
    evictAll: () => cache.clear(),

    /** `Authorization: Bearer lgk_…` → actor of the token's organisation. Last-used time kept to the minute. */
    async resolveApiToken(bearer: string, requestId?: string): Promise<Actor | null> {
      const found = await store.findActiveApiToken(db, sha256(bearer));
      if (!found || !found.orgActive) return null;
      const now = clock.now();
      if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > 60_000) {
        await store.touchApiToken(db, found.token.id, now);
      }
      return {
        type: 'token',
        userId: null,
        orgId: found.token.orgId,
        orgKind: found.orgKind as OrgKind,
        roles: found.token.roles as Role[],
        tokenId: found.token.id,
        requestId,
      };
    },

    async changePassword(actor: Actor, current: string, next: string, keepToken?: string): Promise<void> {
      if (actor.type !== 'user' || !actor.userId) throw unauthenticated();
      const row = await store.findUserWithMembership(db, actor.userId);
      if (!row || !(await verifyPassword(row.user.passwordHash, current))) {
        throw badRequest('auth.current_password_wrong', 'Kata sandi saat ini salah.', { field: 'currentPassword' });
      }
      assertPasswordPolicy(next, row.user.email);
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        await store.updateUserRow(tx, actor.userId!, { passwordHash, passwordChangedAt: clock.now() });
        await store.deleteUserSessions(tx, actor.userId!);
        cache.deleteUser(actor.userId!);
        if (keepToken) {
          await store.insertSession(tx, {
            tokenHash: sha256(keepToken),
            userId: actor.userId!,
            orgId: actor.orgId,
            createdAt: clock.now(),
            expiresAt: new Date(clock.now().getTime() + ttlMs),
          });
        }
        await audit.record(tx, actor, { action: 'auth.password_changed', entityType: 'user', entityId: actor.userId!, orgId: actor.orgId });
      });
    },

    /** Accept an invitation or a reset link: sets the password once. */
    async completeOneTimeLink(purpose: 'invite' | 'reset', token: string, password: string, requestId?: string): Promise<void> {
      await db.transaction(async (tx) => {
        const used = await store.consumeOneTimeToken(tx, sha256(token), purpose, clock.now());
        if (!used) throw badRequest('auth.link_invalid', 'Tautan tidak berlaku atau sudah kedaluwarsa. Minta tautan baru.');
        const row = await store.findUserWithMembership(tx, used.userId);
        if (!row) throw badRequest('auth.link_invalid', 'Tautan tidak berlaku.');
        assertPasswordPolicy(password, row.user.email);
        await store.updateUserRow(tx, used.userId, { passwordHash: await hashPassword(password), passwordChangedAt: clock.now() });
        await store.deleteUserSessions(tx, used.userId);
        cache.deleteUser(used.userId);
        const actor: Actor = { type: 'user', userId: used.userId, orgId: row.orgId, orgKind: 'ikm', roles: row.roles as Role[], requestId };
        await audit.record(tx, actor, {
          action: purpose === 'invite' ? 'auth.invitation_accepted' : 'auth.password_reset',
          entityType: 'user',
          entityId: used.userId,
          orgId: row.orgId,
        });
      });
    },
  };
}

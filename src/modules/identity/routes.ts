import { z } from 'zod';
import { ORG_KINDS, ROLES } from '../../core/actor';
import { pageQuery, pageSchema } from '../../core/pagination';
import { errorResponses, idParam, okBody, requireActor } from '../../server/http';
import { SESSION_COOKIE } from '../../server/auth-plugin';
import type { App } from '../../server/types';
import type { AdminService } from './admin-service';
import type { AuthService } from './auth-service';
import { newSecret } from './crypto';

const email = z.string().trim().toLowerCase().email('Format email tidak valid').max(254);
const password = z.string().min(1, 'Kata sandi wajib diisi').max(200);
const role = z.enum(ROLES);
const kind = z.enum(ORG_KINDS);

const meBody = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string() }),
  organisation: z.object({ id: z.string(), name: z.string(), kind }),
  kind,
  roles: z.array(role),
});

const organisation = z.object({ id: z.string(), name: z.string(), kind, isActive: z.boolean(), createdAt: z.date(), userCount: z.number().optional() });
const user = z.object({ id: z.string(), email: z.string(), name: z.string(), roles: z.array(z.string()), isActive: z.boolean(), hasPassword: z.boolean().optional(), createdAt: z.date().optional() });
const apiToken = z.object({ id: z.string(), name: z.string(), prefix: z.string(), roles: z.array(z.string()), createdAt: z.date(), lastUsedAt: z.date().nullable(), revokedAt: z.date().nullable() });

export function identityRoutes(auth: AuthService, admin: AdminService, opts: { secureCookies: boolean }) {
  return async function routes(app: App) {
    const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: opts.secureCookies, signed: true };

    app.post('/api/auth/sign-in', {
      schema: { tags: ['auth'], summary: 'Sign in with e-mail and password; sets the session cookie', body: z.object({ email, password }), response: { 200: meBody, ...errorResponses } },
      config: { public: true },
    }, async (req, reply) => {
      const r = await auth.signIn(req.body.email, req.body.password, { ip: req.ip, userAgent: req.headers['user-agent'], requestId: String(req.id) });
      void reply.setCookie(SESSION_COOKIE, r.token, { ...cookieOptions, expires: r.expiresAt });
      const p = r.principal;
      return { user: { id: p.userId, email: p.email, name: p.name, locale: p.locale }, organisation: { id: p.orgId, name: p.orgName, kind: p.orgKind as never }, kind: p.orgKind as never, roles: p.roles as never };
    });

    app.post('/api/auth/sign-out', { schema: { tags: ['auth'], summary: 'Sign out (ends the session)', response: { 200: okBody, ...errorResponses } } }, async (req, reply) => {
      const actor = requireActor(req);
      if (req.sessionToken) await auth.signOut(req.sessionToken, actor);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    });

    app.get('/api/me', { schema: { tags: ['auth'], summary: 'The signed-in user, organisation, kind and roles', response: { 200: meBody, ...errorResponses } } }, async (req) => {
      const actor = requireActor(req);
      const p = req.principal;
      if (p) {
        return { user: { id: p.userId, email: p.email, name: p.name, locale: p.locale }, organisation: { id: p.orgId, name: p.orgName, kind: p.orgKind as never }, kind: p.orgKind as never, roles: p.roles as never };
      }
      const org = await admin.getOrganisation(actor, actor.orgId);
      return { user: { id: actor.tokenId ?? '', email: '', name: 'API token', locale: 'id' }, organisation: { id: org.id, name: org.name, kind: org.kind as never }, kind: actor.orgKind, roles: actor.roles };
    });

    app.post('/api/auth/password', {
      schema: { tags: ['auth'], summary: 'Change own password (other sessions are ended)', body: z.object({ currentPassword: password, newPassword: password }), response: { 200: okBody, ...errorResponses } },
    }, async (req, reply) => {
      const actor = requireActor(req);
      const fresh = newSecret();
      await auth.changePassword(actor, req.body.currentPassword, req.body.newPassword, fresh);
      void reply.setCookie(SESSION_COOKIE, fresh, cookieOptions);
      return { ok: true as const };
    });

    app.post('/api/auth/password-reset/request', {
      schema: { tags: ['auth'], summary: 'Send a password-reset link (same answer whether or not the e-mail exists)', body: z.object({ email }), response: { 200: okBody, ...errorResponses } },
      config: { public: true },
    }, async (req) => {
      await admin.requestPasswordReset(req.body.email, { type: 'system', userId: null, orgId: '', orgKind: 'programme', roles: [], requestId: String(req.id) });
      return { ok: true as const };
    });

    for (const [path, purpose] of [['/api/auth/password-reset/complete', 'reset'], ['/api/auth/invitation/accept', 'invite']] as const) {
      app.post(path, {
        schema: { tags: ['auth'], summary: purpose === 'reset' ? 'Set a new password from a reset link' : 'Accept an invitation and set a password', body: z.object({ token: z.string().min(10), password }), response: { 200: okBody, ...errorResponses } },
        config: { public: true },
      }, async (req) => {
        await auth.completeOneTimeLink(purpose, req.body.token, req.body.password, String(req.id));
        return { ok: true as const };
      });
    }

    app.get('/api/organisations', {
      schema: { tags: ['identity'], summary: 'Organisations (programme staff: all; others: their own)', querystring: pageQuery.extend({ kind: kind.optional(), q: z.string().max(100).optional() }), response: { 200: pageSchema(organisation), ...errorResponses } },
    }, async (req) => admin.listOrganisations(requireActor(req), req.query));

    app.post('/api/organisations', {
      schema: { tags: ['identity'], summary: 'Create an organisation (programme admin)', body: z.object({ name: z.string().trim().min(2).max(200), kind }), response: { 201: organisation, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await admin.createOrganisation(requireActor(req), req.body)));

    app.get('/api/organisations/:id', { schema: { tags: ['identity'], params: idParam, response: { 200: organisation, ...errorResponses } } }, async (req) =>
      admin.getOrganisation(requireActor(req), req.params.id));

    app.patch('/api/organisations/:id', {
      schema: { tags: ['identity'], params: idParam, body: z.object({ name: z.string().trim().min(2).max(200).optional(), isActive: z.boolean().optional() }), response: { 200: organisation, ...errorResponses } },
    }, async (req) => admin.updateOrganisation(requireActor(req), req.params.id, req.body));

    app.get('/api/organisations/:id/users', {
      schema: { tags: ['identity'], params: idParam, querystring: pageQuery, response: { 200: pageSchema(user), ...errorResponses } },
    }, async (req) => admin.listUsers(requireActor(req), req.params.id, req.query));

    app.post('/api/organisations/:id/users', {
      schema: {
        tags: ['identity'],
        summary: 'Invite a user (an invitation link is sent) or create one with a password',
        params: idParam,
        body: z.object({ email, name: z.string().trim().min(2).max(200), roles: z.array(role).min(1), password: z.string().max(200).optional() }),
        response: { 201: user.extend({ inviteUrl: z.string().nullable() }), ...errorResponses },
      },
    }, async (req, reply) => {
      const created = await admin.createUser(requireActor(req), req.params.id, req.body);
      // The invitation link goes by e-mail only; do not echo it to the caller.
      return reply.status(201).send({ ...created, inviteUrl: null });
    });

    app.patch('/api/users/:id', {
      schema: { tags: ['identity'], params: idParam, body: z.object({ roles: z.array(role).min(1).optional(), isActive: z.boolean().optional(), name: z.string().trim().min(2).max(200).optional() }), response: { 200: okBody, ...errorResponses } },
    }, async (req) => {
      await admin.updateUser(requireActor(req), req.params.id, req.body);
      return { ok: true as const };
    });

    app.get('/api/tokens', { schema: { tags: ['identity'], summary: "API tokens of the caller's organisation", response: { 200: z.array(apiToken), ...errorResponses } } }, async (req) =>
      admin.listApiTokens(requireActor(req)));

    app.post('/api/tokens', {
      schema: { tags: ['identity'], summary: 'Create an API token (shown once)', body: z.object({ name: z.string().trim().min(2).max(100), roles: z.array(role).min(1) }), response: { 201: apiToken.omit({ lastUsedAt: true, revokedAt: true }).extend({ token: z.string() }), ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await admin.createApiToken(requireActor(req), req.body)));

    app.delete('/api/tokens/:id', { schema: { tags: ['identity'], params: idParam, response: { 200: okBody, ...errorResponses } } }, async (req) => {
      await admin.revokeApiToken(requireActor(req), req.params.id);
      return { ok: true as const };
    });
  };
}

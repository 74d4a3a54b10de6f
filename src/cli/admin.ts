import type { Command } from 'commander';
import { z } from 'zod';
import { ORG_KINDS, ROLES, systemActor, type OrgKind, type Role } from '../core/actor';
import { isUuid } from '../core/ids';
import { parseOrThrow } from '../core/validation';
import { identityStore } from '../modules/identity';
import type { Runtime } from '../server/assemble';
import { withRuntime } from './runtime';

const rolesList = z
  .string()
  .transform((s) => s.split(',').map((r) => r.trim()).filter(Boolean))
  .pipe(z.array(z.enum(ROLES)).min(1, 'give at least one role'));

async function resolveOrg(rt: Runtime, ref: string) {
  const db = rt.deps.db;
  if (isUuid(ref)) {
    const org = await identityStore.findOrganisation(db, ref);
    if (org) return org;
  }
  const { rows } = await identityStore.listOrganisations(db, { q: ref, limit: 2, offset: 0 });
  const exact = rows.filter((r) => r.name.toLowerCase() === ref.toLowerCase());
  const pick = exact.length === 1 ? exact[0] : rows.length === 1 ? rows[0] : undefined;
  if (!pick) throw new (await import('../core/errors')).AppError('cli.organisation_ambiguous', 400, rows.length ? `"${ref}" matches several organisations; use the id` : `no organisation "${ref}"`);
  return pick;
}

/** The programme office acts for the CLI (first programme organisation). */
async function cliActor(rt: Runtime) {
  const { rows } = await identityStore.listOrganisations(rt.deps.db, { kind: 'programme', limit: 1, offset: 0 });
  return systemActor(rows[0]?.id ?? '00000000-0000-0000-0000-000000000000', 'cli');
}

export function registerAdminCommands(program: Command): void {
  program
    .command('org')
    .description('Organisations')
    .command('create')
    .description('Create an organisation')
    .requiredOption('--name <name>', 'legal name')
    .requiredOption('--kind <kind>', `one of ${ORG_KINDS.join(', ')}`)
    .option('--json', 'print JSON')
    .action(async (opts: { name: string; kind: string; json?: boolean }) => {
      const input = parseOrThrow(z.object({ name: z.string().trim().min(2), kind: z.enum(ORG_KINDS) }), opts, 'cli.invalid');
      await withRuntime(async (rt) => {
        const org = await rt.services.admin.createOrganisation(await cliActor(rt), { name: input.name, kind: input.kind as OrgKind });
        console.log(opts.json ? JSON.stringify(org) : `created ${org.kind} organisation ${org.name} (${org.id})`);
      });
    });

  program
    .command('user')
    .description('Users')
    .command('create')
    .description('Create a user in an organisation (without --password an invitation link is written to the outbox)')
    .requiredOption('--org <id-or-name>', 'organisation id or exact name')
    .requiredOption('--email <email>', 'e-mail address (sign-in name)')
    .requiredOption('--name <name>', 'full name')
    .option('--roles <roles>', `comma-separated roles: ${ROLES.join(', ')}`, 'staff')
    .option('--password <password>', 'initial password (at least 10 characters)')
    .option('--json', 'print JSON')
    .action(async (opts: { org: string; email: string; name: string; roles: string; password?: string; json?: boolean }) => {
      const roles = parseOrThrow(rolesList, opts.roles, 'cli.invalid') as Role[];
      const email = parseOrThrow(z.string().trim().toLowerCase().email('not an e-mail address'), opts.email, 'cli.invalid');
      await withRuntime(async (rt) => {
        const org = await resolveOrg(rt, opts.org);
        const user = await rt.services.admin.createUser(await cliActor(rt), org.id, { email, name: opts.name, roles, password: opts.password });
        if (opts.json) console.log(JSON.stringify(user));
        else console.log(`created ${user.email} in ${org.name} with roles ${roles.join(', ')}${user.inviteUrl ? `\ninvitation link: ${user.inviteUrl}` : ''}`);
      });
    });

  program
    .command('token')
    .description('API tokens for integrations')
    .command('create')
    .description('Create an API token for an organisation (printed once; only its hash is stored)')
    .requiredOption('--org <id-or-name>', 'organisation id or exact name')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--roles <roles>', 'comma-separated roles', 'viewer')
    .option('--json', 'print JSON')
    .action(async (opts: { org: string; name: string; roles: string; json?: boolean }) => {
      const roles = parseOrThrow(rolesList, opts.roles, 'cli.invalid') as Role[];
      await withRuntime(async (rt) => {
        const org = await resolveOrg(rt, opts.org);
        const actor = { ...(await cliActor(rt)), orgId: org.id, orgKind: org.kind as OrgKind };
        const t = await rt.services.admin.createApiToken(actor, { name: opts.name, roles });
        console.log(opts.json ? JSON.stringify(t) : `token for ${org.name} (${t.roles.join(', ')}), shown once:\n${t.token}`);
      });
    });
}

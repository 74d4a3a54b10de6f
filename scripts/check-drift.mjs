// Fails when the drizzle schema and the committed migrations differ (generating would add a migration).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// drizzle-kit wants paths relative to the working directory.
mkdirSync('.lingkar', { recursive: true });
const dir = mkdtempSync('.lingkar/drift-');
const out = join(dir, 'migrations');
cpSync('src/db/migrations', out, { recursive: true });
const before = readdirSync(out).filter((f) => f.endsWith('.sql')).length;
const config = join(dir, 'drizzle.config.mjs');
writeFileSync(config, `export default { dialect: 'postgresql', schema: './src/db/schema.ts', out: ${JSON.stringify(`./${out}`)} };\n`);
const r = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config, '--name', 'drift'], { encoding: 'utf8' });
const after = readdirSync(out).filter((f) => f.endsWith('.sql')).length;
rmSync(dir, { recursive: true, force: true });
if (r.status !== 0 || /error/i.test(r.stderr ?? '')) {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
if (after !== before) {
  console.error('Schema and migrations drift: run `npx drizzle-kit generate --name <what>` and commit the migration.');
  process.exit(1);
}
console.log('Schema and migrations agree.');

// Install-time steps of `npm install`: build the web app, and install Debian's Chromium for the
// end-to-end tests when it is missing and we run as root. Failures here warn but never break install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts });

if (process.env.LINGKAR_SKIP_POSTINSTALL === '1') process.exit(0);

if (existsSync('web/vite.config.ts') && existsSync('node_modules/vite')) {
  console.log('[lingkar] building the web app (web/dist)…');
  const r = run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  if (r.status !== 0) console.warn('[lingkar] web build failed; run `npm run build:web` to see why.');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (isRoot && hasApt) {
    console.log("[lingkar] installing Debian's chromium for the end-to-end tests…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    const r = run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'], { env });
    if (r.status !== 0) console.warn('[lingkar] could not install chromium; e2e tests will be skipped outside CI.');
  } else {
    console.warn(`[lingkar] ${chromium} not found: install Debian's chromium (apt-get install -y chromium) to run the e2e tests.`);
  }
}

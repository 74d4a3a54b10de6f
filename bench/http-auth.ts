import autocannon from 'autocannon';
import { pathToFileURL } from 'node:url';
import { benchDatabaseUrl, round, startServer } from './support';

/**
 * Foundation benchmark: authenticated GET /api/me vs unauthenticated GET /api/health on real PostgreSQL,
 * the server in a child process, load from autocannon in this process (127.0.0.1), same run.
 * Targets: /api/me ≥ 3,000 req/s; session check ≤ 1 ms of median latency over /api/health.
 * Runs twice: with the default 5-second session cache and with it off (every request queries Postgres).
 */
export async function benchHttpAuth(opts: { seconds?: number; connections?: number } = {}): Promise<Record<string, unknown>[]> {
  const seconds = opts.seconds ?? 10;
  const connections = opts.connections ?? 32;
  const rows: Record<string, unknown>[] = [];
  for (const cacheSeconds of ['5', '0']) {
    const databaseUrl = await benchDatabaseUrl('lingkar_bench_http', true);
    const server = await startServer({ DATABASE_URL: databaseUrl, LINGKAR_DEMO: 'auto', SESSION_CACHE_SECONDS: cacheSeconds });
    try {
      const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ email: 'admin@kemenperin.demo.lingkar.id', password: 'lingkar-demo-2026' }),
      });
      if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      const load = (path: string, headers: Record<string, string> = {}) =>
        autocannon({ url: `${server.url}${path}`, connections, duration: seconds, headers, pipelining: 1 });
      await load('/api/health'); // warm-up
      const health = await load('/api/health');
      const me = await load('/api/me', { cookie });
      const label = cacheSeconds === '0' ? 'session cache off' : `session cache ${cacheSeconds} s (default)`;
      const row = (endpoint: string, r: autocannon.Result) => ({
        run: label,
        endpoint,
        'req/s': round(r.requests.average, 0),
        'mean ms': round(r.latency.mean, 2),
        'p50 ms': r.latency.p50,
        'p99 ms': r.latency.p99,
        non2xx: r.non2xx,
      });
      rows.push(row('GET /api/health (no session)', health), row('GET /api/me (session cookie)', me));
      rows.push({
        run: label,
        endpoint: `→ /api/me ≥ 3000 req/s: ${me.requests.average >= 3000 ? 'met' : 'not met'}; session cost (p50 delta) ${me.latency.p50 - health.latency.p50} ms, target ≤ 1 ms`,
        'req/s': NaN,
        'mean ms': round(me.latency.mean - health.latency.mean, 2),
        'p50 ms': me.latency.p50 - health.latency.p50,
        'p99 ms': NaN,
        non2xx: 0,
      });
    } finally {
      await server.stop();
    }
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchHttpAuth());
}

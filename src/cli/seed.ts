import type { Command } from 'commander';
import { z } from 'zod';
import { parseOrThrow } from '../core/validation';
import { progressBar } from './registry';
import { withRuntime } from './runtime';

const count = (label: string, max: number) =>
  z.coerce.number({ error: `${label} must be a whole number` }).int(`${label} must be a whole number`).min(0, `${label} must be 0 or more`).max(max, `${label} must be at most ${max}`);

const seedOptions = z.object({
  ikm: count('--ikm', 5_000_000).default(0),
  buyers: count('--buyers', 1_000_000).default(0),
  batch: count('--batch', 50_000).min(1, '--batch must be at least 1').default(5000),
  seed: count('--seed', 2 ** 31).default(20221101),
});

export function registerSeedCommands(program: Command): void {
  program
    .command('seed')
    .description('Generate data for benchmarks')
    .command('synthetic')
    .description('Add synthetic IKM and buyers (faker, Indonesian locale; deterministic for a seed; continues after earlier runs)')
    .option('--ikm <n>', 'number of IKM to add', '0')
    .option('--buyers <n>', 'number of buyers to add', '0')
    .option('--batch <n>', 'rows per insert transaction', '5000')
    .option('--seed <n>', 'random seed (same seed → same data)', '20221101')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOrThrow(seedOptions, raw, 'cli.invalid');
      if (!o.ikm && !o.buyers) {
        console.error('nothing to do: give --ikm N and/or --buyers M');
        process.exitCode = 2;
        return;
      }
      await withRuntime(async (rt) => {
        const bars = { ikm: progressBar('IKM'), buyers: progressBar('pembeli') };
        let current: 'ikm' | 'buyers' = 'ikm';
        const r = await rt.services.registry.seedSynthetic({
          ...o,
          onProgress(kind, done, total) {
            if (kind !== current) bars[current].stop();
            current = kind;
            bars[kind].update(done, total);
          },
        });
        bars[current].stop();
        console.log(`seeded ${r.ikm} IKM and ${r.buyers} buyers in ${r.seconds.toFixed(1)} s (${Math.round((r.ikm + r.buyers) / Math.max(r.seconds, 0.001))} rows/s)`);
      });
    });
}

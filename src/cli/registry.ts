import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import { systemActor } from '../core/actor';
import { AppError } from '../core/errors';
import { parseOrThrow } from '../core/validation';
import { identityStore } from '../modules/identity';
import { IMPORT_FIELDS, parseMapPairs, type RowDuplicate, type RowError, type ValidationReport } from '../modules/registry';
import type { Runtime } from '../server/assemble';
import { withRuntime } from './runtime';
import { registerSeedCommands } from './seed';

/** Exit code when the file has bad rows (dry run or refused commit). */
export const EXIT_BAD_ROWS = 1;

async function programmeActor(rt: Runtime) {
  const { rows } = await identityStore.listOrganisations(rt.deps.db, { kind: 'programme', limit: 1, offset: 0 });
  return systemActor(rows[0]?.id ?? '00000000-0000-0000-0000-000000000000', 'cli');
}

export function progressBar(label: string) {
  const bar = new cliProgress.SingleBar(
    { format: `${label.padEnd(10)} [{bar}] {percentage}% | {value}/{total} baris | {duration_formatted}`, stream: process.stderr, hideCursor: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

const importOptions = z.object({
  map: z.array(z.string()).default([]),
  dryRun: z.boolean().default(false),
  partial: z.boolean().default(false),
  sheet: z.string().optional(),
  status: z.enum(['draft', 'submitted', 'verified'], { error: 'status must be draft, submitted or verified' }).default('submitted'),
  json: z.boolean().default(false),
});

function printReport(file: string, r: ValidationReport) {
  for (const e of r.errors) console.log(formatError(e));
  for (const d of r.duplicates) console.log(formatDuplicate(d));
  console.log(`\n${file}: ${r.totalRows} baris — ${r.valid.length} benar, ${r.errorRows} bermasalah, ${r.duplicates.length} duplikat (dilewati)`);
}

export const formatError = (e: RowError) => `baris ${e.row}, kolom "${e.column ?? e.field}": ${e.message}${e.value ? ` (isi: "${e.value.replace(/\n/g, ' ')}")` : ''}`;
export const formatDuplicate = (d: RowDuplicate) => `baris ${d.row}: duplikat — ${d.message}`;

async function runImport(file: string, opts: z.infer<typeof importOptions>) {
  if (!existsSync(file)) throw new AppError('cli.file_not_found', 400, `berkas tidak ditemukan: ${file}`);
  const overrides = parseMapPairs(opts.map);
  await withRuntime(async (rt) => {
    const runner = rt.services.registry.importRunner;
    const table = await runner.read(readFileSync(file), basename(file), opts.sheet);
    const mapping = runner.mappingFor(table, { overrides });
    console.error(`${basename(file)}: ${table.format.toUpperCase()}${table.sheet ? `, sheet "${table.sheet}"` : ''}${table.delimiter ? `, pemisah "${table.delimiter === '\t' ? 'tab' : table.delimiter}"` : ''}, ${table.rows.length} baris data`);
    for (const [header, field] of Object.entries(mapping)) console.error(`  ${header.padEnd(28)} → ${field ?? '(diabaikan)'}`);
    const bar = progressBar('validasi');
    const report = await runner.dryRun(table, mapping, (_p, done, total) => bar.update(done, total));
    bar.stop();
    if (opts.json && opts.dryRun) console.log(JSON.stringify({ ...report, valid: report.valid.length }, null, 2));
    else printReport(basename(file), report);
    if (opts.dryRun) {
      console.error(report.errorRows ? 'uji coba: ada baris bermasalah; tidak ada yang disimpan.' : 'uji coba: semua baris benar; jalankan tanpa --dry-run untuk menyimpan.');
      if (report.errorRows) process.exitCode = EXIT_BAD_ROWS;
      return;
    }
    if (report.errorRows && !opts.partial) {
      console.error(`tidak ada yang disimpan: ${report.errorRows} baris bermasalah. Perbaiki berkasnya, atau pakai --partial untuk menyimpan hanya baris yang benar.`);
      process.exitCode = EXIT_BAD_ROWS;
      return;
    }
    const commitBar = progressBar('simpan');
    const { created } = await runner.commit(await programmeActor(rt), report, { partial: opts.partial, status: opts.status }, (_p, done, total) => commitBar.update(done, total));
    commitBar.stop();
    console.log(opts.json ? JSON.stringify({ created, errorRows: report.errorRows, duplicates: report.duplicates.length }) : `tersimpan: ${created} IKM baru (status ${opts.status}).`);
  });
}

const exportOptions = z.object({
  format: z.enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' }).default('csv'),
  out: z.string().optional(),
  q: z.string().optional(),
  province: z.array(z.string()).optional(),
  process: z.array(z.string()).optional(),
  verified: z.boolean().optional(),
});

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerRegistryCommands(program: Command): void {
  const registry = program.command('registry').description('IKM registry: spreadsheet import and export');

  registry
    .command('import')
    .description('Import IKM from CSV or XLSX: dry run of every row, then all-or-nothing commit (one transaction)')
    .argument('<file>', 'CSV (comma, semicolon or tab; UTF-8 with or without BOM) or XLSX file')
    .option('--map <column=field>', 'map a column to a field, repeatable ("Nama PT=legalName"; "Catatan=-" ignores a column)', collect, [])
    .option('--dry-run', 'check every row and report; write nothing')
    .option('--partial', 'write the good rows even when some rows are bad')
    .option('--sheet <name>', 'XLSX sheet (default: the first)')
    .option('--status <status>', 'status of imported profiles: draft, submitted or verified', 'submitted')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', `\nFields: ${IMPORT_FIELDS.join(', ')}\nExit codes: 0 ok, 1 bad rows (nothing written unless --partial), 2 bad usage or unreadable file.`)
    .action(async (file: string, raw: Record<string, unknown>) => {
      await runImport(file, parseOrThrow(importOptions, raw, 'cli.invalid'));
    });

  registry
    .command('export')
    .description('Export IKM (all statuses) as CSV or XLSX in the import layout')
    .option('--format <format>', 'csv or xlsx', 'csv')
    .option('--out <file>', 'write to a file (default: standard output)')
    .option('--q <text>', 'full-text filter')
    .option('--province <code>', 'province code, repeatable', collect)
    .option('--process <key>', 'process key, repeatable', collect)
    .option('--verified', 'only verified IKM')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOrThrow(exportOptions, raw, 'cli.invalid');
      await withRuntime(async (rt) => {
        const out = await rt.services.registry.exports.export(await programmeActor(rt), o.format, { q: o.q, provinces: o.province, processes: o.process, verified: o.verified });
        await pipeline(out.stream, o.out ? createWriteStream(o.out) : process.stdout);
        if (o.out) console.error(`ditulis: ${o.out}`);
      });
    });

  registerSeedCommands(program);
}

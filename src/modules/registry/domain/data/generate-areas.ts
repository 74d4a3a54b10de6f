/**
 * Writes areas.json (provinces and regencies/cities with Kemendagri codes) from the
 * `idn-area-data` package, which loads its CSV files asynchronously. The JSON is committed, so
 * the domain reads reference data without I/O at call time.
 *
 * Run after upgrading idn-area-data:
 *   npx tsx src/modules/registry/domain/data/generate-areas.ts
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { getProvinces, getRegencies } from 'idn-area-data';

/** Words written in lower case inside a place name. */
const LOWER_WORDS = new Set(['dan']);
/** Words kept in upper case. */
const UPPER_WORDS = new Set(['DKI']);

/** "KABUPATEN PANGKAJENE DAN KEPULAUAN" → "Kabupaten Pangkajene dan Kepulauan". */
export function titleCasePlace(upper: string): string {
  return upper
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      if (UPPER_WORDS.has(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && LOWER_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-'])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('idn-area-data/package.json');
  return (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const provinces = (await getProvinces())
    .map((p) => ({ code: p.code, name: titleCasePlace(p.name) }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const regencies = (await getRegencies({ transform: true }))
    .map((r) => ({ code: r.code, provinceCode: r.provinceCode, name: titleCasePlace(r.name) }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const lines = [
    '{',
    `  "source": ${JSON.stringify(`idn-area-data@${packageVersion()}`)},`,
    '  "provinces": [',
    provinces.map((p) => `    ${JSON.stringify(p)}`).join(',\n'),
    '  ],',
    '  "regencies": [',
    regencies.map((r) => `    ${JSON.stringify(r)}`).join(',\n'),
    '  ]',
    '}',
    '',
  ];
  const target = fileURLToPath(new URL('./areas.json', import.meta.url));
  writeFileSync(target, lines.join('\n'));
  console.log(`wrote ${provinces.length} provinces and ${regencies.length} regencies to ${target}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}

import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './lock';

describe('PGlite data directory lock', () => {
  it('refuses a second holder with a clear message and frees on release', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'lk-lock-')), 'data');
    const first = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by another Lingkar process/);
    first.release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    acquireDataDirLock(dir).release();
  });

  it('takes over a stale lock of a dead process', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'lk-lock-')), 'data');
    writeFileSync(`${dir}.lock`, '999999999');
    const lock = acquireDataDirLock(dir);
    lock.release();
  });
});

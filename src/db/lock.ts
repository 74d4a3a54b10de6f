import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';
import { AppError } from '../core/errors';

export interface DataDirLock {
  path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is single-process: a second process on the same data directory would silently lose
 * writes. The lock file `<dataDir>.lock` holds the owner's pid; a stale lock (dead pid) is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = `${dataDir.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          try {
            if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      if (Number.isFinite(owner) && isAlive(owner)) {
        throw new AppError(
          'db.data_dir_locked',
          409,
          `The embedded database ${dataDir} is in use by another Lingkar process (pid ${owner}). ` +
            `Stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
          { dataDir, pid: owner },
        );
      }
      unlinkSync(path); // stale lock
    }
  }
  throw new AppError('db.data_dir_locked', 409, `Could not lock ${dataDir}`);
}

import type { SessionPrincipal } from './store';

/**
 * A short-lived in-process cache of resolved sessions, so the session check costs about nothing on the
 * hot path. Entries live `ttlMs` (default 5 s) and never past the session's expiry; sign-out, password
 * change and deactivation in this process evict at once. Across several app instances a revoked session
 * stays usable for at most `ttlMs` on the other instances — set SESSION_CACHE_SECONDS=0 to turn it off.
 */
export class SessionCache {
  private readonly entries = new Map<string, { principal: SessionPrincipal; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 50_000,
  ) {}

  get(tokenHash: string, nowMs: number): SessionPrincipal | undefined {
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (e.until <= nowMs) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return e.principal;
  }

  set(tokenHash: string, principal: SessionPrincipal, nowMs: number): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(tokenHash, { principal, until: Math.min(nowMs + this.ttlMs, principal.expiresAt.getTime()) });
  }

  delete(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  clear(): void {
    this.entries.clear();
  }

  deleteUser(userId: string): void {
    for (const [k, e] of this.entries) if (e.principal.userId === userId) this.entries.delete(k);
  }
}

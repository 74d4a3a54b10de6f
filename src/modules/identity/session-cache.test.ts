import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache';
import type { SessionPrincipal } from './store';

const p = (userId: string, expiresAt = new Date(100_000)): SessionPrincipal => ({
  userId, email: 'a@b.id', name: 'A', locale: 'id', orgId: 'o', orgName: 'O', orgKind: 'ikm', roles: ['admin'], expiresAt,
});

describe('SessionCache', () => {
  it('expires after the ttl and never outlives the session', () => {
    const c = new SessionCache(5_000);
    c.set('t', p('u'), 0);
    expect(c.get('t', 4_999)).toBeDefined();
    expect(c.get('t', 5_000)).toBeUndefined();
    c.set('s', p('u', new Date(1_000)), 0);
    expect(c.get('s', 1_000)).toBeUndefined();
  });

  it('evicts a user and is off with ttl 0', () => {
    const c = new SessionCache(5_000);
    c.set('t', p('u'), 0);
    c.deleteUser('u');
    expect(c.get('t', 1)).toBeUndefined();
    const off = new SessionCache(0);
    off.set('t', p('u'), 0);
    expect(off.get('t', 1)).toBeUndefined();
  });
});

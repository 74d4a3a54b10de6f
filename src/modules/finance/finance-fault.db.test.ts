import { describe, expect, it } from 'vitest';
import { runFinanceFaultTest } from '../../../scripts/finance-fault-test';

// The server in a child process, SIGKILLed in the middle of payment load, restarted: nothing lost, nothing twice.
describe('finance fault test (SIGKILL mid-load)', () => {
  it('keeps the ledger balanced and every acknowledged payment exactly once', async () => {
    const r = await runFinanceFaultTest({ loans: 24, killAfter: 120, after: 30, clients: 6, log: () => undefined });
    expect(r).toMatchObject({ ok: true, missingOrDifferent: 0, appliedTwice: 0, unbalancedEntries: 0, escrowInEqualsOut: true, instalmentsEqualJournal: true });
    expect(r.acknowledged).toBeGreaterThanOrEqual(150);
  }, 240_000);
});

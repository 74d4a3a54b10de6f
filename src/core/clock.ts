/**
 * Time comes from an injected Clock so tests can move the business date.
 * Business dates are calendar dates in Asia/Jakarta (WIB, UTC+7, no DST).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set(d) {
      current = new Date(d);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The business date (YYYY-MM-DD) in Asia/Jakarta for an instant. */
export function businessDate(at: Date): string {
  return new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

export function today(clock: Clock): string {
  return businessDate(clock.now());
}

import { fixedClock } from '../core/clock';

/** The test environment's configuration and its clock's start: 2026-11-25 09:00 WIB. */
export const TEST_ORIGIN = 'http://localhost:3000';
export const TEST_ENV = { NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: TEST_ORIGIN, LINGKAR_DATA_DIR: '/tmp/lingkar-test/data', SESSION_CACHE_SECONDS: '0' };
export const TEST_CLOCK_START = () => fixedClock('2026-11-25T02:00:00Z');

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { buildTsQuery, facetCounts, searchPage, textTerms } from './search-store';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('search store', () => {
  it('builds one tsquery of words and filters that typed text cannot reach', () => {
    expect(textTerms("Baut M8-mesin'); drop")).toEqual(["'baut':*", "'m8':*", "'mesin':*", "'drop':*"]);
    expect(buildTsQuery({ q: 'baut', processes: ['machining', 'welding'], provinces: ['32'] }, { onlyVerified: true })).toBe("'baut':* & '#pv:32' & ('#pr:machining' | '#pr:welding') & '#st:verified'");
    expect(buildTsQuery({ provinces: ['32'] }, {}, 'province')).toBeNull();
    expect(buildTsQuery({ verified: false, processes: ["x' | '#st:draft"] }, {})).toBe("'#pr:x|#st:draft' & !'#st:verified'");
  });

  it('pages narrow searches with an exact total, broad ones by the sort index with a lower bound', async () => {
    const db = env.rt.deps.db;
    const narrow = await searchPage(db, { processes: ['polyurethane_moulding'] }, {}, 'name', 2, 0, 5);
    expect(narrow).toMatchObject({ total: 3, exact: true });
    expect(narrow.rows.map((r) => r.legalName)).toEqual(['PT Kawani Tekno Nusantara', 'PT Sejahtera Poliuretan']);
    expect(narrow.rows[0]!.createdAt).toBeInstanceOf(Date);
    const broad = await searchPage(db, {}, { onlyVerified: true }, 'name', 3, 3, 5);
    expect(broad).toMatchObject({ total: 5, exact: false });
    const exact = await searchPage(db, {}, { onlyVerified: true }, 'name', 6, 0, 1000);
    expect(broad.rows.map((r) => r.orgId)).toEqual(exact.rows.slice(3, 6).map((r) => r.orgId));
    const unfiltered = await searchPage(db, {}, {}, 'newest', 5, 0, 10);
    expect(unfiltered).toMatchObject({ total: 10, exact: false });
    const past = await searchPage(db, { processes: ['polyurethane_moulding'] }, {}, 'name', 25, 50, 5);
    expect(past).toMatchObject({ rows: [], total: 3, exact: true });
  });

  it('counts facets in one statement, marking passes cut at the cap as partial', async () => {
    const db = env.rt.deps.db;
    const full = await facetCounts(db, ['size', 'verified'], ['province'], { processes: ['polyurethane_moulding'], provinces: ['32'] }, {});
    expect(full.partial).toEqual([]);
    expect(full.counts.province).toEqual([{ key: '32', count: 3 }]);
    expect(full.counts.verified).toEqual([{ key: 'true', count: 3 }]);
    const capped = await facetCounts(db, ['size'], ['province'], { q: 'pt', provinces: ['32'] }, {}, 2);
    expect(capped.partial.sort()).toEqual(['province', 'size']);
    expect(capped.counts.size!.reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});

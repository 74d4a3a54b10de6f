import { describe, expect, it } from 'vitest';
import goldenJson from './golden/terbilang.json';
import { capitalise, terbilang, terbilangRupiah } from './terbilang';

const golden = goldenJson as unknown as { vectors: [string, string][] };

describe('terbilang (golden vectors)', () => {
  it.each(golden.vectors)('%s → %s', (amount, words) => expect(terbilang(BigInt(amount))).toBe(words));
});

describe('terbilang rupiah', () => {
  it('1.250.000 → "satu juta dua ratus lima puluh ribu rupiah"', () => {
    expect(terbilangRupiah(1_250_000n)).toBe('satu juta dua ratus lima puluh ribu rupiah');
    expect(capitalise(terbilangRupiah(1_250_000n))).toBe('Satu juta dua ratus lima puluh ribu rupiah');
  });
  it('refuses negative numbers', () => expect(() => terbilang(-1n)).toThrow(RangeError));
  it('never has double spaces or a trailing space', () => {
    for (let n = 0; n < 30_000; n += 7) expect(terbilang(n)).toMatch(/^\S+( \S+)*$/);
  });
});

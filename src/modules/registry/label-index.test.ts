import { describe, expect, it } from 'vitest';
import { CERTIFICATION_KINDS, MATERIALS, PROCESSES } from './domain';
import { labelIndex } from './label-index';
import { textTerms } from './search-store';

const index = labelIndex({ processes: PROCESSES, materials: MATERIALS, certificationKinds: CERTIFICATION_KINDS });

describe('typed words standing for vocabulary values', () => {
  it('maps a word that starts a label word, in either language, to facet tokens', () => {
    expect(index('bubut')).toEqual(['#pr:machining']);
    expect(index('halal')).toEqual(['#ct:halal']);
    expect(index('poliur')).toEqual(['#pr:polyurethane_moulding', '#mt:polyurethane']);
    expect(index('welding')).toEqual(['#pr:welding']);
    expect(index('bu')).toEqual([]);
    expect(index('headpipe')).toEqual([]);
  });

  it('builds prefix terms with their alternatives', () => {
    expect(textTerms('Bubut headpipe', index)).toEqual(["('bubut':* | '#pr:machining')", "'headpipe':*"]);
  });
});

import { describe, it, expect } from 'vitest';
import {
  CAPACITY_UNITS,
  CERTIFICATION_KINDS,
  LEGAL_FORMS,
  MATERIALS,
  PROCESSES,
  createVocabulary,
  extendVocabulary,
} from './vocabulary';

describe('built-in vocabularies', () => {
  it('has the processes the programme works with, labelled in Indonesian and English', () => {
    for (const key of [
      'injection_moulding', 'polyurethane_moulding', 'rubber_moulding', 'stamping_press', 'machining', 'casting',
      'forging', 'welding', 'painting_coating', 'plating', 'assembly', 'sewing_upholstery', 'wiring_harness',
      'heat_treatment', 'sheet_metal_fabrication', 'blow_moulding', 'extrusion', 'die_making', 'powder_coating',
    ]) {
      expect(PROCESSES.has(key), key).toBe(true);
    }
    expect(PROCESSES.keys.length).toBeGreaterThanOrEqual(20);
    expect(PROCESSES.label('injection_moulding')).toBe('Injeksi plastik');
    expect(PROCESSES.label('polyurethane_moulding', 'id')).toBe('Cetak poliuretan');
    expect(PROCESSES.label('polyurethane_moulding', 'en')).toBe('Polyurethane moulding');
  });

  it('has materials, certification kinds and legal forms', () => {
    for (const key of ['steel', 'stainless_steel', 'aluminium', 'copper', 'brass', 'polypropylene', 'abs', 'polyamide', 'polyurethane', 'natural_rubber', 'synthetic_rubber', 'leather', 'textile']) {
      expect(MATERIALS.has(key), key).toBe(true);
    }
    expect(CERTIFICATION_KINDS.keys).toEqual(expect.arrayContaining(['iso_9001', 'iatf_16949', 'iso_14001', 'sni', 'halal']));
    expect(CERTIFICATION_KINDS.label('iatf_16949', 'en')).toContain('IATF 16949');
    expect(LEGAL_FORMS.keys).toEqual(expect.arrayContaining(['pt', 'cv', 'ud', 'koperasi', 'perorangan']));
    expect(LEGAL_FORMS.label('cv')).toBe('CV (Persekutuan Komanditer)');
    expect(CAPACITY_UNITS.has('pcs')).toBe(true);
  });

  it('gives every entry a well-formed key and both labels', () => {
    for (const vocabulary of [PROCESSES, MATERIALS, CERTIFICATION_KINDS, LEGAL_FORMS, CAPACITY_UNITS]) {
      for (const e of vocabulary.entries) {
        expect(e.key).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(e.label.id.length).toBeGreaterThan(0);
        expect(e.label.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('returns the key as label when unknown', () => {
    expect(PROCESSES.has('teleportation')).toBe(false);
    expect(PROCESSES.get('teleportation')).toBeUndefined();
    expect(PROCESSES.label('teleportation')).toBe('teleportation');
  });
});

describe('extending a vocabulary', () => {
  it('adds admin-defined entries after the built-in ones', () => {
    const extended = extendVocabulary(PROCESSES, [{ key: 'anodizing', label: { id: 'Anodisasi', en: 'Anodising' } }]);
    expect(extended.has('anodizing')).toBe(true);
    expect(extended.has('welding')).toBe(true);
    expect(extended.keys.at(-1)).toBe('anodizing');
    expect(PROCESSES.has('anodizing')).toBe(false);
  });

  it('rejects repeated or malformed keys', () => {
    expect(() => extendVocabulary(PROCESSES, [{ key: 'welding', label: { id: 'Las', en: 'Welding' } }])).toThrow(/repeated/);
    expect(() => createVocabulary([{ key: 'Bad Key', label: { id: 'x', en: 'x' } }])).toThrow(/snake case/);
  });
});

import { describe, expect, it } from 'vitest';
import * as ktop from 'regional-innovation-rnd/ktop';
import { MSS_PRESS_RELEASE_2025_01_24 } from 'regional-innovation-rnd/sources';
import { runtimeGraph } from '../support/importGraph';

describe('the ktop entry point', () => {
  it('exports the API of DESIGN.md and the scales', () => {
    expect(Object.keys(ktop).sort()).toEqual([
      'INNOVATION_SCORE_SCALE',
      'ORIGINALITY_GRADE_SCALE',
      'ORIGINALITY_LETTER_SCALE',
      'checkInnovationScore',
      'compareOriginalityGrades',
      'defineScoreBands',
      'formatOriginalityGrade',
      'mapScore',
      'parseOriginalityGrade',
      'readOriginalityGrade',
    ]);
  });

  it('loads neither zod, decimal.js nor date-fns', () => {
    const loaded = [...runtimeGraph('src/ktop/index.ts').values()].flat();
    for (const name of ['zod', 'decimal.js', 'date-fns', '@date-fns/tz'])
      expect(loaded, name).not.toContain(name);
  });

  it('keeps parsing and band mapping free of the locale tables', () => {
    for (const entry of ['src/ktop/originalityGrade.ts', 'src/ktop/scoreBands.ts']) {
      expect([...runtimeGraph(entry).keys()], entry).not.toContain('src/locales/index.ts');
    }
  });
});

describe('the scales and their provenance', () => {
  it('states the two confirmed scales with the press release', () => {
    for (const scale of [ktop.ORIGINALITY_GRADE_SCALE, ktop.INNOVATION_SCORE_SCALE]) {
      expect(scale.confidence).toBe('confirmed');
      expect(scale.sources).toHaveLength(1);
      expect(scale.sources[0]).toMatchObject({
        title: MSS_PRESS_RELEASE_2025_01_24.title,
        date: '2025-01-24',
        publisher: '중소벤처기업부',
      });
    }
    expect(ktop.ORIGINALITY_GRADE_SCALE.value).toEqual({ best: 1, worst: 10 });
    expect(ktop.INNOVATION_SCORE_SCALE.value).toEqual({ min: 0, max: 100 });
  });

  it('keeps "1 is the best" apart from the confirmed ten grades: derived, from the same release', () => {
    const { order } = ktop.ORIGINALITY_GRADE_SCALE;
    expect(order.confidence).toBe('derived');
    expect(order.sources).toEqual(ktop.ORIGINALITY_GRADE_SCALE.sources);
    expect(order.note).toMatch(/1등급/u);
    expect(Object.isFrozen(order)).toBe(true);
    expect(Object.isFrozen(order.sources)).toBe(true);
  });

  it('marks the KTRS letters as a reported convention, with the KTRS reports', () => {
    const scale = ktop.ORIGINALITY_LETTER_SCALE;
    expect(scale.value).toEqual(['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D']);
    expect(scale.confidence).toBe('reported');
    expect(scale.note).toMatch(/not confirmed for K-TOP/u);
    expect(scale.sources.map((source) => source.date)).toEqual(['2008-01-10', '2009-02-02', '2025-01-24']);
    for (const source of scale.sources) expect(source.date).toMatch(/^\d{4}(?:-\d{2}){0,2}$/u);
  });

  it('is frozen all the way down', () => {
    for (const scale of [
      ktop.ORIGINALITY_GRADE_SCALE,
      ktop.INNOVATION_SCORE_SCALE,
      ktop.ORIGINALITY_LETTER_SCALE,
    ]) {
      expect(Object.isFrozen(scale)).toBe(true);
      expect(Object.isFrozen(scale.value)).toBe(true);
      expect(Object.isFrozen(scale.sources)).toBe(true);
      for (const source of scale.sources) expect(Object.isFrozen(source)).toBe(true);
    }
  });
});

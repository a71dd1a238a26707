import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ORIGINALITY_LETTER_SCALE,
  parseOriginalityGrade,
  readOriginalityGrade,
  type OriginalityGrade,
} from 'regional-innovation-rnd/ktop';
import { caughtRulesError } from '../support/errors';

const GRADES: readonly OriginalityGrade[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('readOriginalityGrade: the grade and the form it was read from', () => {
  it.each(GRADES)('reads grade %d in every numbered form as confirmed', (grade) => {
    for (const form of [grade, `${grade}`, ` ${grade} `, `${grade}등급`, `${grade} 등급`]) {
      expect(readOriginalityGrade(form), JSON.stringify(form)).toEqual({
        grade,
        gradeFrom: 'number',
        labelConfirmed: true,
      });
    }
  });

  it.each(ORIGINALITY_LETTER_SCALE.value.map((letter, index) => [letter, index + 1] as const))(
    'reads the KTRS letter %s as grade %d, flagged as not confirmed for K-TOP',
    (letter, grade) => {
      for (const form of [letter, letter.toLowerCase(), ` ${letter}\u3000`]) {
        expect(readOriginalityGrade(form), form).toEqual({
          grade,
          gradeFrom: 'letter',
          labelConfirmed: false,
        });
      }
    },
  );

  it('reads decomposed 등급 (NFD) as a numbered form', () => {
    expect(readOriginalityGrade('7등급'.normalize('NFD'))).toEqual({
      grade: 7,
      gradeFrom: 'number',
      labelConfirmed: true,
    });
  });

  it('agrees with parseOriginalityGrade on every accepted form', () => {
    const forms = fc.oneof(
      fc.constantFrom(...GRADES),
      fc.constantFrom(...GRADES).map((grade) => `${String(grade)}등급`),
      fc
        .tuple(fc.constantFrom(...ORIGINALITY_LETTER_SCALE.value), fc.boolean())
        .map(([letter, lower]) => (lower ? letter.toLowerCase() : letter)),
    );
    fc.assert(
      fc.property(forms, (form) => {
        const reading = readOriginalityGrade(form);
        expect(reading.grade).toBe(parseOriginalityGrade(form));
        expect(reading.gradeFrom === 'letter').toBe(typeof form === 'string' && /[a-d]/iu.test(form));
        expect(reading.labelConfirmed).toBe(reading.gradeFrom === 'number');
      }),
    );
  });

  it.each([['AAAA'], ['T3'], ['E'], ['11등급'], ['0'], [2.5], [null], [{}]])(
    'refuses %o with KTOP_GRADE_INVALID, as parseOriginalityGrade does',
    (input) => {
      const error = caughtRulesError(() => readOriginalityGrade(input));
      expect(error?.code).toBe('KTOP_GRADE_INVALID');
      expect(error?.params).toEqual(caughtRulesError(() => parseOriginalityGrade(input))?.params);
    },
  );

  it('invites numbered grades only: the messages no longer offer the KTRS letters', () => {
    const error = caughtRulesError(() => readOriginalityGrade('Z'));
    expect(error?.messages.ko).not.toMatch(/AAA|문자/u);
    expect(error?.messages.en).not.toMatch(/AAA|letter/u);
    for (const message of [error?.messages.ko, error?.messages.en]) {
      expect(message).toContain('10');
      expect(message).toContain('3등급');
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ORIGINALITY_LETTER_SCALE,
  compareOriginalityGrades,
  formatOriginalityGrade,
  parseOriginalityGrade,
  type GradeStyle,
  type OriginalityGrade,
} from 'regional-innovation-rnd/ktop';
import { isRulesError } from 'regional-innovation-rnd/rules';
import { caughtRulesError, codeOf } from '../support/errors';

const GRADES: readonly OriginalityGrade[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const STYLES: readonly GradeStyle[] = ['number', 'korean', 'letter'];
const LETTERS = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D'] as const;

describe('parseOriginalityGrade', () => {
  it.each(GRADES)('reads grade %d as a number, a numeric string and with 등급', (grade) => {
    for (const form of [
      grade,
      `${grade}`,
      ` ${grade} `,
      `${grade}등급`,
      `${grade} 등급`,
      `\t${grade}  등급\n`,
    ]) {
      expect(parseOriginalityGrade(form), JSON.stringify(form)).toBe(grade);
    }
  });

  it.each(LETTERS.map((letter, index) => [letter, index + 1] as const))(
    'reads the KTRS letter %s as grade %d, in any case, trimmed',
    (letter, grade) => {
      for (const form of [letter, letter.toLowerCase(), ` ${letter} `, `\u3000${letter}\u3000`]) {
        expect(parseOriginalityGrade(form)).toBe(grade);
      }
    },
  );

  it('reads mixed case letters and integral floats', () => {
    expect(parseOriginalityGrade('bBb')).toBe(4);
    expect(parseOriginalityGrade('Cc')).toBe(8);
    expect(parseOriginalityGrade(3.0)).toBe(3);
  });

  it('normalises to NFC first: 등급 in decomposed jamo is read', () => {
    const decomposed = '3등급'.normalize('NFD');
    expect(decomposed).not.toBe('3등급');
    expect(parseOriginalityGrade(decomposed)).toBe(3);
  });

  it('takes 1 and 10, the ends of the scale, and refuses 0 and 11 just outside', () => {
    expect(parseOriginalityGrade(1)).toBe(1);
    expect(parseOriginalityGrade(10)).toBe(10);
    expect(parseOriginalityGrade('10등급')).toBe(10);
    expect(codeOf(() => parseOriginalityGrade(0))).toBe('KTOP_GRADE_INVALID');
    expect(codeOf(() => parseOriginalityGrade(11))).toBe('KTOP_GRADE_INVALID');
    expect(codeOf(() => parseOriginalityGrade('0'))).toBe('KTOP_GRADE_INVALID');
    expect(codeOf(() => parseOriginalityGrade('11'))).toBe('KTOP_GRADE_INVALID');
  });

  it.each([
    [0, '0'],
    [11, '11'],
    [2.5, '2.5'],
    [-1, '-1'],
    [-0, '-0'],
    [0.9999999, '0.9999999'],
    [10.000001, '10.000001'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['', '""'],
    ['   ', '"   "'],
    ['AAAA', '"AAAA"'],
    ['E', '"E"'],
    ['AB', '"AB"'],
    ['BBBB', '"BBBB"'],
    ['DD', '"DD"'],
    ['11등급', '"11등급"'],
    ['0등급', '"0등급"'],
    ['등급', '"등급"'],
    ['03', '"03"'],
    ['3.0', '"3.0"'],
    ['+3', '"+3"'],
    ['3 3', '"3 3"'],
    ['3등급등급', '"3등급등급"'],
    ['등급3', '"등급3"'],
    ['３', '"３"'],
    ['A+', '"A+"'],
    ['T3', '"T3"'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
    [3n, '3n'],
    [{}, '[object Object]'],
    [[3], '[array(1)]'],
  ])('refuses %o with KTOP_GRADE_INVALID, echoing %s', (input, echoed) => {
    const error = caughtRulesError(() => parseOriginalityGrade(input));
    expect(error?.code).toBe('KTOP_GRADE_INVALID');
    expect(error?.params).toEqual({ input: echoed });
    expect(error?.path).toEqual([]);
    expect(error?.messages.ko).toContain(echoed);
    expect(error?.messages.en).toContain(echoed);
  });

  it('refuses boxed numbers and strings', () => {
    expect(codeOf(() => parseOriginalityGrade(Object(3)))).toBe('KTOP_GRADE_INVALID');
    expect(codeOf(() => parseOriginalityGrade(Object('3')))).toBe('KTOP_GRADE_INVALID');
  });

  it('never throws anything but RulesError KTOP_GRADE_INVALID on random input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true }),
        (x) => {
          try {
            const grade = parseOriginalityGrade(x);
            expect(GRADES).toContain(grade);
          } catch (error) {
            expect(isRulesError(error, 'KTOP_GRADE_INVALID')).toBe(true);
          }
        },
      ),
    );
  });

  it('reads every accepted form with random spacing and case (fast-check)', () => {
    const space = fc.constantFrom('', ' ', '  ', '\t', '\u3000', '\n');
    const numbered = fc
      .tuple(fc.constantFrom(...GRADES), space, space, fc.boolean(), space)
      .map(
        ([grade, before, between, suffix, after]) =>
          [grade, `${before}${grade}${suffix ? `${between}등급` : ''}${after}`] as const,
      );
    const lettered = fc
      .tuple(fc.constantFrom(...GRADES), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), space, space)
      .map(([grade, upper, before, after]) => {
        const letter = (LETTERS[grade - 1] as string).replace(/./gu, (c, i: number) =>
          upper[i] === true ? c : c.toLowerCase(),
        );
        return [grade, `${before}${letter}${after}`] as const;
      });
    fc.assert(
      fc.property(fc.oneof(numbered, lettered), ([grade, text]) => {
        expect(parseOriginalityGrade(text)).toBe(grade);
      }),
    );
  });

  it('reads every string it accepts as a grade in 1..10, and random strings never throw anything else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 8 }), (text) => {
        const error = caughtRulesError(() => parseOriginalityGrade(text));
        if (error !== undefined) expect(error.code).toBe('KTOP_GRADE_INVALID');
      }),
    );
  });
});

describe('formatOriginalityGrade', () => {
  it.each(GRADES)('writes grade %d in every style', (grade) => {
    expect(formatOriginalityGrade(grade)).toBe(String(grade));
    expect(formatOriginalityGrade(grade, {})).toBe(String(grade));
    expect(formatOriginalityGrade(grade, { style: 'number' })).toBe(String(grade));
    expect(formatOriginalityGrade(grade, { style: 'korean' })).toBe(`${grade}등급`);
    expect(formatOriginalityGrade(grade, { style: 'letter' })).toBe(LETTERS[grade - 1]);
  });

  it('takes undefined options and an undefined style as the default', () => {
    expect(formatOriginalityGrade(3, undefined)).toBe('3');
    expect(formatOriginalityGrade(3, { style: undefined } as never)).toBe('3');
  });

  it('round-trips: parse(format(g, style)) is g for every grade and style', () => {
    for (const grade of GRADES)
      for (const style of STYLES)
        expect(parseOriginalityGrade(formatOriginalityGrade(grade, { style }))).toBe(grade);
  });

  it.each([
    [0, '0'],
    [11, '11'],
    [2.5, '2.5'],
    [-1, '-1'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['3', '"3"'],
    ['A', '"A"'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, '[object Object]'],
  ])('refuses the grade %o with KTOP_GRADE_INVALID, echoing %s', (grade, input) => {
    const error = caughtRulesError(() =>
      formatOriginalityGrade(grade as OriginalityGrade, { style: 'korean' }),
    );
    expect(error?.code).toBe('KTOP_GRADE_INVALID');
    expect(error?.params).toEqual({ input });
    expect(error?.path).toEqual([]);
  });

  it.each([
    [{ style: 'hangul' }, 'style', '"hangul"', ['style']],
    [{ style: 'Number' }, 'style', '"Number"', ['style']],
    [{ style: null }, 'style', 'null', ['style']],
    [{ style: 1 }, 'style', '1', ['style']],
    [null, 'options', 'null', []],
    ['korean', 'options', '"korean"', []],
    [5, 'options', '5', []],
  ])('refuses the options %o with OPTIONS_INVALID on %s', (options, option, input, path) => {
    const error = caughtRulesError(() => formatOriginalityGrade(3, options as never));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.params).toMatchObject({ option, input });
    expect(error?.path).toEqual(path);
  });

  it('checks the grade before the options', () => {
    expect(codeOf(() => formatOriginalityGrade(0 as OriginalityGrade, { style: 'x' } as never))).toBe(
      'KTOP_GRADE_INVALID',
    );
  });

  it('writes letters from ORIGINALITY_LETTER_SCALE', () => {
    expect(GRADES.map((grade) => formatOriginalityGrade(grade, { style: 'letter' }))).toEqual(
      ORIGINALITY_LETTER_SCALE.value,
    );
  });
});

describe('compareOriginalityGrades', () => {
  it('is negative when a is better (lower), zero when equal, positive when worse', () => {
    expect(compareOriginalityGrades(1, 3)).toBeLessThan(0);
    expect(compareOriginalityGrades(3, 1)).toBeGreaterThan(0);
    expect(compareOriginalityGrades(3, 3)).toBe(0);
    expect(compareOriginalityGrades('A', '3등급')).toBe(0);
    expect(compareOriginalityGrades('AAA', 'D')).toBe(-9);
    expect(compareOriginalityGrades(' 10 등급', 'aa')).toBe(8);
  });

  it('sorts mixed forms best first, as a comparator', () => {
    expect(['5등급', 2, 'AAA', 'd', '7'].sort(compareOriginalityGrades)).toEqual([
      'AAA',
      2,
      '5등급',
      '7',
      'd',
    ]);
  });

  it('refuses a bad grade on either side with KTOP_GRADE_INVALID, echoing it', () => {
    expect(caughtRulesError(() => compareOriginalityGrades(0, 3))?.params).toEqual({ input: '0' });
    expect(caughtRulesError(() => compareOriginalityGrades(3, 'E'))?.params).toEqual({ input: '"E"' });
  });

  const anyForm = fc
    .tuple(fc.constantFrom(...GRADES), fc.constantFrom<GradeStyle | 'raw'>('raw', ...STYLES))
    .map(
      ([grade, style]) =>
        [grade, style === 'raw' ? grade : formatOriginalityGrade(grade, { style })] as const,
    );

  it('is antisymmetric and agrees with the grade numbers, whatever the forms', () => {
    fc.assert(
      fc.property(anyForm, anyForm, ([ga, a], [gb, b]) => {
        const ab = compareOriginalityGrades(a, b);
        expect(Math.sign(ab)).toBe(Math.sign(ga - gb));
        expect(ab + compareOriginalityGrades(b, a)).toBe(0);
        expect(compareOriginalityGrades(a, a)).toBe(0);
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(anyForm, anyForm, anyForm, ([, a], [, b], [, c]) => {
        if (compareOriginalityGrades(a, b) <= 0 && compareOriginalityGrades(b, c) <= 0)
          expect(compareOriginalityGrades(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('never throws anything but RulesError on random input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const error = caughtRulesError(() => compareOriginalityGrades(a, b));
        if (error !== undefined) expect(error.code).toBe('KTOP_GRADE_INVALID');
      }),
    );
  });
});

describe('formatOriginalityGrade: what refused options are told', () => {
  it('says what options it takes when they are not an object', () => {
    const error = caughtRulesError(() => formatOriginalityGrade(3, null as never));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.params).toMatchObject({ option: 'options', input: 'null' });
    expect(error?.params).toHaveProperty('expected', expect.stringMatching(/\S/u));
  });

  it('says which styles it takes when the style is unknown', () => {
    const error = caughtRulesError(() => formatOriginalityGrade(3, { style: 'roman' } as never));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.params).toMatchObject({ option: 'style', input: '"roman"' });
    expect(error?.params).toHaveProperty('expected', expect.stringMatching(/\S/u));
    expect(error?.path).toEqual(['style']);
  });
});

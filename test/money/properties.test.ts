import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKRW, parseKRW } from 'regional-innovation-rnd/money';
import { isRulesError } from '../../src/rules/index';

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);
const RUNS = { numRuns: 500 };

/** parseKRW's outcome as a value to compare: the amount, the reason of the refusal, or both readings. */
function outcome(input: unknown): number | string {
  try {
    return parseKRW(input);
  } catch (error) {
    if (isRulesError(error, 'MONEY_INVALID')) return `refused: ${error.params.reason}`;
    if (isRulesError(error, 'MONEY_AMBIGUOUS')) return ambiguous(...error.params.readings);
    throw error;
  }
}

const ambiguous = (colloquial: number | bigint, literal: number | bigint): string =>
  `ambiguous: ${String(colloquial)} or ${String(literal)}`;

const groupEdge = fc.constantFrom(0, 1, 9, 10, 99, 100, 999, 1_000, 1_001, 9_999);

/** Amounts with many zero groups and groups at their edges, besides plain safe naturals. */
const amount = fc.oneof(
  fc.maxSafeNat(),
  fc
    .tuple(fc.constantFrom(0, 1, 9, 10, 999, 1_000, 9_007), groupEdge, groupEdge, groupEdge)
    .map(([jo, eok, man, won]) => jo * 1e12 + eok * 1e8 + man * 1e4 + won)
    .filter((n) => n <= MAX),
  fc.constantFrom(0, 1, MAX, MAX - 1, 1e4, 1e8, 1e12, 1e15),
);

describe('round trips', () => {
  it('parseKRW reads back what formatKRW writes, in both styles', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('korean', 'digits'), (n, style) => {
        const text = formatKRW(n, { style });
        expect(text.endsWith('원')).toBe(true);
        expect(parseKRW(text)).toBe(n);
        expect(parseKRW(text.normalize('NFD'))).toBe(n);
      }),
      RUNS,
    );
  });

  it('formatKRW writes a number and its bigint alike', () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(formatKRW(BigInt(n))).toBe(formatKRW(n));
        expect(formatKRW(BigInt(n), { style: 'digits' })).toBe(formatKRW(n, { style: 'digits' }));
      }),
    );
  });

  it('the Korean style has no empty group, single spaces and groups below 10,000', () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = formatKRW(n);
        expect(text).not.toMatch(/\s{2}|^\s|\s원|(^|\s)0[조억만]/u);
        for (const group of text.slice(0, -1).split(' ')) {
          expect(Number(group.replace(/[,조억만]/gu, ''))).toBeLessThan(10_000);
        }
      }),
    );
  });
});

describe('agreement between forms of the same amount', () => {
  it('reads String(n) and n.toLocaleString("en-US") as n', () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(parseKRW(String(n))).toBe(n);
        expect(parseKRW(n.toLocaleString('en-US'))).toBe(n);
        expect(parseKRW(`${n.toLocaleString('en-US')}원`)).toBe(n);
      }),
      RUNS,
    );
  });

  it('reads a bigint, its digits, a Decimal and the number alike, or refuses them alike', () => {
    const integers = fc.oneof(
      fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
      fc.bigInt({ min: MAX_BIG - 1000n, max: MAX_BIG + 1000n }),
      fc.maxSafeNat().map(BigInt),
    );
    fc.assert(
      fc.property(integers, (b) => {
        const expected = outcome(b);
        expect(expected).toBe(b < 0n ? 'refused: negative' : b > MAX_BIG ? 'refused: unsafe' : Number(b));
        expect(outcome(b.toString())).toBe(expected);
        expect(outcome(new Decimal(b.toString()))).toBe(expected);
        // Past 2^53 the number is rounded, but it stays unsafe: the reason does not change.
        expect(outcome(Number(b))).toBe(expected);
      }),
      RUNS,
    );
  });

  it('reads any double and its Decimal alike, or refuses them alike', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.maxSafeInteger(), fc.integer()), (d) => {
        expect(outcome(new Decimal(d))).toBe(outcome(d));
      }),
      RUNS,
    );
  });

  it('refuses the negative of every positive amount, as a number and as text', () => {
    fc.assert(
      fc.property(
        amount.filter((n) => n > 0),
        (n) => {
          expect(outcome(-n)).toBe('refused: negative');
          expect(outcome(-BigInt(n))).toBe('refused: negative');
          expect(outcome(`-${formatKRW(n)}`)).toBe('refused: negative');
          expect(outcome(`-${String(n)}`)).toBe('refused: negative');
        },
      ),
    );
  });
});

/** Writes a group value (1–9,999) with 천/백/십, choosing at random where to go on in digits. */
const groupText = (value: number): fc.Arbitrary<string> =>
  fc
    .record({
      style: fc.constantFrom('digits', 'commas', 'units'),
      bare: fc.boolean(),
      cut: fc.integer({ min: 0, max: 3 }),
      space: fc.boolean(),
    })
    .map(({ style, bare, cut, space }) => {
      if (style === 'digits') return String(value);
      if (style === 'commas') return value.toLocaleString('en-US');
      let text = '';
      let rest = value;
      for (const [unit, size] of [
        ['천', 1_000],
        ['백', 100],
        ['십', 10],
      ] as const) {
        if (size < 10 ** cut) break;
        const digit = Math.floor(rest / size);
        rest %= size;
        if (digit === 0) continue;
        text += `${text !== '' && space ? ' ' : ''}${digit === 1 && bare ? '' : String(digit)}${unit}`;
      }
      return rest === 0 ? text : `${text}${String(rest)}`;
    });

describe('Korean amounts written every way', () => {
  it('reads 조·억·만 groups written in digits, commas or 천·백·십, with or without spaces and 원', () => {
    const group = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9_999 }));
    const written = fc
      .tuple(fc.integer({ min: 0, max: 9_999 }), group, group, group)
      .chain((values) =>
        fc.tuple(
          fc.constant(values),
          fc.tuple(...values.map((v) => (v === 0 ? fc.constant('') : groupText(v)))),
          fc.constantFrom('', ' ', '  '),
          fc.constantFrom('', '원', ' 원'),
        ),
      );
    fc.assert(
      fc.property(written, ([values, texts, separator, suffix]) => {
        const [jo, eok, man, won] = values;
        const expected =
          BigInt(jo) * 10n ** 12n + BigInt(eok) * 10n ** 8n + BigInt(man) * 10n ** 4n + BigInt(won);
        const parts = texts.map((t, i) => (t === '' ? '' : `${t}${['조', '억', '만', ''][i] ?? ''}`));
        const body = parts.filter((p) => p !== '').join(separator);
        // Zero written as nothing at all is not an amount ('' is empty, '원' a syntax error).
        fc.pre(body !== '');
        const text = `${body}${suffix}`;
        // A last group after 억 or 조 with no 만 between may mean 만 or 억 units: it does when it
        // has a 천/백/십, or is digits without 원.
        const shift = eok > 0 ? 4n : jo > 0 ? 8n : 0n;
        const lower =
          shift > 0n && man === 0 && won > 0 && (/[천백십]/u.test(texts[3] ?? '') || suffix === '');
        const colloquial = expected + BigInt(won) * (10n ** shift - 1n);
        expect(outcome(text)).toBe(
          expected > MAX_BIG
            ? 'refused: unsafe'
            : lower && colloquial <= MAX_BIG
              ? ambiguous(colloquial, expected)
              : Number(expected),
        );
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads a decimal point wherever the amount is still whole won', () => {
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(['만', 4], ['억', 8], ['조', 12]),
        (mantissa, decimals, [unit, place]) => {
          const digits = String(mantissa).padStart(decimals + 1, '0');
          const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
          // The value is mantissa × 10^(place − decimals), whole when its fraction fits the place.
          const trailing = /0*$/u.exec(String(mantissa))?.[0].length ?? 0;
          const fractionDigits = mantissa === 0 ? 0 : Math.max(0, decimals - trailing);
          const scaled = (BigInt(mantissa) * 10n ** BigInt(place + 12 - decimals)) / 10n ** 12n;
          const expected =
            fractionDigits > place
              ? 'refused: fractional'
              : scaled > MAX_BIG
                ? 'refused: unsafe'
                : Number(scaled);
          expect(outcome(`${text}${unit}`)).toBe(expected);
        },
      ),
      RUNS,
    );
  });

  it('never throws anything but MONEY_INVALID or MONEY_AMBIGUOUS, and never returns anything but a safe natural', () => {
    // Every character here is a single UTF-16 unit, so splitting by code unit is safe.
    const alphabet = '0123456789,. \t원조억만천백십경-−abc₩KRW７，\u3000'.split('');
    const strings = fc.oneof(
      fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string(),
    );
    const EXPECTED = [null, 'digit', 'unit', 'smaller-unit', 'smaller-number', 'comma-group', 'end'];
    fc.assert(
      fc.property(strings, (text) => {
        try {
          const won = parseKRW(text);
          expect(Number.isSafeInteger(won) && won >= 0 && !Object.is(won, -0)).toBe(true);
        } catch (error) {
          if (isRulesError(error, 'MONEY_AMBIGUOUS')) {
            const [colloquial, literal] = error.params.readings;
            expect(Number.isSafeInteger(colloquial) && Number.isSafeInteger(literal)).toBe(true);
            // The colloquial reading counts the last group in larger units.
            expect(colloquial).toBeGreaterThan(literal);
            return;
          }
          if (!isRulesError(error, 'MONEY_INVALID')) throw error;
          const { reason, position, expected } = error.params;
          expect(EXPECTED).toContain(expected);
          if (reason === 'empty') {
            expect([position, expected]).toEqual([null, null]);
          } else {
            // A place in the string as given, up to its end; only syntax errors expect something.
            expect(position).toBeGreaterThanOrEqual(0);
            expect(position).toBeLessThanOrEqual(text.length);
            expect(expected === null).toBe(reason !== 'syntax');
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('points at a stray character in an amount formatKRW writes, in any style or normalisation', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('korean', 'digits'),
        fc.constantFrom('NFC', 'NFD'),
        fc.nat(),
        fc.constantFrom('x', '#', '/', '?', '$'),
        (n, style, form, at, stray) => {
          const text = formatKRW(n, { style }).normalize(form);
          const index = at % (text.length + 1);
          // Not inside a decomposed syllable: a stray character there breaks the syllable before it.
          fc.pre(!/[\u1161-\u11ff]/u.test(text.charAt(index)));
          const broken = `${text.slice(0, index)}${stray}${text.slice(index)}`;
          try {
            parseKRW(broken);
          } catch (error) {
            if (!isRulesError(error, 'MONEY_INVALID')) throw error;
            expect([error.params.reason, error.params.position]).toEqual(['syntax', index]);
            return;
          }
          throw new Error(`${broken} was read`);
        },
      ),
      RUNS,
    );
  });
});

describe('a last group that may mean a unit lower', () => {
  const head = fc.record({ jo: fc.integer({ min: 0, max: 9_000 }), eok: fc.integer({ min: 0, max: 9_999 }) });
  const tail = fc.integer({ min: 1, max: 9_999 });

  it('reads two ways after 억 or 조 when written with 천·백·십 or as bare digits, and one way with 만 or 원', () => {
    fc.assert(
      fc.property(
        head.filter(({ jo, eok }) => jo + eok > 0),
        tail.chain((t) => fc.tuple(fc.constant(t), groupText(t))),
        fc.constantFrom('', ' '),
        ({ jo, eok }, [t, written], separator) => {
          const lead = [jo > 0 ? `${String(jo)}조` : '', eok > 0 ? `${String(eok)}억` : '']
            .filter(Boolean)
            .join(separator);
          const literal = jo * 1e12 + eok * 1e8 + t;
          const lower = (eok > 0 ? 1e4 : 1e8) * t;
          const text = `${lead}${separator}${written}`;
          // With 만 the group is in 만 units; with 원 after digits, in won.
          expect(outcome(`${lead}${separator}${written}만`)).toBe(jo * 1e12 + eok * 1e8 + t * 1e4);
          if (/[천백십]/u.test(written)) {
            expect(outcome(text)).toBe(ambiguous(literal - t + lower, literal));
            expect(outcome(`${text}원`)).toBe(ambiguous(literal - t + lower, literal));
          } else {
            expect(outcome(text)).toBe(ambiguous(literal - t + lower, literal));
            expect(outcome(`${text}원`)).toBe(literal);
            expect(outcome(`${text} KRW`)).toBe(literal);
          }
        },
      ),
      RUNS,
    );
  });

  it('reads one way after 만, or with no larger unit before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999 }),
        tail.chain((t) => fc.tuple(fc.constant(t), groupText(t))),
        (man, [t, written]) => {
          expect(outcome(written)).toBe(t);
          expect(outcome(`${written}원`)).toBe(t);
          expect(outcome(`1억 ${String(man)}만 ${written}`)).toBe(1e8 + man * 1e4 + t);
          expect(outcome(`${String(man)}만${written}`)).toBe(man * 1e4 + t);
        },
      ),
      RUNS,
    );
  });
});

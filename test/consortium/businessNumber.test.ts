// Business registration numbers (사업자등록번호) against an oracle written in the test, and
// duplicates of ids and numbers in a consortium.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkConsortium,
  isValidBusinessNumber,
  readBusinessNumber,
} from 'regional-innovation-rnd/consortium';
import {
  businessCheckDigit,
  businessNumberOracle,
  core,
  goodConsortium,
  goodLead,
  issuesOf,
  member,
  validBusinessNumber,
} from '../support/builders';

const VALID = '120-81-47521';
const RUNS = { numRuns: 300 };
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const nineDigits = fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 9, maxLength: 9 });

describe('the oracle', () => {
  it('computes the check digit of 120-81-4752 by hand: 79 → 1', () => {
    // 1·1 + 2·3 + 0·7 + 8·1 + 1·3 + 4·7 + 7·1 + 5·3 + 2·5 = 78, plus ⌊2·5 ÷ 10⌋ = 1: 79.
    expect(businessCheckDigit('120814752')).toBe(1);
    expect(businessNumberOracle('1208147521')).toBe(true);
  });
});

describe('readBusinessNumber and isValidBusinessNumber', () => {
  it.each([
    [VALID, '1208147521'],
    ['1208147521', '1208147521'],
    [' 120 81 47521 ', '1208147521'],
    ['120-8147521', '1208147521'],
    [validBusinessNumber('000000000'), '0000000000'],
    [validBusinessNumber('999999999'), `999999999${String(businessCheckDigit('999999999'))}`],
  ])('reads %o as %s', (input, digits) => {
    expect(readBusinessNumber(input)).toEqual({ digits });
    expect(isValidBusinessNumber(input)).toBe(true);
  });

  it('refuses every single-digit change of a valid number with checksum', () => {
    const digits = '1208147521';
    let changed = 0;
    for (let i = 0; i < 10; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === digits.charAt(i)) continue;
        const other = `${digits.slice(0, i)}${String(d)}${digits.slice(i + 1)}`;
        expect(businessNumberOracle(other)).toBe(false);
        expect(readBusinessNumber(other)).toEqual({ problem: 'checksum' });
        expect(isValidBusinessNumber(other)).toBe(false);
        changed += 1;
      }
    }
    expect(changed).toBe(90);
  });

  it.each([
    ['too short', '120-81-4752'],
    ['too long', '120-81-475210'],
    ['empty', ''],
    ['blank', '   '],
    ['letters', '12O-81-47521'],
    ['a letter at the end', '120814752a'],
    ['full-width digits', '１２０８１４７５２１'],
    ['Arabic-Indic digits', '١٢٠٨١٤٧٥٢١'],
    ['a plus sign', '+1208147521'],
    ['dots', '120.81.47521'],
  ])('refuses %s with format', (_label, input) => {
    expect(readBusinessNumber(input)).toEqual({ problem: 'format' });
    expect(isValidBusinessNumber(input)).toBe(false);
  });

  it.each([[1208147521], [null], [undefined], [{}], [['1208147521']], [1208147521n]])(
    'isValidBusinessNumber(%o) is false for a non-string',
    (input) => {
      expect(isValidBusinessNumber(input)).toBe(false);
    },
  );

  it('agrees with the oracle on random ten-digit strings', () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), (nine, last) => {
        const ten = `${nine}${String(last)}`;
        expect(isValidBusinessNumber(ten)).toBe(businessNumberOracle(ten));
        expect(readBusinessNumber(ten)).toEqual(
          businessNumberOracle(ten) ? { digits: ten } : { problem: 'checksum' },
        );
      }),
      RUNS,
    );
  });

  it('for random nine-digit prefixes exactly one tenth digit passes, the oracle’s', () => {
    fc.assert(
      fc.property(nineDigits, (nine) => {
        const passing = DIGITS.filter((d) => isValidBusinessNumber(`${nine}${d}`));
        expect(passing).toEqual([String(businessCheckDigit(nine))]);
      }),
      RUNS,
    );
  });

  it('never throws and reads dashes and spaces away', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const read = readBusinessNumber(input);
        const ten = input.trim().replace(/[-\s]/gu, '');
        if (read.digits !== undefined) expect(read.digits).toBe(ten);
        else expect(read.problem).toBe(/^[0-9]{10}$/u.test(ten) ? 'checksum' : 'format');
      }),
      RUNS,
    );
  });
});

describe('business numbers in a consortium', () => {
  const base = goodConsortium('2026', 'supply-chain');

  it('accepts valid numbers, with or without dashes', () => {
    const result = checkConsortium({
      ...base,
      lead: { ...base.lead, businessNumber: VALID },
      members: [
        member('partner', 'sme', { businessNumber: validBusinessNumber('123456789').replaceAll('-', '') }),
        member('uni', 'university'),
      ],
    });
    expect(issuesOf(result)).toEqual([]);
  });

  it.each([
    ['120-81-47520', 'checksum'],
    ['12-3', 'format'],
    ['', 'format'],
  ] as const)('refuses %o with BUSINESS_NUMBER_INVALID %s at its path', (businessNumber, reason) => {
    const result = checkConsortium({
      ...base,
      lead: { ...base.lead, businessNumber },
      members: [base.members[0] ?? member('x', 'sme'), member('uni', 'university', { businessNumber })],
    });
    const issue = {
      code: 'BUSINESS_NUMBER_INVALID',
      params: { input: JSON.stringify(businessNumber), reason },
      rule: 'consortium.business-number',
      confidence: 'confirmed',
    };
    expect(issuesOf(result).map(core)).toEqual([
      { ...issue, path: ['lead', 'businessNumber'] },
      { ...issue, path: ['members', 1, 'businessNumber'] },
    ]);
  });
});

describe('duplicates', () => {
  const base = goodConsortium('2026', 'supply-chain');

  it('refuses a member with the lead’s id with CONSORTIUM_DUPLICATE_ID at its id', () => {
    const result = checkConsortium({ ...base, members: [...base.members, member('lead', 'large')] });
    expect(issuesOf(result).map(core)).toEqual([
      {
        code: 'CONSORTIUM_DUPLICATE_ID',
        path: ['members', 2, 'id'],
        params: { id: 'lead' },
        rule: 'consortium.unique',
        confidence: 'confirmed',
      },
    ]);
  });

  it('reports each repeat of an id among members', () => {
    const result = checkConsortium({
      ...base,
      members: [
        member('x', 'sme'),
        member('uni', 'university'),
        member('x', 'large'),
        member('x', 'midsize'),
      ],
    });
    expect(issuesOf(result).map((i) => [i.code, i.path, i.params])).toEqual([
      ['CONSORTIUM_DUPLICATE_ID', ['members', 2, 'id'], { id: 'x' }],
      ['CONSORTIUM_DUPLICATE_ID', ['members', 3, 'id'], { id: 'x' }],
    ]);
  });

  it('treats ids that differ in case or spaces as different', () => {
    const result = checkConsortium({
      ...base,
      members: [...base.members, member('LEAD', 'large'), member('lead ', 'large')],
    });
    expect(issuesOf(result)).toEqual([]);
  });

  it.each([
    ['the same written form', VALID, VALID],
    ['with and without dashes', VALID, '1208147521'],
    ['with spaces', VALID, ' 120 81 47521 '],
  ])(
    'refuses a business number twice, %s, with CONSORTIUM_DUPLICATE_BUSINESS_NUMBER',
    (_label, first, second) => {
      const result = checkConsortium({
        ...base,
        lead: goodLead('supply-chain', { businessNumber: first }),
        members: [member('partner', 'sme', { businessNumber: second }), member('uni', 'university')],
      });
      expect(issuesOf(result).map(core)).toEqual([
        {
          code: 'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER',
          path: ['members', 0, 'businessNumber'],
          params: { businessNumber: '1208147521' },
          rule: 'consortium.unique',
          confidence: 'confirmed',
        },
      ]);
    },
  );

  it('compares numbers among members too, and reports a duplicate id and number separately', () => {
    const other = validBusinessNumber('314159265');
    const result = checkConsortium({
      ...base,
      members: [
        member('partner', 'sme', { businessNumber: other }),
        member('uni', 'university'),
        member('partner', 'sme', { businessNumber: other.replaceAll('-', '') }),
      ],
    });
    expect(issuesOf(result).map((i) => [i.code, i.path, i.params])).toEqual([
      ['CONSORTIUM_DUPLICATE_ID', ['members', 2, 'id'], { id: 'partner' }],
      [
        'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER',
        ['members', 2, 'businessNumber'],
        { businessNumber: other.replaceAll('-', '') },
      ],
    ]);
  });

  it('does not call an invalid number a duplicate', () => {
    const result = checkConsortium({
      ...base,
      lead: goodLead('supply-chain', { businessNumber: '120-81-47520' }),
      members: [member('partner', 'sme', { businessNumber: '1208147520' }), member('uni', 'university')],
    });
    expect(issuesOf(result).map((i) => [i.code, i.params])).toEqual([
      ['BUSINESS_NUMBER_INVALID', { input: '"120-81-47520"', reason: 'checksum' }],
      ['BUSINESS_NUMBER_INVALID', { input: '"1208147520"', reason: 'checksum' }],
    ]);
  });
});

describe('readBusinessNumber on what is not a string', () => {
  it('refuses anything but a string as a bad format', () => {
    for (const input of [1208147521, null, undefined, ['120-81-47521'], { digits: '1208147521' }]) {
      expect(readBusinessNumber(input as never)).toEqual({ problem: 'format' });
    }
  });
});

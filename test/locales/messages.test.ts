import { describe, expect, it } from 'vitest';
import {
  MESSAGES,
  createIssue,
  createRulesError,
  en,
  formatMessage,
  ko,
  localize,
  localeOption,
} from '../../src/locales/index';
import { codeOf } from '../support/errors';
import { ISSUE_CODES, type IssueCode, type IssueParamsByCode, isRulesError } from '../../src/rules/index';

// One sample of params per code; the record type makes the compiler demand a sample for every code.
const SAMPLES: { [C in IssueCode]: IssueParamsByCode[C] } = {
  OPTIONS_INVALID: { option: 'leadingPercent', input: '120', expected: '0 < leadingPercent ≤ 100' },
  EDITION_UNKNOWN: { input: '"2024"', known: ['2025', '2026'] },
  DATE_INVALID: { input: '"2025-02-30"', expected: 'ISO 8601 with an offset' },
  REGION_UNKNOWN: { input: '"서을"' },
  REGION_AMBIGUOUS: {
    input: '"광주시"',
    candidates: [
      { region: '29', ko: '광주광역시', en: 'Gwangju', capital: false },
      { region: '41', ko: '경기도 광주시', en: 'Gwangju, Gyeonggi', capital: true },
    ],
  },
  INDUSTRY_INVALID: { input: '"busan-x"', reason: 'duplicate-id' },
  TIERING_INVALID_SCORE: { index: 3, cohort: 'busan-silver-care', input: 'NaN' },
  TIERING_INVALID_COHORT: { index: 0, input: '42' },
  TIERING_INVALID_RANK: { input: '11', cohortSize: '10' },
  MONEY_INVALID: { input: '"1억억"', reason: 'syntax', position: 2, expected: 'smaller-unit' },
  MONEY_AMBIGUOUS: { input: '"7억5천"', readings: [750_000_000, 700_005_000] },
  INPUT_INVALID: { problem: 'type', expected: 'number', input: '"abc"' },
  GRANT_TOO_MANY_YEARS: { limit: 2, actual: 3 },
  GRANT_YEAR_CAP_EXCEEDED: { year: 1, limit: 700_000_000, actual: 700_000_001 },
  GRANT_TOTAL_CAP_EXCEEDED: { limit: 1_400_000_000, actual: 1_400_000_001 },
  GRANT_PUBLIC_SHARE_EXCEEDED: {
    year: 1,
    participant: 'lead',
    kind: 'sme',
    limit: '0.75',
    actual: '0.750000001',
  },
  GRANT_CASH_SHARE_TOO_LOW: { year: 2, participant: 'lead', kind: 'sme', limit: '0.1', actual: '0.09' },
  GRANT_PARTICIPANT_ZERO_TOTAL: { year: 1, participant: 'uni' },
  GRANT_PARTICIPANT_DUPLICATE: { year: 1, participant: 'lead' },
  CONSORTIUM_LEAD_KIND: { expected: ['sme'], actual: 'large' },
  CONSORTIUM_LEAD_TIER: { expected: 'leading', actual: null },
  CONSORTIUM_LEAD_REGION: { actual: '11' },
  CONSORTIUM_REQUIREMENT_UNMET: {
    requirement: 'consortium.2026.min-smes',
    kinds: ['sme'],
    limit: 2,
    actual: 1,
  },
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: { allowed: ['university', 'research-institute'], actual: 'large' },
  CONSORTIUM_MEMBER_KINDS_UNKNOWN: { track: 'capability', edition: '2025' },
  CONSORTIUM_DUPLICATE_ID: { id: 'lead' },
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: { businessNumber: '1208147521' },
  BUSINESS_NUMBER_INVALID: { input: '"123-45-67890"', reason: 'checksum' },
  KTOP_GRADE_INVALID: { input: '"11등급"' },
  KTOP_SCORE_INVALID: { input: '100.5', min: 0, max: 100 },
  KTOP_BANDS_INVALID: { index: 2, reason: 'gap' },
  KTOP_SCORE_OUT_OF_BANDS: { input: '-1', min: 0, max: 100 },
};

// Parameters a message leaves out on purpose: DATE_INVALID's `expected` is English for programs
// (the Korean message words it itself); the cohort of a bad score is in the params and the path.
const NOT_SHOWN: Partial<Record<IssueCode, readonly string[]>> = {
  DATE_INVALID: ['expected'],
  TIERING_INVALID_SCORE: ['cohort'],
  // MONEY_INVALID's `expected` is an id the messages put into words.
  MONEY_INVALID: ['expected'],
};

const HANGUL = /[\uAC00-\uD7A3]/u;

describe('message tables', () => {
  it('list every issue code once, in both locales', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect(Object.keys(ko).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...ISSUE_CODES].sort());
    expect(MESSAGES.ko).toBe(ko);
    expect(MESSAGES.en).toBe(en);
  });

  it.each(ISSUE_CODES)('%s: Korean is Korean, English is not, and both show every parameter', (code) => {
    const params = SAMPLES[code];
    const koText = formatMessage(code, params, 'ko');
    const enText = formatMessage(code, params, 'en');
    expect(koText).toMatch(HANGUL);
    expect(enText).toMatch(/^[A-Z][a-z]* /u);
    expect(enText).not.toBe(koText);
    // Each value the message is built from shows in it: strings as given, numbers plain or with
    // thousands separators, lists by their first entry. (Reason codes are worded, not shown.)
    for (const [name, value] of Object.entries(params)) {
      if (name === 'reason' || name === 'problem' || value === null) continue;
      if (NOT_SHOWN[code]?.includes(name)) continue;
      const first: unknown = Array.isArray(value) ? value[0] : undefined;
      const shown = Array.isArray(value)
        ? typeof first === 'number'
          ? [String(first), first.toLocaleString('en-US')]
          : typeof first === 'object' && first !== null
            ? [(first as { ko: string }).ko]
            : [String(first)]
        : typeof value === 'number'
          ? [String(value), value.toLocaleString('en-US')]
          : [String(value)];
      for (const text of [koText, enText])
        expect(
          shown.some((s) => text.includes(s)),
          `${name} in ${text}`,
        ).toBe(true);
    }
    expect(formatMessage(code, params)).toBe(koText);
  });

  it('render every money reason differently', () => {
    const reasons = ['type', 'empty', 'syntax', 'negative', 'fractional', 'not-finite', 'unsafe'] as const;
    for (const locale of ['ko', 'en'] as const) {
      const texts = reasons.map((reason) =>
        formatMessage('MONEY_INVALID', { input: 'x', reason, position: null, expected: null }, locale),
      );
      expect(new Set(texts).size).toBe(reasons.length);
    }
  });

  it('name every known edition in EDITION_UNKNOWN', () => {
    const { en: text } = localize('EDITION_UNKNOWN', SAMPLES.EDITION_UNKNOWN);
    expect(text).toContain('2025');
    expect(text).toContain('2026');
  });
});

describe('createIssue', () => {
  const rule = { id: 'money.whole-won', confidence: 'derived' as const, sources: [] };

  it('builds a typed issue with a frozen copy of the path, Korean by default', () => {
    const path = ['years', 0, 'participants', 1, 'cash'];
    const issue = createIssue('MONEY_INVALID', {
      path,
      params: { input: '-5', reason: 'negative', position: null, expected: null },
      rule,
    });
    path.push('x');
    expect(issue.code).toBe('MONEY_INVALID');
    expect(issue.path).toEqual(['years', 0, 'participants', 1, 'cash']);
    expect(Object.isFrozen(issue.path)).toBe(true);
    expect(issue.params).toEqual({ input: '-5', reason: 'negative', position: null, expected: null });
    expect(issue.rule).toBe(rule);
    expect(issue.message).toBe(
      ko.MONEY_INVALID({ input: '-5', reason: 'negative', position: null, expected: null }),
    );
  });

  it('writes the message in English on request', () => {
    const issue = createIssue('MONEY_INVALID', {
      path: [],
      params: { input: '-5', reason: 'negative', position: null, expected: null },
      rule,
      locale: 'en',
    });
    expect(issue.message).toBe(
      en.MONEY_INVALID({ input: '-5', reason: 'negative', position: null, expected: null }),
    );
  });
});

describe('createRulesError', () => {
  it('builds a RulesError with both messages, path and issues', () => {
    const error = createRulesError('EDITION_UNKNOWN', SAMPLES.EDITION_UNKNOWN, ['edition']);
    expect(isRulesError(error, 'EDITION_UNKNOWN')).toBe(true);
    expect(error.path).toEqual(['edition']);
    expect(error.messages).toEqual(localize('EDITION_UNKNOWN', SAMPLES.EDITION_UNKNOWN));
    expect(error.issues).toEqual([]);
  });
});

describe('localeOption', () => {
  it.each([
    [undefined, 'ko'],
    [{}, 'ko'],
    [{ locale: 'ko' }, 'ko'],
    [{ locale: 'en' }, 'en'],
  ])('reads %o as %s', (options, locale) => {
    expect(localeOption(options)).toBe(locale);
  });

  it.each([[null], ['en'], [5], [{ locale: 'fr' }], [{ locale: null }]])(
    'refuses %o with OPTIONS_INVALID',
    (options) => {
      expect(codeOf(() => localeOption(options))).toBe('OPTIONS_INVALID');
    },
  );
});

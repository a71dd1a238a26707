// The message of every code in both languages, read the way a program officer (Korean) or an
// English reader reads it: names instead of ids, real particles, shares as percents; and the
// tables and formatMessage that the registry gives.
import { describe, expect, it } from 'vitest';
import { MESSAGES, en, formatMessage, ko } from 'regional-innovation-rnd/locales';
import {
  INSTITUTION_KIND_LABELS,
  ISSUE_CODES,
  REGISTRY,
  TIER_LABELS,
  TRACK_LABELS,
  type IssueCode,
  type IssueParamsByCode,
  type Label,
} from 'regional-innovation-rnd/rules';
import { caughtRulesError } from '../support/errors';

// One sample of params per code; the record type makes the compiler demand a sample for every code.
// Echoed values (what a caller typed, its own participant ids) are Korean or numbers here, so that
// any Latin word in a Korean message is the library's own.
const SAMPLES: { [C in IssueCode]: IssueParamsByCode[C] } = {
  OPTIONS_INVALID: { option: 'leadingPercent', input: '120', expected: '0 < leadingPercent ≤ 100' },
  EDITION_UNKNOWN: { input: '"2024"', known: ['2025', '2026'] },
  DATE_INVALID: { input: '"2025-02-30"', expected: 'an ISO 8601 date-time with an offset' },
  REGION_UNKNOWN: { input: '"서을"' },
  REGION_AMBIGUOUS: {
    input: '"광주시"',
    candidates: [
      { region: '29', ko: '광주광역시', en: 'Gwangju', capital: false },
      { region: '41', ko: '경기도 광주시', en: 'Gwangju, Gyeonggi', capital: true },
    ],
  },
  INDUSTRY_INVALID: { input: '"부산-신소재"', reason: 'duplicate-id' },
  TIERING_INVALID_SCORE: { index: 3, cohort: 'busan-silver-care', input: '"높음"' },
  TIERING_INVALID_COHORT: { index: 0, input: '42' },
  TIERING_INVALID_RANK: { input: '11', cohortSize: '10' },
  MONEY_INVALID: { input: '"1억억"', reason: 'syntax', position: 2, expected: 'smaller-unit' },
  MONEY_AMBIGUOUS: { input: '"7억5천"', readings: [750_000_000, 700_005_000] },
  INPUT_INVALID: { problem: 'unknown-key', expected: 'no such key', input: '"연도"' },
  GRANT_TOO_MANY_YEARS: { limit: 2, actual: 3 },
  GRANT_YEAR_CAP_EXCEEDED: { year: 1, limit: 700_000_000, actual: 700_000_001 },
  GRANT_TOTAL_CAP_EXCEEDED: { limit: 1_400_000_000, actual: 1_400_000_001 },
  GRANT_PUBLIC_SHARE_EXCEEDED: {
    year: 1,
    participant: '주관',
    kind: 'sme',
    limit: '0.75',
    actual: '0.800000001',
  },
  GRANT_CASH_SHARE_TOO_LOW: { year: 2, participant: '공동1', kind: 'midsize', limit: '0.13', actual: '0.09' },
  GRANT_PARTICIPANT_ZERO_TOTAL: { year: 1, participant: '대학1' },
  GRANT_PARTICIPANT_DUPLICATE: { year: 1, participant: '주관' },
  CONSORTIUM_LEAD_KIND: { expected: ['sme'], actual: 'large' },
  CONSORTIUM_LEAD_TIER: { expected: 'leading', actual: 'potential' },
  CONSORTIUM_LEAD_REGION: { actual: '11' },
  CONSORTIUM_REQUIREMENT_UNMET: {
    requirement: 'consortium.2026.min-smes',
    kinds: ['sme'],
    limit: 2,
    actual: 1,
  },
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: { allowed: ['university', 'research-institute'], actual: 'large' },
  CONSORTIUM_MEMBER_KINDS_UNKNOWN: { track: 'supply-chain', edition: '2025' },
  CONSORTIUM_DUPLICATE_ID: { id: '주관' },
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: { businessNumber: '1208147521' },
  BUSINESS_NUMBER_INVALID: { input: '"123-45-67890"', reason: 'checksum' },
  KTOP_GRADE_INVALID: { input: '"11등급"' },
  KTOP_SCORE_INVALID: { input: '100.5', min: 0, max: 100 },
  KTOP_BANDS_INVALID: { index: 2, reason: 'gap' },
  KTOP_SCORE_OUT_OF_BANDS: { input: '-1', min: 0, max: 100 },
};

// The params that hold the library's ids (kinds, tiers, tracks, region codes, rule ids, reasons),
// and English text for programs (what an option accepts): a Korean message shows none of them.
const IDS: Partial<Record<IssueCode, readonly string[]>> = {
  OPTIONS_INVALID: ['option', 'expected'],
  DATE_INVALID: ['expected'],
  INDUSTRY_INVALID: ['reason'],
  TIERING_INVALID_SCORE: ['cohort'],
  MONEY_INVALID: ['reason', 'expected'],
  INPUT_INVALID: ['problem', 'expected'],
  GRANT_PUBLIC_SHARE_EXCEEDED: ['kind', 'limit', 'actual'],
  GRANT_CASH_SHARE_TOO_LOW: ['kind', 'limit', 'actual'],
  CONSORTIUM_LEAD_KIND: ['expected', 'actual'],
  CONSORTIUM_LEAD_TIER: ['expected', 'actual'],
  CONSORTIUM_LEAD_REGION: ['actual'],
  CONSORTIUM_REQUIREMENT_UNMET: ['requirement', 'kinds'],
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: ['allowed', 'actual'],
  CONSORTIUM_MEMBER_KINDS_UNKNOWN: ['track'],
  BUSINESS_NUMBER_INVALID: ['reason'],
  KTOP_BANDS_INVALID: ['reason'],
};
// English may name an option and say what it accepts: a programmer reads that half.
const EN_MAY_SHOW: Partial<Record<IssueCode, readonly string[]>> = {
  OPTIONS_INVALID: ['option', 'expected'],
  DATE_INVALID: ['expected'],
  INPUT_INVALID: ['expected'],
  // The caller's own cohort key, as in its data.
  TIERING_INVALID_SCORE: ['cohort'],
};

const idsOf = (code: IssueCode, locale: 'ko' | 'en'): string[] => {
  const params = SAMPLES[code] as Readonly<Record<string, unknown>>;
  return (
    (IDS[code] ?? [])
      // English words for reasons ('gap', 'checksum') are English; kinds, tiers and tracks are not.
      .filter(
        (name) =>
          locale === 'ko' ||
          !((EN_MAY_SHOW[code]?.includes(name) ?? false) || name === 'reason' || name === 'problem'),
      )
      .flatMap((name) => {
        const value = params[name];
        return Array.isArray(value) ? value.map(String) : [String(value)];
      })
  );
};

// The English names the messages print, taken out before looking for ids: 'large company' names
// the kind `large` by its name, not by its id.
const NAME_TABLES: readonly Readonly<Record<string, Label>>[] = [
  INSTITUTION_KIND_LABELS,
  TIER_LABELS,
  TRACK_LABELS,
];
const ENGLISH_NAMES = NAME_TABLES.flatMap((table) => Object.values(table).map((label) => label.en)).sort(
  (a, b) => b.length - a.length,
);
const withoutNames = (text: string): string =>
  ENGLISH_NAMES.reduce((rest, name) => rest.replaceAll(name, '…'), text);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const showsId = (text: string, id: string): boolean =>
  new RegExp(`(?<![\\w.-])${escape(id)}(?![\\w-])`, 'u').test(text);

// A particle written for both readings instead of the right one.
const BOTH_PARTICLES = /\((?:이|가|은|는|을|를|와|과|으)\)|\(으\)로/u;
const HANGUL = /[가-힣]/u;
// Latin words a Korean message may hold: proper names (K-TOP, R&D).
const LATIN_WORD = /[A-Za-z]{2,}/gu;
const LATIN_ALLOWED = new Set(['TOP']);

describe('message tables', () => {
  it('list every issue code once, in both locales, in the order of the codes', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect(Object.keys(ko)).toEqual([...ISSUE_CODES]);
    expect(Object.keys(en)).toEqual([...ISSUE_CODES]);
    expect(Object.keys(REGISTRY)).toEqual([...ISSUE_CODES]);
    expect(MESSAGES.ko).toBe(ko);
    expect(MESSAGES.en).toBe(en);
    for (const code of ISSUE_CODES) {
      expect(ko[code]).toBe(REGISTRY[code].ko);
      expect(en[code]).toBe(REGISTRY[code].en);
      expect(REGISTRY[code].code).toBe(code);
    }
  });

  it('keeps the order of the codes as it was', () => {
    expect(ISSUE_CODES.slice(0, 12)).toEqual([
      'OPTIONS_INVALID',
      'EDITION_UNKNOWN',
      'DATE_INVALID',
      'REGION_UNKNOWN',
      'REGION_AMBIGUOUS',
      'INDUSTRY_INVALID',
      'TIERING_INVALID_SCORE',
      'TIERING_INVALID_COHORT',
      'TIERING_INVALID_RANK',
      'MONEY_INVALID',
      'MONEY_AMBIGUOUS',
      'INPUT_INVALID',
    ]);
    expect(ISSUE_CODES.at(-1)).toBe('KTOP_SCORE_OUT_OF_BANDS');
    expect(ISSUE_CODES).toHaveLength(32);
  });

  it('are frozen: the tables, the registry, its entries and the list of codes', () => {
    for (const table of [ko, en, MESSAGES, REGISTRY, ISSUE_CODES, ...Object.values(REGISTRY)]) {
      expect(Object.isFrozen(table)).toBe(true);
    }
    // Test modules run in strict mode, where writing to a frozen object throws.
    expect(() => {
      (ko as unknown as Record<string, unknown>)['REGION_UNKNOWN'] = () => 'x';
    }).toThrow(TypeError);
    expect(() => {
      (MESSAGES as unknown as Record<string, unknown>)['fr'] = ko;
    }).toThrow(TypeError);
    expect(() => {
      (REGISTRY.REGION_UNKNOWN as unknown as Record<string, unknown>)['ko'] = () => 'x';
    }).toThrow(TypeError);
    expect(() => {
      (ISSUE_CODES as IssueCode[]).push('REGION_UNKNOWN');
    }).toThrow(TypeError);
  });
});

describe.each(ISSUE_CODES)('%s', (code) => {
  const params = SAMPLES[code];
  const koText = formatMessage(code, params, 'ko');
  const enText = formatMessage(code, params, 'en');

  it('is Korean in Korean and English in English, Korean by default', () => {
    expect(koText).toMatch(HANGUL);
    expect(enText).toMatch(/^[A-Z][a-z]* /u);
    expect(enText).not.toBe(koText);
    expect(formatMessage(code, params)).toBe(koText);
  });

  it('shows no id from its params in Korean, and none but by its name in English', () => {
    for (const id of idsOf(code, 'ko')) expect(showsId(koText, id), `${id} in ${koText}`).toBe(false);
    const english = withoutNames(enText);
    for (const id of idsOf(code, 'en')) expect(showsId(english, id), `${id} in ${enText}`).toBe(false);
  });

  it('holds no Latin word in Korean beyond proper names', () => {
    const words = (koText.match(LATIN_WORD) ?? []).filter((word) => !LATIN_ALLOWED.has(word));
    expect(words, koText).toEqual([]);
  });

  it('writes one particle, never both readings', () => {
    expect(koText).not.toMatch(BOTH_PARTICLES);
    expect(enText).not.toMatch(BOTH_PARTICLES);
  });

  it('shows the values a reader needs: echoed input, numbers, names', () => {
    const shown = params as Readonly<Record<string, unknown>>;
    for (const name of ['input', 'participant', 'id', 'businessNumber'] as const) {
      const value = shown[name];
      if (typeof value === 'string') {
        expect(koText).toContain(value);
        expect(enText).toContain(value);
      }
    }
    for (const name of ['limit', 'actual', 'year', 'min', 'max'] as const) {
      const value = shown[name];
      if (typeof value === 'number') {
        for (const text of [koText, enText]) {
          expect(
            [String(value), value.toLocaleString('en-US')].some((s) => text.includes(s)),
            text,
          ).toBe(true);
        }
      }
    }
  });
});

describe('what the messages say', () => {
  it('gives shares as exact percents: 80.0000001% > 75%', () => {
    expect(formatMessage('GRANT_PUBLIC_SHARE_EXCEEDED', SAMPLES.GRANT_PUBLIC_SHARE_EXCEEDED)).toContain(
      '80.0000001% > 75%',
    );
    expect(formatMessage('GRANT_PUBLIC_SHARE_EXCEEDED', SAMPLES.GRANT_PUBLIC_SHARE_EXCEEDED, 'en')).toContain(
      '80.0000001%',
    );
    expect(formatMessage('GRANT_CASH_SHARE_TOO_LOW', SAMPLES.GRANT_CASH_SHARE_TOO_LOW)).toContain('9% < 13%');
    // A share that does not end is printed with the digits the check computed, not rounded further.
    const third = { ...SAMPLES.GRANT_PUBLIC_SHARE_EXCEEDED, actual: '0.76666666666666666667' };
    expect(formatMessage('GRANT_PUBLIC_SHARE_EXCEEDED', third)).toContain('76.666666666666666667% > 75%');
  });

  it('names kinds, tiers, tracks and regions in Korean, with the call’s terms', () => {
    expect(formatMessage('CONSORTIUM_LEAD_KIND', SAMPLES.CONSORTIUM_LEAD_KIND)).toBe(
      '주관연구개발기관이 대기업입니다. 이 내역은 중소기업만 주관할 수 있습니다.',
    );
    expect(formatMessage('CONSORTIUM_LEAD_TIER', SAMPLES.CONSORTIUM_LEAD_TIER)).toBe(
      '주관연구개발기관의 기업군이 잠재기업입니다. 이 내역은 (예비)선도기업만 주관할 수 있습니다.',
    );
    expect(formatMessage('CONSORTIUM_LEAD_TIER', { expected: 'leading', actual: null })).toContain(
      '입력되지 않았습니다',
    );
    expect(formatMessage('CONSORTIUM_LEAD_REGION', SAMPLES.CONSORTIUM_LEAD_REGION)).toContain(
      '수도권(서울특별시)',
    );
    expect(formatMessage('CONSORTIUM_LEAD_REGION', SAMPLES.CONSORTIUM_LEAD_REGION, 'en')).toContain(
      'Seoul (서울특별시)',
    );
    expect(formatMessage('CONSORTIUM_MEMBER_KINDS_UNKNOWN', SAMPLES.CONSORTIUM_MEMBER_KINDS_UNKNOWN)).toBe(
      '2025년 공고 내역1 주력산업 생태계 구축에 참여할 수 있는 기관 유형이 확인되지 않아, 참여기관의 유형은 확인하지 않았습니다.',
    );
    expect(
      formatMessage('CONSORTIUM_MEMBER_KIND_NOT_ALLOWED', SAMPLES.CONSORTIUM_MEMBER_KIND_NOT_ALLOWED),
    ).toContain('대학, 연구기관');
    expect(formatMessage('GRANT_YEAR_CAP_EXCEEDED', SAMPLES.GRANT_YEAR_CAP_EXCEEDED)).toBe(
      '1차년도 정부지원연구개발비(국비·지방비) 700,000,001원이 연간 한도 700,000,000원을 넘습니다.',
    );
    expect(formatMessage('GRANT_TOO_MANY_YEARS', SAMPLES.GRANT_TOO_MANY_YEARS)).toContain('연구개발기간');
    expect(formatMessage('GRANT_CASH_SHARE_TOO_LOW', SAMPLES.GRANT_CASH_SHARE_TOO_LOW)).toContain(
      '공동1(중견기업)의 기관부담연구개발비 중 현금 비율',
    );
  });

  it('puts the Korean term beside the English name where a reader looks it up in the notice', () => {
    expect(formatMessage('CONSORTIUM_LEAD_KIND', SAMPLES.CONSORTIUM_LEAD_KIND, 'en')).toBe(
      'The lead (주관연구개발기관) is a large company; only an SME may lead this track.',
    );
    expect(formatMessage('CONSORTIUM_LEAD_TIER', SAMPLES.CONSORTIUM_LEAD_TIER, 'en')).toContain(
      'a leading company ((예비)선도기업)',
    );
    expect(formatMessage('GRANT_YEAR_CAP_EXCEEDED', SAMPLES.GRANT_YEAR_CAP_EXCEEDED, 'en')).toContain(
      'Public money (정부지원연구개발비)',
    );
  });

  it('renders every money reason, bands reason and input problem differently', () => {
    const money = ['type', 'empty', 'syntax', 'negative', 'fractional', 'not-finite', 'unsafe'] as const;
    const bands = ['shape', 'empty', 'not-finite', 'empty-band', 'unsorted', 'gap', 'overlap'] as const;
    const problems = ['type', 'missing', 'unknown-key', 'value', 'size', 'unreadable', 'other'] as const;
    for (const locale of ['ko', 'en'] as const) {
      const texts = [
        money.map((reason) =>
          formatMessage('MONEY_INVALID', { input: '0', reason, position: null, expected: null }, locale),
        ),
        bands.map((reason) => formatMessage('KTOP_BANDS_INVALID', { index: 1, reason }, locale)),
        problems.map((problem) =>
          formatMessage('INPUT_INVALID', { problem, expected: 'x', input: '1' }, locale),
        ),
      ];
      for (const list of texts) expect(new Set(list).size).toBe(list.length);
    }
  });

  it('names every known edition, as years in Korean', () => {
    expect(formatMessage('EDITION_UNKNOWN', SAMPLES.EDITION_UNKNOWN)).toContain('2025년, 2026년');
    expect(formatMessage('EDITION_UNKNOWN', SAMPLES.EDITION_UNKNOWN, 'en')).toContain('2025, 2026');
  });
});

describe('formatMessage refuses what it cannot write, with OPTIONS_INVALID', () => {
  it.each([['NOPE'], ['__proto__'], ['toString'], ['constructor'], [42], [null]])('code %s', (code) => {
    const error = caughtRulesError(() => formatMessage(code as never, { input: '"서을"' } as never));
    expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', ['code']]);
  });

  it.each([['fr'], ['KO'], [null], ['']])('locale %s', (locale) => {
    const error = caughtRulesError(() =>
      formatMessage('REGION_UNKNOWN', { input: '"서을"' }, locale as never),
    );
    expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', ['locale']]);
    expect(error?.params).toMatchObject({ option: 'locale' });
  });

  it.each([[null], [undefined], ['"서을"'], [5]])('params %s', (params) => {
    const error = caughtRulesError(() => formatMessage('REGION_UNKNOWN', params as never));
    expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', ['params']]);
  });

  it.each([
    ['without a list it needs', {}],
    ['with a list of lists', { input: '"2024"', known: [['2025']] }],
    [
      'with a list longer than any the library writes',
      { input: '"2024"', known: Array.from({ length: 101 }, (_, i) => String(i)) },
    ],
    [
      'with a getter that throws',
      {
        input: '"2024"',
        get known(): never {
          throw new Error('no');
        },
      },
    ],
  ])('params of another shape: %s', (_name, params) => {
    const error = caughtRulesError(() => formatMessage('EDITION_UNKNOWN', params as never, 'en'));
    expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', ['params']]);
  });

  it('writes params of the library’s shape, lists of records included', () => {
    expect(formatMessage('REGION_AMBIGUOUS', SAMPLES.REGION_AMBIGUOUS)).toContain('경기도 광주시(수도권)');
    expect(
      formatMessage('EDITION_UNKNOWN', {
        input: '"2024"',
        known: Array.from({ length: 100 }, (_, i) => String(i)),
      }),
    ).toContain('99년');
  });
});

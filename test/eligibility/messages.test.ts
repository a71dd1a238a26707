// Every finding's sentence, in Korean and in English, for companies that reach each way a rule
// can decide: Korean text carries no English ids or JSON, English text no raw values, and each
// language says something of its own.
import { describe, expect, it } from 'vitest';
import {
  assessEligibility,
  type AssessOptions,
  type CompanyProfile,
} from 'regional-innovation-rnd/eligibility';
import type { Finding } from 'regional-innovation-rnd/rules';

const base: CompanyProfile = { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading' };
const on2026: AssessOptions = { edition: '2026', track: 'supply-chain' };

const CASES: readonly [string, Partial<Record<keyof CompanyProfile, unknown>>, Partial<AssessOptions>][] = [
  ['a company in every way undecided', { industry: undefined, tier: undefined }, { edition: '2025' }],
  ['a large company in 경기 with a 경기 name', { kind: 'large', region: '경기', industry: '첨단반도체' }, {}],
  ['a 미래신산업 of 부산', { industry: '전력반도체' }, {}],
  ['a recognised industry on 부산’s complete list of others', { industry: '디지털헬스케어' }, {}],
  [
    'a recognised industry outside 대전’s incomplete list',
    { region: '대전', industry: '디지털헬스케어' },
    {},
  ],
  ['a typo with suggestions', { region: '경북', industry: '라이프케어소' }, {}],
  ['an unknown name in an incomplete list', { region: '대전', industry: '지능형로봇' }, {}],
  ['a typo in a complete list', { industry: '실버케어테' }, {}],
  ['the other tier', { tier: 'potential' }, {}],
  ['R&D intensity of 500%', { rndIntensity: 5 }, {}],
  ['short R&D intensity and fast growth', { rndIntensity: 0.04, salesGrowth: 1.5 }, {}],
  [
    'sales short of the thresholds',
    { sales: '10억', salesGrowth: 0.01 },
    { edition: '2025', overrides: { minSales: '15억', minSalesGrowth: 0.05 } },
  ],
  [
    'sales meeting the thresholds',
    { sales: '20억', salesGrowth: 0.1, rndIntensity: 1.2 },
    { edition: '2025', overrides: { minSales: '15억', minSalesGrowth: 0.05 } },
  ],
  ['head count under the threshold', { employees: 3 }, { overrides: { minEmployees: 5 } }],
  ['head count at the threshold', { employees: 5 }, { overrides: { minEmployees: 5 } }],
  ['head count without a threshold', { employees: 5 }, {}],
  [
    'requirements attested both ways',
    { ktop: { innovationScore: 80, originalityGrade: 2 } },
    { attest: { 'eligibility.location': true, 'eligibility.tax-arrears': false } },
  ],
];

const IDS =
  /\b(sme|midsize|large|university|research-institute|nonprofit|supply-chain|capability|leading|potential|overrides|attest)\b/u;
const RAW = /undefined|null|NaN|\[object|\{"/u;
// A particle written for both readings instead of the right one.
const BOTH_PARTICLES = /\((?:이|가|은|는|을|를|와|과|으)\)/u;

function assess(
  company: Partial<Record<keyof CompanyProfile, unknown>>,
  options: Partial<AssessOptions>,
  locale: 'ko' | 'en',
) {
  return assessEligibility({ ...base, ...company } as CompanyProfile, { ...on2026, ...options, locale });
}

describe('finding sentences', () => {
  it.each(CASES)(
    '%s: Korean without English ids, English of its own, no raw values',
    (_name, company, options) => {
      const ko = assess(company, options, 'ko');
      const en = assess(company, options, 'en');
      ko.findings.forEach((finding: Finding, i) => {
        const english = en.findings[i] as Finding;
        expect(finding.message, finding.rule.id).not.toMatch(IDS);
        expect(finding.message, finding.rule.id).not.toMatch(RAW);
        expect(finding.message, finding.rule.id).not.toMatch(BOTH_PARTICLES);
        expect(english.message, english.rule.id).not.toMatch(RAW);
        expect(english.message).not.toBe(finding.message);
        expect(english.params).toEqual(finding.params);
      });
      expect(ko.explanation.split('\n').slice(1).join('\n')).not.toMatch(RAW);
      expect(en.explanation).not.toMatch(RAW);
    },
  );

  it('gives each way the key-industry rule decides a sentence of its own', () => {
    for (const locale of ['ko', 'en'] as const) {
      const messages = CASES.slice(0, 8).map(
        ([, company, options]) =>
          assess(company, options, locale).findings.find((f) => f.rule.id === 'eligibility.key-industry')
            ?.message,
      );
      expect(new Set(messages).size).toBe(8);
    }
  });

  it('names the matched industry in English in English, with its Korean name beside it', () => {
    const en = assess({}, {}, 'en').findings.find((f) => f.rule.id === 'eligibility.key-industry');
    expect(en?.params['matched']).toMatchObject({
      id: 'busan-silver-care-tech',
      ko: '실버케어테크',
      origin: 'library',
    });
    expect(en?.message).toContain(`${(en?.params['matched'] as { en: string }).en} (실버케어테크)`);
  });
});

describe('particles follow the word they attach to', () => {
  const messageOf = (company: Partial<Record<keyof CompanyProfile, unknown>>, ruleId: string) =>
    assess(company, { edition: '2025' }, 'ko').findings.find((f) => f.rule.id === ruleId)?.message;

  it('a name ending in a vowel takes 는, one ending in a consonant 은', () => {
    // 실버케어테크 ends in 크 (no final consonant); 전기·자율모빌리티 부품 ends in 품 (final ㅁ).
    expect(messageOf({ industry: '실버케어테크' }, 'eligibility.key-industry')).toMatch(/^실버케어테크는 /u);
    expect(
      messageOf({ region: '대구', industry: '전기·자율모빌리티 부품' }, 'eligibility.key-industry'),
    ).toMatch(/^전기·자율모빌리티 부품은 /u);
  });

  it('and 가 or 이 likewise', () => {
    // 대전's list is not complete: whether a known name of elsewhere is one of its 주축산업 is unknown.
    expect(messageOf({ region: '대전', industry: '실버케어테크' }, 'eligibility.key-industry')).toContain(
      '실버케어테크가 주축산업인지',
    );
    expect(
      messageOf({ region: '대전', industry: '전기·자율모빌리티 부품' }, 'eligibility.key-industry'),
    ).toContain('전기·자율모빌리티 부품이 주축산업인지');
  });

  it('a company group (기업군) by its name, with its particle', () => {
    expect(messageOf({ tier: 'potential' }, 'eligibility.tier')).toBe(
      '기업군이 잠재기업입니다. 이 내역은 (예비)선도기업이 신청합니다.',
    );
    expect(messageOf({}, 'eligibility.tier')).toBe('기업군이 (예비)선도기업으로, 이 내역의 신청 대상입니다.');
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessEligibility,
  type AssessOptions,
  type CompanyProfile,
} from 'regional-innovation-rnd/eligibility';
import { EDITION_IDS, getEdition } from 'regional-innovation-rnd/program';
import { NON_CAPITAL_REGION_CODES } from 'regional-innovation-rnd/regions';
import type { EditionId, FindingStatus, TrackId } from 'regional-innovation-rnd/rules';
import { attestingAll } from 'regional-innovation-rnd/testing';
import { caughtRulesError } from '../support/errors';
import { findingMessage } from '../../src/eligibility/messages';

const TRACKS: readonly TrackId[] = ['supply-chain', 'capability'];
const RULES = [
  'eligibility.sme',
  'eligibility.non-capital-region',
  'eligibility.key-industry',
  'eligibility.tier',
  'eligibility.sales',
] as const;
type RuleId = (typeof RULES)[number];

// A company that meets every rule of the edition and track: in 2026 through R&D intensity, in
// 2025 through sales thresholds the caller supplies.
function base(edition: EditionId, track: TrackId): { company: CompanyProfile; options: AssessOptions } {
  const tier = getEdition(edition).tracks[track].applicantTier;
  const company: CompanyProfile =
    edition === '2026'
      ? { kind: 'sme', region: '부산', industry: '실버케어테크', tier, rndIntensity: 0.05 }
      : { kind: 'sme', region: '부산', industry: '실버케어테크', tier, sales: '20억', salesGrowth: 0.1 };
  // Every requirement the sources do not state, attested as met (requirements.test.ts tests them).
  const attest = attestingAll(edition);
  const options: AssessOptions =
    edition === '2026'
      ? { edition, track, attest }
      : { edition, track, attest, overrides: { minSales: '15억', minSalesGrowth: 0.05 } };
  return { company, options };
}

interface Scenario {
  readonly name: string;
  readonly company?: Partial<Record<keyof CompanyProfile, unknown>>;
  readonly overrides?: AssessOptions['overrides'] | null;
  readonly expect: Partial<Record<RuleId, FindingStatus>>;
  readonly outcome?: 'eligible' | 'ineligible' | 'undetermined';
}

function scenarios(edition: EditionId, track: TrackId): Scenario[] {
  const tier = getEdition(edition).tracks[track].applicantTier;
  const otherTier = tier === 'leading' ? 'potential' : 'leading';
  const list: Scenario[] = [
    {
      name: 'meets every rule',
      expect: Object.fromEntries(RULES.map((r) => [r, 'pass'])),
      outcome: 'eligible',
    },
  ];
  for (const kind of ['midsize', 'large', 'university', 'research-institute', 'nonprofit']) {
    list.push({
      name: `a ${kind} is not an SME`,
      company: { kind },
      expect: { 'eligibility.sme': 'fail' },
      outcome: 'ineligible',
    });
  }
  for (const region of ['서울', '인천', '경기', '11', 'Incheon', '경기도']) {
    list.push({
      name: `${region} is in the capital region`,
      company: { region, industry: undefined },
      expect: { 'eligibility.non-capital-region': 'fail' },
      outcome: 'ineligible',
    });
  }
  for (const region of [...NON_CAPITAL_REGION_CODES, '42', '45']) {
    list.push({
      name: `region ${region} is non-capital`,
      company: { region, industry: undefined },
      expect: { 'eligibility.non-capital-region': 'pass', 'eligibility.key-industry': 'unknown' },
      outcome: 'undetermined',
    });
  }
  list.push(
    {
      name: 'no industry given',
      company: { industry: undefined },
      expect: { 'eligibility.key-industry': 'unknown' },
      outcome: 'undetermined',
    },
    {
      name: 'an industry absent from 부산’s complete list',
      company: { industry: '디지털헬스케어' },
      expect: { 'eligibility.key-industry': 'fail' },
      outcome: 'ineligible',
    },
    {
      name: 'an industry not known in 대전’s incomplete list',
      company: { region: '대전', industry: '지능형로봇' },
      expect: { 'eligibility.key-industry': 'unknown' },
      outcome: 'undetermined',
    },
    {
      name: 'a listed industry, by a loose spelling',
      company: { industry: '실버케어 테크' },
      expect: { 'eligibility.key-industry': 'pass' },
      outcome: 'eligible',
    },
    {
      name: 'no tier given',
      company: { tier: undefined },
      expect: { 'eligibility.tier': 'unknown' },
      outcome: 'undetermined',
    },
    {
      name: 'the other track’s tier',
      company: { tier: otherTier },
      expect: { 'eligibility.tier': 'fail' },
      outcome: 'ineligible',
    },
    {
      name: 'no tier at all',
      company: { tier: 'none' },
      expect: { 'eligibility.tier': 'fail' },
      outcome: 'ineligible',
    },
    {
      name: 'K-TOP results change nothing',
      company: { ktop: { innovationScore: 87.5, originalityGrade: 3 } },
      expect: { 'eligibility.sales': 'pass' },
      outcome: 'eligible',
    },
  );
  if (edition === '2026') {
    list.push(
      {
        name: 'R&D intensity 4.99% without thresholds',
        company: { rndIntensity: 0.0499 },
        expect: { 'eligibility.sales': 'unknown' },
        outcome: 'undetermined',
      },
      {
        name: 'R&D intensity 5%',
        company: { rndIntensity: 0.05 },
        expect: { 'eligibility.sales': 'pass' },
        outcome: 'eligible',
      },
      {
        name: 'R&D intensity 5.01%',
        company: { rndIntensity: 0.0501 },
        expect: { 'eligibility.sales': 'pass' },
        outcome: 'eligible',
      },
      {
        name: 'R&D intensity 4.99% and sales below the thresholds given',
        company: { rndIntensity: 0.0499, sales: '10억', salesGrowth: 0.01 },
        overrides: { minSales: '15억', minSalesGrowth: 0.05 },
        expect: { 'eligibility.sales': 'fail' },
        outcome: 'ineligible',
      },
      {
        name: 'R&D intensity 4.99% but sales meet the thresholds given',
        company: { rndIntensity: 0.0499, sales: '15억', salesGrowth: 0.05 },
        overrides: { minSales: '15억', minSalesGrowth: 0.05 },
        expect: { 'eligibility.sales': 'pass' },
        outcome: 'eligible',
      },
      {
        name: 'no R&D intensity and no thresholds',
        company: { rndIntensity: undefined },
        expect: { 'eligibility.sales': 'unknown' },
        outcome: 'undetermined',
      },
    );
  } else {
    list.push(
      {
        name: 'no thresholds given: the sales rule is unknown',
        overrides: null,
        expect: { 'eligibility.sales': 'unknown' },
        outcome: 'undetermined',
      },
      {
        name: 'R&D intensity does not replace the sales rule in 2025',
        overrides: null,
        company: { rndIntensity: 0.5 },
        expect: { 'eligibility.sales': 'unknown' },
        outcome: 'undetermined',
      },
      {
        name: 'sales exactly at the threshold',
        company: { sales: 1_500_000_000 },
        expect: { 'eligibility.sales': 'pass' },
        outcome: 'eligible',
      },
      {
        name: 'sales one won below the threshold',
        company: { sales: 1_499_999_999 },
        expect: { 'eligibility.sales': 'fail' },
        outcome: 'ineligible',
      },
      {
        name: 'growth exactly at the threshold',
        company: { salesGrowth: 0.05 },
        expect: { 'eligibility.sales': 'pass' },
        outcome: 'eligible',
      },
      {
        name: 'growth just below the threshold',
        company: { salesGrowth: 0.0499 },
        expect: { 'eligibility.sales': 'fail' },
        outcome: 'ineligible',
      },
    );
  }
  return list;
}

describe.each(EDITION_IDS.flatMap((edition) => TRACKS.map((track) => [edition, track] as const)))(
  'assessEligibility, %s %s',
  (edition, track) => {
    const table = scenarios(edition, track);

    it('has at least 30 scenarios', () => {
      expect(table.length).toBeGreaterThanOrEqual(30);
    });

    it.each(table.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) => {
      const { company, options } = base(edition, track);
      const assessed = assessEligibility(
        { ...company, ...scenario.company } as CompanyProfile,
        scenario.overrides === null
          ? { edition, track, attest: options.attest ?? {} }
          : { ...options, ...(scenario.overrides ? { overrides: scenario.overrides } : {}) },
      );
      const statuses = Object.fromEntries(assessed.findings.map((f) => [f.rule.id, f.status]));
      expect(statuses).toMatchObject(scenario.expect);
      if (scenario.outcome !== undefined) expect(assessed.outcome).toBe(scenario.outcome);
      expect(assessed.findings.map((f) => f.rule.id)).toEqual([
        ...RULES,
        ...getEdition(edition).eligibility.requirements.map((r) => r.id),
        'eligibility.ktop',
      ]);
      for (const finding of assessed.findings) {
        expect(finding.rule.sources.length).toBeGreaterThan(0);
        expect(finding.message.length).toBeGreaterThan(0);
      }
      // The same in English: the same verdicts and numbers, other words.
      const inEnglish = assessEligibility({ ...company, ...scenario.company } as CompanyProfile, {
        ...(scenario.overrides === null
          ? { edition, track, attest: options.attest ?? {} }
          : { ...options, ...(scenario.overrides ? { overrides: scenario.overrides } : {}) }),
        locale: 'en',
      });
      expect(inEnglish.findings.map((f) => [f.status, f.params])).toEqual(
        assessed.findings.map((f) => [f.status, f.params]),
      );
      inEnglish.findings.forEach((finding, i) => {
        expect(finding.message).not.toBe(assessed.findings[i]?.message);
      });
    });
  },
);

describe('assessEligibility rules of the outcome', () => {
  it('any fail → ineligible, else any unknown → undetermined, else eligible; K-TOP never counts', () => {
    const { company, options } = base('2026', 'capability');
    const all = assessEligibility(company, options);
    expect(all.outcome).toBe('eligible');
    expect(all.findings.at(-1)).toMatchObject({ role: 'information', status: 'unknown' });
    expect(assessEligibility({ ...company, tier: undefined, kind: 'large' }, options).outcome).toBe(
      'ineligible',
    );
  });

  it('writes English on request, with the same statuses and params', () => {
    const { company, options } = base('2025', 'supply-chain');
    const ko = assessEligibility(company, options);
    const en = assessEligibility(company, { ...options, locale: 'en' });
    expect(en.findings.map((f) => [f.rule.id, f.status, f.params])).toEqual(
      ko.findings.map((f) => [f.rule.id, f.status, f.params]),
    );
    expect(en.explanation).not.toBe(ko.explanation);
  });

  it('records where the thresholds came from', () => {
    const { company, options } = base('2025', 'capability');
    const sales = assessEligibility(company, options).findings.find((f) => f.rule.id === 'eligibility.sales');
    expect(sales?.params).toMatchObject({
      thresholdsFrom: 'overrides',
      minSales: 1_500_000_000,
      minSalesGrowth: 0.05,
      via: 'sales',
    });
  });

  it('is deterministic and JSON-serialisable', () => {
    const { company, options } = base('2026', 'supply-chain');
    expect(JSON.parse(JSON.stringify(assessEligibility(company, options)))).toEqual(
      assessEligibility(company, options),
    );
  });
});

describe('assessEligibility on bad input', () => {
  const { company, options } = base('2026', 'capability');
  it.each([
    ['an unknown edition', company, { ...options, edition: '2024' }, 'EDITION_UNKNOWN', ['edition']],
    ['an unknown region', { ...company, region: '서을' }, options, 'REGION_UNKNOWN', ['region']],
    ['sales that are not money', { ...company, sales: 'abc' }, options, 'MONEY_INVALID', ['sales']],
    [
      'a ratio that is not a number',
      { ...company, rndIntensity: Number.NaN },
      options,
      'INPUT_INVALID',
      ['rndIntensity'],
    ],
    [
      'a threshold that is not money',
      company,
      { ...options, overrides: { minSales: -1 } },
      'MONEY_INVALID',
      ['overrides', 'minSales'],
    ],
    ['no company', null, options, 'INPUT_INVALID', []],
    ['no options', company, null, 'OPTIONS_INVALID', []],
    ['an unknown locale', company, { ...options, locale: 'fr' }, 'OPTIONS_INVALID', ['locale']],
    ['an unknown track', company, { ...options, track: 'other' }, 'INPUT_INVALID', ['track']],
    [
      'a K-TOP score above 100',
      { ...company, ktop: { innovationScore: 100.5 } },
      options,
      'KTOP_SCORE_INVALID',
      ['ktop', 'innovationScore'],
    ],
    [
      'a K-TOP grade of 11',
      { ...company, ktop: { originalityGrade: 11 } },
      options,
      'KTOP_GRADE_INVALID',
      ['ktop', 'originalityGrade'],
    ],
  ])('throws a RulesError for %s', (_label, c, o, code, path) => {
    const error = caughtRulesError(() => assessEligibility(c as CompanyProfile, o as AssessOptions));
    expect(error?.code).toBe(code);
    expect(error?.path).toEqual(path);
  });
});

// Three explanations pinned as golden files: a change to any sentence or verdict shows in review.
// UPDATE_GOLDEN=1 npx vitest run test/eligibility rewrites them.
describe('golden explanations', () => {
  const cases: readonly [string, CompanyProfile, AssessOptions][] = [
    [
      '2026-supply-chain-eligible.ko.txt',
      base('2026', 'supply-chain').company,
      base('2026', 'supply-chain').options,
    ],
    [
      '2025-capability-undetermined.en.txt',
      { kind: 'sme', region: '대전', industry: '지능형로봇', tier: 'potential' },
      { edition: '2025', track: 'capability', locale: 'en' },
    ],
    [
      '2026-capability-ineligible.ko.txt',
      {
        kind: 'large',
        region: '경기',
        tier: 'leading',
        rndIntensity: 0.0499,
        ktop: { innovationScore: 72, originalityGrade: 'A' },
      },
      { edition: '2026', track: 'capability' },
    ],
  ];
  it.each(cases)('%s', (file, company, options) => {
    const path = join(import.meta.dirname, '..', 'golden', file);
    const text = `${assessEligibility(company, options).explanation}\n`;
    // A missing golden file fails like a changed one; UPDATE_GOLDEN=1 writes them.
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, text);
    expect(existsSync(path), `${file} (UPDATE_GOLDEN=1 writes it)`).toBe(true);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});

describe('the sales finding says which way is undecided', () => {
  const salesOf = (company: CompanyProfile, options: AssessOptions) =>
    assessEligibility(company, options).findings.find((finding) => finding.rule.id === 'eligibility.sales');
  const company: CompanyProfile = { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading' };
  const cases: readonly [string, CompanyProfile, AssessOptions, Record<string, unknown>][] = [
    // Thresholds not public, no R&D intensity: both ways open.
    [
      'thresholds unknown',
      company,
      { edition: '2026', track: 'supply-chain' },
      { bySales: 'unknown', byRndIntensity: 'unknown', minSales: null },
    ],
    // Thresholds given by the caller, the company's figures not.
    [
      'figures missing',
      company,
      { edition: '2026', track: 'supply-chain', overrides: { minSales: '15억', minSalesGrowth: 0.05 } },
      { bySales: 'unknown', byRndIntensity: 'unknown', minSales: 1_500_000_000, sales: null },
    ],
    // Short of the caller's thresholds; R&D intensity could still replace the rule in 2026.
    [
      'short, intensity open',
      { ...company, sales: '10억', salesGrowth: 0.1 },
      { edition: '2026', track: 'supply-chain', overrides: { minSales: '15억', minSalesGrowth: 0.05 } },
      { bySales: 'fail', byRndIntensity: 'unknown' },
    ],
    // R&D intensity 4.99% against 5%: that way fails; the sales way is unknown.
    [
      'intensity short',
      { ...company, rndIntensity: 0.0499 },
      { edition: '2026', track: 'supply-chain' },
      { bySales: 'unknown', byRndIntensity: 'fail', rndIntensity: 0.0499, minPercent: 5 },
    ],
    // 2025 has no R&D-intensity alternative.
    [
      'no alternative in 2025',
      company,
      { edition: '2025', track: 'supply-chain' },
      { bySales: 'unknown', byRndIntensity: null, minPercent: null },
    ],
  ];
  it.each(cases)('%s', (_name, profile, options, params) => {
    const ko = salesOf(profile, options);
    const en = salesOf(profile, { ...options, locale: 'en' });
    expect(ko?.status).toBe('unknown');
    expect(ko?.params).toMatchObject(params);
    expect(en?.params).toEqual(ko?.params);
  });
  it('gives each situation its own sentence, in both languages', () => {
    for (const locale of ['ko', 'en'] as const) {
      const messages = cases.map(([, profile, options]) => salesOf(profile, { ...options, locale })?.message);
      expect(new Set(messages).size).toBe(cases.length);
    }
  });
  it('names tiers by their program names and never prints a missing K-TOP value', () => {
    const result = assessEligibility(company, { edition: '2026', track: 'capability', locale: 'ko' });
    expect(result.explanation).toContain('(예비)선도기업');
    expect(result.explanation).toContain('잠재기업');
    expect(result.explanation).not.toMatch(/leading|potential|null|undefined|미입력/u);
    const en = assessEligibility(
      { ...company, ktop: { originalityGrade: 3 } },
      { edition: '2026', track: 'supply-chain', locale: 'en' },
    );
    expect(en.explanation).toContain('originality grade 3');
    expect(en.explanation).not.toMatch(/null|undefined|not given points/u);
  });
});

describe('Korean particles after industry names', () => {
  it.each([
    ['실버케어테크', '실버케어테크는'], // 크: no final consonant
    ['소재부품가공', '소재부품가공은'], // 공: ㅇ
    ['천연물바이오소재', '천연물바이오소재는'],
    ['ICT', 'ICT는'], // 티: read aloud, no final consonant
    ['도심항공교통(UAM)', '도심항공교통(UAM)은'], // 엠
    ['5G', '5G는'], // 지
  ])('%s → %s', (industry, expected) => {
    const matched = { id: 'x', ko: industry, en: industry, origin: 'library' };
    expect(findingMessage('industry.pass', { matched, regionName: '경북', confirmed: true }, 'ko')).toMatch(
      new RegExp(`^${expected.replace(/[()]/gu, '\\$&')} `, 'u'),
    );
  });
});

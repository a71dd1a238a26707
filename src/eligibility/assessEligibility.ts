import { checkCatalogueOption } from '../industries/catalogue';
import { isKeyIndustryOf } from '../industries/industriesOf';
import type { IndustryCatalogue } from '../industries/types';
import { checkInnovationScore } from '../ktop/innovationScore';
import { parseOriginalityGrade } from '../ktop/originalityGrade';
import { createRulesError, localeOption, readOption, rulesErrorFromIssues } from '../locales/index';
import { companySchema } from '../schemas/company';
import { issuesFromZod, unreadableInput } from '../schemas/issues';
import { ExactDecimal as Exact } from '../money/decimal';
import { parseKRW } from '../money/parseKRW';
import { getEdition } from '../program/getEdition';
import { getRegion } from '../regions/getRegion';
import { describeInput } from '../rules/describeInput';
import { isRulesError } from '../rules/RulesError';
import { ruleRef } from '../rules/ruleRef';
import type {
  EditionId,
  Finding,
  FindingStatus,
  InstitutionKind,
  Locale,
  RuleRef,
  Tier,
  TrackId,
} from '../rules/types';
import { MSS_PRESS_RELEASE_2025_01_24 } from '../sources/index';
import { findingMessage, outcomeMessage } from './messages';

/**
 * What a company tells about itself; all but `kind` and `region` may be left out, and a rule
 * that needs a missing fact answers `unknown`.
 *
 * @example
 * ```ts
 * import type { CompanyProfile } from 'regional-innovation-rnd/eligibility';
 * const company: CompanyProfile = { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading', rndIntensity: 0.06 };
 * ```
 */
export interface CompanyProfile {
  /** Its institution kind; applicants are SMEs. */
  readonly kind: InstitutionKind;
  /** Its region: a code, legacy code, Korean or English name. */
  readonly region: string | number;
  /** Its industry: a 주축산업 id, name or alias. */
  readonly industry?: string | undefined;
  /** Its tier in its industry. */
  readonly tier?: Tier | undefined;
  /** Its sales, 3-year average, in won (any money form). */
  readonly sales?: number | string | bigint | undefined;
  /** Its sales growth as a ratio (`0.1` = 10%). */
  readonly salesGrowth?: number | undefined;
  /** R&D spending ÷ sales as a ratio (`0.05` = 5%). */
  readonly rndIntensity?: number | undefined;
  /** Its K-TOP results, recorded as information. */
  readonly ktop?: {
    /** 기업혁신역량 score, 0–100. */
    readonly innovationScore?: number | undefined;
    /** 기술 원천성 grade, 1 (best) to 10. */
    readonly originalityGrade?: number | string | undefined;
  };
}

/**
 * Thresholds the public sources do not give, supplied by the caller (for instance from the call's
 * own notice). Each is used as given and named in the finding it decides.
 *
 * @example
 * ```ts
 * import type { EligibilityOverrides } from 'regional-innovation-rnd/eligibility';
 * const overrides: EligibilityOverrides = { minSales: '15억', minSalesGrowth: 0.05 };
 * ```
 */
export interface EligibilityOverrides {
  /** Minimum 3-year average sales, in won (any money form). */
  readonly minSales?: number | string | bigint;
  /** Minimum sales growth as a ratio. */
  readonly minSalesGrowth?: number;
}

/**
 * Options of {@link assessEligibility}.
 *
 * @example
 * ```ts
 * import type { AssessOptions } from 'regional-innovation-rnd/eligibility';
 * const options: AssessOptions = { edition: '2026', track: 'capability', locale: 'en' };
 * ```
 */
export interface AssessOptions {
  /** The edition (yearly call). */
  readonly edition: EditionId;
  /** The track applied for. */
  readonly track: TrackId;
  /** The language of the messages: `'ko'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** Thresholds the public sources do not give. */
  readonly overrides?: EligibilityOverrides;
  /**
   * Where to look up the company's industry: the library's own ({@link industries!DEFAULT_CATALOGUE})
   * by default, or one extended with {@link industries!withIndustries}, for 주축산업 the public
   * sources do not name.
   */
  readonly catalogue?: IndustryCatalogue | undefined;
}

/**
 * An eligibility assessment: the outcome, one finding per rule, and the whole as readable text.
 *
 * @example
 * ```ts
 * import type { EligibilityAssessment } from 'regional-innovation-rnd/eligibility';
 * declare const assessment: EligibilityAssessment;
 * assessment.findings.filter((f) => f.status === 'unknown').map((f) => f.rule.id);
 * ```
 */
export interface EligibilityAssessment {
  /** `ineligible` if any rule fails; else `undetermined` if any is unknown; else `eligible`. */
  readonly outcome: 'eligible' | 'ineligible' | 'undetermined';
  /** The edition. */
  readonly edition: EditionId;
  /** The track. */
  readonly track: TrackId;
  /** One finding per rule, in a fixed order, then the K-TOP information. */
  readonly findings: readonly Finding[];
  /** The assessment as text a person reads, in the locale asked for. */
  readonly explanation: string;
}

// A ratio given as a JavaScript number is read as the decimal it prints as (0.05 → '0.05'), then
// compared exactly: 0.0499 is below 5% and 0.05 is not, whatever the binary double behind it.
const atLeastPercent = (ratio: number, percent: number): boolean =>
  new Exact(String(ratio)).times(100).gte(percent);

function ratioInput(value: unknown, path: string[]): number | undefined {
  if (value === undefined) return undefined;
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number, so the typeof test alone decides nothing
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw createRulesError(
    'INPUT_INVALID',
    { problem: 'type', expected: 'a finite ratio such as 0.05', input: describeInput(value) },
    path,
  );
}

function moneyInput(value: unknown, path: string[]): number | undefined {
  if (value === undefined) return undefined;
  try {
    return parseKRW(value);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: parseKRW throws nothing but MONEY_INVALID (it turns proxy and getter errors into one too)
    if (isRulesError(error, 'MONEY_INVALID')) throw createRulesError('MONEY_INVALID', error.params, path);
    // parseKRW throws nothing else; anything else would be a bug, and surfaces.
    /* v8 ignore next */
    throw error;
  }
}

function innovationScoreInput(value: unknown): number | null {
  if (value === undefined) return null;
  const checked = checkInnovationScore(value);
  if (!checked.ok)
    throw rulesErrorFromIssues(
      checked.issues.map((issue) => ({ ...issue, path: ['ktop', 'innovationScore'] })),
    );
  return checked.value;
}

function originalityGradeInput(value: unknown): number | null {
  if (value === undefined) return null;
  try {
    return parseOriginalityGrade(value);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: parseOriginalityGrade throws nothing but KTOP_GRADE_INVALID
    if (isRulesError(error, 'KTOP_GRADE_INVALID'))
      throw createRulesError('KTOP_GRADE_INVALID', error.params, ['ktop', 'originalityGrade']);
    // parseOriginalityGrade throws nothing else; anything else would be a bug, and surfaces.
    /* v8 ignore next */
    throw error;
  }
}

/**
 * Assesses whether a company may apply to a track of an edition, rule by rule, never inventing a
 * rule the sources do not give.
 *
 * Findings, in this order: `eligibility.sme` (an SME); `eligibility.non-capital-region` (one of
 * the 14 non-capital 시·도); `eligibility.key-industry` (a 주축산업 of its region in
 * `options.catalogue`, the library's own by default: pass when listed, fail only when the region's
 * list is complete and the industry is absent, otherwise unknown);
 * `eligibility.tier` (the track's applicant tier); `eligibility.sales` (unknown unless thresholds
 * come in `overrides`; in 2026, R&D intensity ≥ 5% replaces it); and `ktop` as information. The
 * outcome: any fail → `ineligible`; else any unknown → `undetermined`; else `eligible`.
 *
 * @param company - what the company tells about itself.
 * @param options - edition, track, locale, thresholds the sources do not give, and the industry
 * catalogue (one made with {@link industries!withIndustries} adds the 주축산업 the sources do not name).
 * @returns the outcome, the findings and a readable explanation (the object is plain JSON).
 * @throws {@link rules!RulesError} for input that is not a company: `EDITION_UNKNOWN`,
 * `REGION_UNKNOWN`, `MONEY_INVALID`, `INPUT_INVALID` or `OPTIONS_INVALID`, with a path.
 *
 * @example
 * ```ts
 * import { assessEligibility } from 'regional-innovation-rnd/eligibility';
 * const assessment = assessEligibility(
 *   { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading', rndIntensity: 0.05 },
 *   { edition: '2026', track: 'supply-chain' },
 * );
 * assessment.outcome; // 'eligible' — R&D intensity 5% replaces the unpublished sales rule in 2026
 * ```
 */
export function assessEligibility(company: CompanyProfile, options: AssessOptions): EligibilityAssessment {
  // Callers from JavaScript can pass anything; the types say what TypeScript callers may.
  const given: unknown = options;
  if (typeof given !== 'object' || given === null) {
    throw createRulesError(
      'OPTIONS_INVALID',
      { option: 'options', input: describeInput(given), expected: '{ edition, track }' },
      [],
    );
  }
  const locale = localeOption({ locale: readOption(given, 'locale') });
  // The profile's shape goes through the schema; its first problem is the error.
  let parsed: ReturnType<typeof companySchema.safeParse>;
  try {
    parsed = companySchema.safeParse(company, { reportInput: true });
  } catch {
    throw rulesErrorFromIssues([unreadableInput(company, locale)]);
  }
  if (!parsed.success) throw rulesErrorFromIssues(issuesFromZod(parsed.error.issues, locale));
  const profile = parsed.data;
  const edition = getEdition(readOption(given, 'edition'), ['edition']);
  const trackId = readOption(given, 'track') as TrackId;
  const overrides = readOption(given, 'overrides') as EligibilityOverrides | undefined;
  const catalogue = readOption(given, 'catalogue') as IndustryCatalogue | undefined;
  const track = edition.tracks[trackId];
  // A track id that is not one throws here rather than reading as "no rules".
  if ((track as typeof track | undefined) === undefined) {
    throw createRulesError(
      'INPUT_INVALID',
      { problem: 'value', expected: 'supply-chain | capability', input: describeInput(trackId) },
      ['track'],
    );
  }
  const region = getRegion(profile.region);
  if (region === undefined)
    throw createRulesError('REGION_UNKNOWN', { input: describeInput(profile.region) }, ['region']);
  const rules = edition.eligibility;
  const findings: Finding[] = [];
  const add = (
    rule: RuleRef,
    key: string,
    status: FindingStatus,
    params: Readonly<Record<string, unknown>>,
  ): void => {
    findings.push({ rule, status, message: findingMessage(`${key}.${status}`, params, locale), params });
  };

  // An SME.
  add(
    ruleRef('eligibility.sme', rules.provenance),
    'sme',
    profile.kind === rules.applicantKind ? 'pass' : 'fail',
    {
      kind: profile.kind,
      expected: rules.applicantKind,
    },
  );

  // In one of the 14 non-capital regions.
  add(
    ruleRef('eligibility.non-capital-region', region.provenance.capital),
    'region',
    region.capital ? 'fail' : 'pass',
    {
      region: region.code,
      regionName: region.name.ko,
      regionNameEn: region.name.en,
    },
  );

  // In a key industry of its region.
  const industryRule = ruleRef('eligibility.key-industry', rules.provenance);
  if (profile.industry === undefined) {
    // Nothing to look up, but a bad catalogue is still an error.
    checkCatalogueOption(catalogue);
    add(industryRule, 'industry', 'unknown', {
      industry: null,
      region: region.code,
      regionName: region.name.koShort,
      regionNameEn: region.name.en,
    });
  } else {
    const answer = isKeyIndustryOf(region.code, profile.industry, catalogue);
    add(industryRule, 'industry', answer === 'yes' ? 'pass' : answer === 'no' ? 'fail' : 'unknown', {
      industry: profile.industry,
      region: region.code,
      regionName: region.name.koShort,
      regionNameEn: region.name.en,
    });
  }

  // The track's tier.
  const tierParams = { tier: profile.tier ?? null, expected: track.applicantTier };
  add(
    ruleRef('eligibility.tier', track.provenance.applicantTier),
    'tier',
    profile.tier === undefined ? 'unknown' : profile.tier === track.applicantTier ? 'pass' : 'fail',
    tierParams,
  );

  // The sales rule, or in 2026 R&D intensity instead.
  // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema has already read sales as safe integer won, so this never throws and the path is never used
  const sales = moneyInput(profile.sales, ['sales']);
  // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema admits only finite numbers here, so this never throws and the path is never used
  const salesGrowth = ratioInput(profile.salesGrowth, ['salesGrowth']);
  // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema admits only finite numbers here, so this never throws and the path is never used
  const rndIntensity = ratioInput(profile.rndIntensity, ['rndIntensity']);
  const minSales = moneyInput(overrides?.minSales ?? rules.salesRule.minSales ?? undefined, [
    'overrides',
    'minSales',
  ]);
  const minSalesGrowth = ratioInput(
    overrides?.minSalesGrowth ?? rules.salesRule.minSalesGrowth ?? undefined,
    ['overrides', 'minSalesGrowth'],
  );
  const alternative = rules.rndIntensityAlternative;
  const viaIntensity: FindingStatus =
    alternative === null || rndIntensity === undefined
      ? 'unknown'
      : atLeastPercent(rndIntensity, alternative.minPercent)
        ? 'pass'
        : 'fail';
  let viaSales: FindingStatus = 'unknown';
  if (
    minSales !== undefined &&
    minSalesGrowth !== undefined &&
    sales !== undefined &&
    salesGrowth !== undefined
  ) {
    viaSales =
      sales >= minSales && new Exact(String(salesGrowth)).gte(String(minSalesGrowth)) ? 'pass' : 'fail';
  } else if (
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a comparison with undefined is false, so the undefined checks before sales < minSales change nothing
    (minSales !== undefined && sales !== undefined && sales < minSales) ||
    (minSalesGrowth !== undefined &&
      salesGrowth !== undefined &&
      new Exact(String(salesGrowth)).lt(String(minSalesGrowth)))
  ) {
    viaSales = 'fail';
  }
  const salesStatus: FindingStatus =
    viaIntensity === 'pass' || viaSales === 'pass'
      ? 'pass'
      : viaSales === 'fail' && viaIntensity !== 'unknown'
        ? 'fail'
        : viaSales === 'fail' && alternative === null
          ? 'fail'
          : 'unknown';
  const salesEvidence =
    // Stryker disable next-line ConditionalExpression: viaIntensity is 'pass' only when alternative is not null
    viaIntensity === 'pass' && alternative !== null ? alternative.provenance : rules.salesRule.provenance;
  add(ruleRef('eligibility.sales', salesEvidence), 'sales', salesStatus, {
    via: viaIntensity === 'pass' ? 'rnd-intensity' : viaSales === 'pass' ? 'sales' : null,
    // The two ways to meet the rule, each on its own: the sales figures, and (2026) R&D intensity.
    bySales: viaSales,
    byRndIntensity: alternative === null ? null : viaIntensity,
    sales: sales ?? null,
    salesGrowth: salesGrowth ?? null,
    rndIntensity: rndIntensity ?? null,
    minSales: minSales ?? null,
    minSalesGrowth: minSalesGrowth ?? null,
    minPercent: alternative?.minPercent ?? null,
    thresholdsFrom:
      overrides?.minSales !== undefined || overrides?.minSalesGrowth !== undefined ? 'overrides' : 'sources',
  });

  // K-TOP, recorded (and checked: a score outside 0–100 or a grade outside 1–10 is an error).
  const ktopParams = {
    innovationScore: innovationScoreInput(profile.ktop?.innovationScore),
    originalityGrade: originalityGradeInput(profile.ktop?.originalityGrade),
  };
  findings.push({
    rule: { id: 'eligibility.ktop', sources: [MSS_PRESS_RELEASE_2025_01_24], confidence: 'confirmed' },
    status: 'unknown',
    message: findingMessage('ktop.information', ktopParams, locale),
    params: ktopParams,
    role: 'information',
  });

  const counted = findings.filter((finding) => finding.role !== 'information');
  const outcome = counted.some((f) => f.status === 'fail')
    ? 'ineligible'
    : counted.some((f) => f.status === 'unknown')
      ? 'undetermined'
      : 'eligible';
  const mark = { pass: '✓', fail: '✗', unknown: '?' } as const;
  const explanation = [
    `${outcomeMessage(outcome, locale)} (${edition.id} · ${track.name[locale]})`,
    ...findings.map(
      (f) =>
        `${f.role === 'information' ? 'ℹ' : mark[f.status]} ${f.rule.id} [${f.rule.confidence}] ${f.message}`,
    ),
  ].join('\n');
  return { outcome, edition: edition.id, track: track.id, findings, explanation };
}

// The rules of an eligibility assessment, one small function per rule id. Each reads the typed
// input (the parsed profile, the edition, the track and the parsed options) and returns its
// finding. assessEligibility runs them in the order of STATED_RULES, then one per unstated
// requirement of the edition, then the K-TOP information.
import type { Industry } from '../industries/types';
import { decimalOf, decimalText, type DecimalFraction } from '../money/decimalText';
import type { EligibilityRequirement } from '../program/types';
import { ruleRef } from '../rules/ruleRef';
import type { Evidence, Finding, FindingStatus, RuleRef } from '../rules/types';
import { MSS_PRESS_RELEASE_2025_01_24 } from '../sources/index';
import type { AssessmentInput } from './readAssessment';
import { findingMessage, type FindingKey } from './messages';

type Params = Readonly<Record<string, unknown>>;

/** One rule of the assessment. */
export type EligibilityRule = (input: AssessmentInput) => Finding;

function finding(
  input: AssessmentInput,
  rule: RuleRef,
  key: 'sme' | 'region' | 'industry' | 'tier' | 'sales' | 'requirement',
  status: FindingStatus,
  params: Params,
  needs: readonly string[] = [],
): Finding {
  return {
    rule,
    status,
    // Each rule gives only the statuses its table has sentences for (the sme rule is never unknown).
    message: findingMessage(`${key}.${status}` as FindingKey, params, input.locale),
    params,
    needs: status === 'unknown' ? needs : [],
  };
}

/** Whether a ÷ b ≥ c ÷ d, exactly, for positive denominators: the integer way of every share check. */
const atLeast = (a: bigint, b: bigint, c: bigint, d: bigint): boolean => a * d >= c * b;

/** 10^scale, the denominator of a decimal. */
const denominatorOf = (decimal: DecimalFraction): bigint => 10n ** BigInt(decimal.scale);

/** A decimal in percent, as exact text (`0.05` → `'5'`). */
const percentOf = (decimal: DecimalFraction): string => decimalText(decimal.numerator, decimal.scale - 2);

/** An SME (중소기업). */
export const smeRule: EligibilityRule = (input) => {
  const { eligibility } = input.edition;
  return finding(
    input,
    ruleRef('eligibility.sme', eligibility.provenance),
    'sme',
    input.profile.kind === eligibility.applicantKind ? 'pass' : 'fail',
    { kind: input.profile.kind, expected: eligibility.applicantKind },
  );
};

/** In one of the 14 non-capital 시·도. */
export const regionRule: EligibilityRule = (input) => {
  const { region } = input.profile;
  return finding(
    input,
    ruleRef('eligibility.non-capital-region', region.provenance.capital),
    'region',
    region.capital ? 'fail' : 'pass',
    { region: region.code, regionName: region.name.ko, regionNameEn: region.name.en },
  );
};

const industryRef = (industry: Industry) => ({ id: industry.id, ko: industry.name.ko, en: industry.name.en });

/** In a 주축산업 of its region, in the catalogue. */
export const keyIndustryRule: EligibilityRule = (input) => {
  const { profile, edition } = input;
  const evidence = edition.eligibility.keyIndustryProvenance;
  const { classification: answer, listComplete } = input.keyIndustry;
  const params = {
    industry: profile.industry ?? null,
    reason: answer.reason,
    matched:
      'industry' in answer
        ? {
            id: answer.industry.id,
            ko: answer.industry.name.ko,
            en: answer.industry.name.en,
            origin: answer.origin,
          }
        : null,
    suggestions: 'suggestions' in answer ? answer.suggestions.map(industryRef) : [],
    region: profile.region.code,
    regionName: profile.region.name.koShort,
    regionNameEn: profile.region.name.en,
    confirmed: evidence.confidence === 'confirmed',
    listComplete,
  };
  const status = answer.answer === 'yes' ? 'pass' : answer.answer === 'no' ? 'fail' : 'unknown';
  // A name the catalogue does not know may be a typo (correct the industry) or, where the region's
  // list is not complete, a 주축산업 the sources do not name (extend the catalogue).
  const needs =
    answer.reason === 'list-incomplete'
      ? ['catalogue']
      : answer.reason === 'unrecognised' && !listComplete
        ? ['industry', 'catalogue']
        : ['industry'];
  return finding(input, ruleRef('eligibility.key-industry', evidence), 'industry', status, params, needs);
};

/** In the tier (기업군) the track takes. */
export const tierRule: EligibilityRule = (input) => {
  const { tier } = input.profile;
  const expected = input.track.applicantTier;
  return finding(
    input,
    ruleRef('eligibility.tier', input.track.provenance.applicantTier),
    'tier',
    tier === undefined ? 'unknown' : tier === expected ? 'pass' : 'fail',
    { tier: tier ?? null, expected },
    ['tier'],
  );
};

/** The sales rule: thresholds the caller gives, or (2026) R&D intensity at least the edition's percent. */
export const salesRule: EligibilityRule = (input) => {
  const { profile, thresholds } = input;
  const rules = input.edition.eligibility;
  const minSales = thresholds.minSales ?? rules.salesRule.minSales ?? undefined;
  const minSalesGrowth = thresholds.minSalesGrowth ?? rules.salesRule.minSalesGrowth ?? undefined;
  const { sales, salesGrowth, rndIntensity } = profile;
  const alternative = rules.rndIntensityAlternative;

  // Ratios and percents given as JavaScript numbers are read as the decimals they print as (0.05 is
  // 5 ÷ 100), and compared as integer products.
  const minPercent = alternative === null ? undefined : decimalOf(alternative.minPercent);
  const byIntensity: FindingStatus | null =
    minPercent === undefined
      ? null
      : rndIntensity === undefined
        ? 'unknown'
        : atLeast(
              rndIntensity.numerator,
              rndIntensity.denominator,
              minPercent.numerator,
              100n * denominatorOf(minPercent),
            )
          ? 'pass'
          : 'fail';
  // Printing keeps the order of numbers (see decimalOf), so two numbers compare as their decimals do.
  const growthAtLeast =
    salesGrowth === undefined || minSalesGrowth === undefined ? undefined : salesGrowth >= minSalesGrowth;
  const salesAtLeast = sales === undefined || minSales === undefined ? undefined : sales >= minSales;
  const bySales: FindingStatus =
    salesAtLeast === false || growthAtLeast === false
      ? 'fail'
      : salesAtLeast === true && growthAtLeast === true
        ? 'pass'
        : 'unknown';

  const status: FindingStatus =
    byIntensity === 'pass' || bySales === 'pass'
      ? 'pass'
      : bySales === 'fail' && byIntensity !== 'unknown'
        ? 'fail'
        : 'unknown';

  // What would decide it: (2026) the R&D intensity — or, for R&D spending given without sales, the
  // sales — and the sales figures and thresholds that are missing.
  const needs = new Set<string>();
  if (byIntensity === 'unknown') {
    needs.add(profile.rndSpending !== undefined && sales === undefined ? 'sales' : 'rndIntensity');
  }
  if (bySales === 'unknown') {
    if (sales === undefined) needs.add('sales');
    if (salesGrowth === undefined) needs.add('salesGrowth');
    if (minSales === undefined) needs.add('overrides.minSales');
    if (minSalesGrowth === undefined) needs.add('overrides.minSalesGrowth');
  }

  const warnings: string[] = [];
  if (rndIntensity !== undefined && rndIntensity.numerator > rndIntensity.denominator) {
    warnings.push('rndIntensity');
  }
  if (salesGrowth !== undefined && salesGrowth > 1) warnings.push('salesGrowth');

  const evidence: Evidence =
    byIntensity === 'pass' && alternative !== null ? alternative.provenance : rules.salesRule.provenance;
  return finding(
    input,
    ruleRef('eligibility.sales', evidence),
    'sales',
    status,
    {
      via: byIntensity === 'pass' ? 'rnd-intensity' : bySales === 'pass' ? 'sales' : null,
      // The two ways to meet the rule, each on its own: the sales figures, and (2026) R&D intensity.
      bySales,
      byRndIntensity: byIntensity,
      sales: sales ?? null,
      salesGrowth: salesGrowth ?? null,
      salesGrowthPercent: salesGrowth === undefined ? null : percentOf(decimalOf(salesGrowth)),
      rndIntensity: profile.rndIntensityGiven,
      rndSpending: profile.rndSpending ?? null,
      rndIntensityPercent: rndIntensity?.percent ?? null,
      rndIntensityFrom: rndIntensity?.from ?? null,
      minSales: minSales ?? null,
      minSalesGrowth: minSalesGrowth ?? null,
      minPercent: alternative?.minPercent ?? null,
      thresholdsFrom:
        thresholds.given.includes('minSales') || thresholds.given.includes('minSalesGrowth')
          ? 'overrides'
          : 'sources',
      warnings,
    },
    [...needs],
  );
};

/**
 * The rule of one requirement the sources do not state: an attestation decides it; for one with a
 * number, so do the company's fact and the caller's threshold together; otherwise it is unknown.
 */
export function requirementRule(requirement: EligibilityRequirement, input: AssessmentInput): Finding {
  const counted = requirement.threshold !== null;
  const attested = input.attest.get(requirement.id);
  const employees = counted ? input.profile.employees : undefined;
  const minimum = counted ? input.thresholds.minEmployees : undefined;
  const byFacts: FindingStatus =
    employees === undefined || minimum === undefined ? 'unknown' : employees >= minimum ? 'pass' : 'fail';
  const status: FindingStatus = attested === undefined ? byFacts : attested ? 'pass' : 'fail';
  const needs: string[] = [];
  if (counted && employees === undefined) needs.push('employees');
  if (counted && minimum === undefined) needs.push('overrides.minEmployees');
  needs.push(`attest.${requirement.id}`);
  return finding(
    input,
    ruleRef(requirement.id, requirement.provenance),
    'requirement',
    status,
    {
      requirement: requirement.id,
      name: requirement.name.ko,
      nameEn: requirement.name.en,
      decidedBy: attested !== undefined ? 'attestation' : byFacts === 'unknown' ? null : 'facts',
      attested: attested ?? null,
      ...(counted ? { employees: employees ?? null, minEmployees: minimum ?? null } : {}),
    },
    needs,
  );
}

const KTOP_RULE: RuleRef = {
  id: 'eligibility.ktop',
  sources: [MSS_PRESS_RELEASE_2025_01_24],
  confidence: 'confirmed',
};

/** K-TOP results, recorded as information: how they weigh is not in our sources. */
export const ktopInformation: EligibilityRule = (input) => {
  const params = {
    innovationScore: input.profile.innovationScore,
    originalityGrade: input.profile.originalityGrade,
    // A KTRS letter (AAA … D) is read, but that K-TOP labels its grades so is not confirmed.
    gradeFrom: input.profile.originalityGradeFrom,
  };
  return {
    rule: KTOP_RULE,
    status: 'unknown',
    message: findingMessage('ktop.information', params, input.locale),
    params,
    needs: [],
    role: 'information',
  };
};

/** The rules the sources state, in the order their findings come. */
export const STATED_RULES: readonly EligibilityRule[] = [
  smeRule,
  regionRule,
  keyIndustryRule,
  tierRule,
  salesRule,
];

import type { Finding } from '../rules/types';
import { outcomeMessage, STILL_TO_CHECK, stillToCheck } from './messages';
import { readAssessment } from './readAssessment';
import { ktopInformation, requirementRule, STATED_RULES } from './rules';
import { CONFIDENCE_LABELS, RULE_LABELS, labelOf } from '../rules/labels';
import type { AssessOptions, CompanyProfile, EligibilityAssessment } from './types';

const MARK = { pass: '✓', fail: '✗', unknown: '?' } as const;

/**
 * Assesses whether a company may apply to a track of an edition, rule by rule, never claiming more
 * than the sources: `eligible` only when every requirement is decided.
 *
 * Findings, always in this order:
 * 1. `eligibility.sme` — an SME;
 * 2. `eligibility.non-capital-region` — in one of the 14 non-capital 시·도;
 * 3. `eligibility.key-industry` — a 주축산업 of its region in `options.catalogue` (the library's own
 *    by default): pass when listed; fail for a recognised industry not on a complete list, a
 *    미래신산업 or a capital region; unknown for a blank name, a name the catalogue does not know
 *    (with suggestions) or an incomplete list. `reported` in 2026, whose call regrouped its items;
 * 4. `eligibility.tier` — the track's 기업군;
 * 5. `eligibility.sales` — unknown unless thresholds come in `overrides`; in 2026 an R&D intensity
 *    of at least 5% (given, or computed exactly from `rndSpending` ÷ `sales`) meets it instead;
 * 6. one per requirement the sources do not state (`getEdition(id).eligibility.requirements`:
 *    `eligibility.employees`, `eligibility.research-institute`, `eligibility.location`,
 *    `eligibility.participation-restriction`, `eligibility.tax-arrears`, `eligibility.double-funding`),
 *    unknown until `options.attest` says `true` (pass) or `false` (fail); `eligibility.employees` is
 *    also decided by `employees` with `overrides.minEmployees`. An attestation decides before the facts;
 * 7. `eligibility.ktop` as information (not counted).
 *
 * The outcome: any fail → `ineligible`; else any unknown → `undetermined`; else `eligible`. Every
 * unknown finding lists in `needs` the inputs that would decide it; the assessment's `needs` is
 * their union, in finding order — what a form asks next.
 *
 * @param company - what the company tells about itself.
 * @param options - edition, track, locale, thresholds the sources do not give (`overrides`),
 * requirements checked in the notice (`attest`), and the industry catalogue.
 * @returns the outcome, the findings, what is still needed and a readable explanation (plain JSON).
 * @throws {@link rules!RulesError} for input that is not a company or options that are not options:
 * `EDITION_UNKNOWN`, `REGION_UNKNOWN`, `REGION_AMBIGUOUS`, `MONEY_INVALID`, `MONEY_AMBIGUOUS`,
 * `INPUT_INVALID` (also for `rndIntensity` that disagrees with `rndSpending` ÷ `sales`) or
 * `OPTIONS_INVALID` (also for an attested id that is not a requirement of the edition), with a path.
 *
 * @example
 * ```ts
 * import { assessEligibility } from 'regional-innovation-rnd/eligibility';
 * const company = { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading', rndIntensity: 0.05 } as const;
 * const first = assessEligibility(company, { edition: '2026', track: 'supply-chain' });
 * first.outcome; // 'undetermined': the call's unstated requirements are still to check
 * first.needs[0]; // 'employees'
 * const attest = Object.fromEntries(
 *   first.needs.filter((need) => need.startsWith('attest.')).map((need) => [need.slice(7), true]),
 * );
 * assessEligibility(company, { edition: '2026', track: 'supply-chain', attest }).outcome; // 'eligible'
 * ```
 */
export function assessEligibility(company: CompanyProfile, options: AssessOptions): EligibilityAssessment {
  const input = readAssessment(company, options);
  const { edition, track, locale } = input;
  const findings: Finding[] = STATED_RULES.map((rule) => rule(input));
  for (const requirement of edition.eligibility.requirements)
    findings.push(requirementRule(requirement, input));
  findings.push(ktopInformation(input));

  // One pass over the findings: the outcome, the needs (each once, in finding order) and the
  // explanation's lines, with what is still to check at the end.
  let failed = false;
  let undecided = false;
  const needs = new Set<string>();
  let lines = '';
  let toCheck = '';
  for (const f of findings) {
    const information = f.role === 'information';
    if (!information && f.status === 'fail') failed = true;
    if (!information && f.status === 'unknown') undecided = true;
    const name = labelOf(RULE_LABELS, f.rule.id, locale);
    lines += `\n${information ? 'ℹ' : MARK[f.status]} ${name} [${CONFIDENCE_LABELS[f.rule.confidence][locale]}] ${f.message}`;
    if (f.needs.length > 0) {
      for (const need of f.needs) needs.add(need);
      toCheck += `\n${stillToCheck(f.rule.id, f.params, f.needs, locale)}`;
    }
  }
  const outcome = failed ? 'ineligible' : undecided ? 'undetermined' : 'eligible';
  const headline = `${outcomeMessage(outcome, locale)} (${edition.id} · ${track.name[locale]})`;
  return {
    outcome,
    edition: edition.id,
    track: track.id,
    findings,
    needs: [...needs],
    explanation: `${headline}${lines}${toCheck === '' ? '' : `\n${STILL_TO_CHECK[locale]}${toCheck}`}`,
  };
}

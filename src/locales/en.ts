/**
 * English messages, one exported function per issue code, gathered in {@link en}. Importing a
 * single function keeps a bundle from carrying the whole table.
 *
 * @module
 */
import { groupedDigits } from './digits';
import type { MessageFn, Messages, TierExplanationParams } from './types';

const REASONS_EN = {
  type: 'it is not of a type that can hold an amount',
  empty: 'it is empty',
  syntax: 'it is not a well-formed amount',
  negative: 'it is negative',
  fractional: 'it is not a whole number of won',
  'not-finite': 'it is not a finite number',
  unsafe: 'it exceeds Number.MAX_SAFE_INTEGER',
} as const;

const EXPECTED_EN = {
  digit: 'a digit is expected',
  unit: 'a unit such as 억, 만 or 천, or 원, is expected',
  'smaller-unit': 'a unit smaller than the one before is expected',
  'smaller-number': 'the number must fit below the unit before it — after 1억, at most 9,999만',
  'comma-group': 'thousands commas go every three digits',
  end: 'the amount should end here',
} as const;

const INDUSTRY_REASONS_EN = {
  shape: 'it is not a well-formed industry',
  'empty-name': 'its name is empty',
  'duplicate-id': 'an industry with that id exists already',
  'unknown-region': 'its region code is unknown',
} as const;

const BANDS_REASONS_EN = {
  shape: 'it is not { min, max, value } with numbers, or the table is not an array',
  empty: 'the table has no band',
  'not-finite': 'a bound is not a finite number',
  'empty-band': 'its min is not below its max',
  unsorted: 'it starts below the previous band (the bands must be in ascending order)',
  gap: "it starts above the previous band's max (a gap)",
  overlap: "it starts below the previous band's max (an overlap)",
} as const;

/** @see {@link en} */
export const OPTIONS_INVALID: MessageFn<'OPTIONS_INVALID'> = (p) =>
  `Option ${p.option} has an invalid value ${p.input}; expected ${p.expected}.`;
/** @see {@link en} */
export const EDITION_UNKNOWN: MessageFn<'EDITION_UNKNOWN'> = (p) =>
  `Unknown edition ${p.input}; known editions: ${p.known.join(', ')}.`;
/** @see {@link en} */
export const DATE_INVALID: MessageFn<'DATE_INVALID'> = (p) =>
  `Cannot read ${p.input} as an instant; expected ${p.expected}.`;
/** @see {@link en} */
export const REGION_UNKNOWN: MessageFn<'REGION_UNKNOWN'> = (p) =>
  `Unknown region ${p.input}; give a region code, a Korean name (부산, 부산광역시) or an English name (Busan).`;
/** @see {@link en} */
export const REGION_AMBIGUOUS: MessageFn<'REGION_AMBIGUOUS'> = (p) =>
  `The region ${p.input} may name more than one place: ${p.candidates.map((c) => `${c.en} (${c.ko}${c.capital ? ', capital region' : ''})`).join(', ')}; write one of them, starting with its province or metropolitan city (광주광역시, 경기도 광주시).`;
/** @see {@link en} */
export const INDUSTRY_INVALID: MessageFn<'INDUSTRY_INVALID'> = (p) =>
  `Cannot add industry ${p.input}: ${INDUSTRY_REASONS_EN[p.reason]}.`;
/** @see {@link en} */
export const TIERING_INVALID_SCORE: MessageFn<'TIERING_INVALID_SCORE'> = (p) =>
  `The item at index ${String(p.index)}${p.cohort === null ? '' : ` (cohort ${p.cohort})`} has score ${p.input}, not a finite number.`;
/** @see {@link en} */
export const TIERING_INVALID_COHORT: MessageFn<'TIERING_INVALID_COHORT'> = (p) =>
  `The item at index ${String(p.index)} has cohort ${p.input}, not a string.`;
/** @see {@link en} */
export const TIERING_INVALID_RANK: MessageFn<'TIERING_INVALID_RANK'> = (p) =>
  `Rank ${p.input} does not fit cohort size ${p.cohortSize}: the size must be a positive integer and the rank a multiple of 0.5 from 1 to the size.`;
/** @see {@link en} */
export const INPUT_INVALID: MessageFn<'INPUT_INVALID'> = (p) =>
  `Invalid input (${p.problem}): expected ${p.expected}, received ${p.input}.`;
/** @see {@link en} */
export const GRANT_TOO_MANY_YEARS: MessageFn<'GRANT_TOO_MANY_YEARS'> = (p) =>
  `The plan runs ${p.actual} years; the track allows at most ${p.limit}.`;
/** @see {@link en} */
export const GRANT_YEAR_CAP_EXCEEDED: MessageFn<'GRANT_YEAR_CAP_EXCEEDED'> = (p) =>
  `Public money in year ${p.year} is ${groupedDigits(p.actual)} won, above the yearly cap of ${groupedDigits(p.limit)} won.`;
/** @see {@link en} */
export const GRANT_TOTAL_CAP_EXCEEDED: MessageFn<'GRANT_TOTAL_CAP_EXCEEDED'> = (p) =>
  `Public money over all years is ${groupedDigits(p.actual)} won, above the total cap of ${groupedDigits(p.limit)} won.`;
/** @see {@link en} */
export const GRANT_PUBLIC_SHARE_EXCEEDED: MessageFn<'GRANT_PUBLIC_SHARE_EXCEEDED'> = (p) =>
  `In year ${p.year}, the public share of ${p.participant} (${p.kind}) is ${p.actual}, above the limit of ${p.limit}.`;
/** @see {@link en} */
export const GRANT_CASH_SHARE_TOO_LOW: MessageFn<'GRANT_CASH_SHARE_TOO_LOW'> = (p) =>
  `In year ${p.year}, ${p.participant} (${p.kind}) pays ${p.actual} of its own share in cash, below the minimum of ${p.limit}.`;
/** @see {@link en} */
export const GRANT_PARTICIPANT_ZERO_TOTAL: MessageFn<'GRANT_PARTICIPANT_ZERO_TOTAL'> = (p) =>
  `In year ${p.year}, ${p.participant} has a total R&D cost of 0 won.`;
/** @see {@link en} */
export const GRANT_PARTICIPANT_DUPLICATE: MessageFn<'GRANT_PARTICIPANT_DUPLICATE'> = (p) =>
  `Participant ${p.participant} appears twice in year ${p.year}.`;
/** @see {@link en} */
export const CONSORTIUM_LEAD_KIND: MessageFn<'CONSORTIUM_LEAD_KIND'> = (p) =>
  `A lead of kind ${p.actual} may not lead this track; it must be ${p.expected.join(' or ')}.`;
/** @see {@link en} */
export const CONSORTIUM_LEAD_TIER: MessageFn<'CONSORTIUM_LEAD_TIER'> = (p) =>
  `The lead's tier is ${p.actual ?? 'not given'}; the track requires ${p.expected}.`;
/** @see {@link en} */
export const CONSORTIUM_LEAD_REGION: MessageFn<'CONSORTIUM_LEAD_REGION'> = (p) =>
  `The lead's region is ${p.actual ?? 'not given'}; it must be one of the 14 non-capital regions.`;
/** @see {@link en} */
export const CONSORTIUM_REQUIREMENT_UNMET: MessageFn<'CONSORTIUM_REQUIREMENT_UNMET'> = (p) =>
  `Consortium requirement ${p.requirement} is not met: at least ${p.limit} of ${p.kinds.join(', ')} needed, ${p.actual} present.`;
/** @see {@link en} */
export const CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: MessageFn<'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED'> = (p) =>
  `A member of kind ${p.actual} may not join this track; members may be ${p.allowed.join(', ')}.`;
/** @see {@link en} */
export const CONSORTIUM_MEMBER_KINDS_UNKNOWN: MessageFn<'CONSORTIUM_MEMBER_KINDS_UNKNOWN'> = (p) =>
  `The ${p.edition} sources do not say who may join track ${p.track}; members' kinds were not checked.`;
/** @see {@link en} */
export const CONSORTIUM_DUPLICATE_ID: MessageFn<'CONSORTIUM_DUPLICATE_ID'> = (p) =>
  `Participant id ${p.id} appears twice.`;
/** @see {@link en} */
export const CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: MessageFn<'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER'> = (p) =>
  `Business registration number ${p.businessNumber} appears twice.`;
/** @see {@link en} */
export const BUSINESS_NUMBER_INVALID: MessageFn<'BUSINESS_NUMBER_INVALID'> = (p) =>
  `Business registration number ${p.input} is invalid (${p.reason === 'format' ? 'not ten digits' : 'checksum mismatch'}).`;
/** @see {@link en} */
export const MONEY_INVALID: MessageFn<'MONEY_INVALID'> = (p) => {
  // Where a malformed amount goes wrong: after so many characters (position is 0-based).
  const at =
    p.position === 0 ? 'at the start' : `after ${String(p.position)} character${p.position === 1 ? '' : 's'}`;
  const where = p.position === null || p.expected === null ? '' : ` (${at}: ${EXPECTED_EN[p.expected]})`;
  return `Invalid amount ${p.input}: ${REASONS_EN[p.reason]}${where}.`;
};
/** @see {@link en} */
export const MONEY_AMBIGUOUS: MessageFn<'MONEY_AMBIGUOUS'> = (p) =>
  `The amount ${p.input} reads two ways: ${groupedDigits(p.readings[0])} won or ${groupedDigits(p.readings[1])} won; write every unit (7억 5천만원, or 7억 5,000원).`;
/** @see {@link en} */
export const KTOP_GRADE_INVALID: MessageFn<'KTOP_GRADE_INVALID'> = (p) =>
  `Cannot read ${p.input} as a K-TOP originality grade; give a number from 1 to 10 or a form such as '3등급'.`;
/** @see {@link en} */
export const KTOP_SCORE_INVALID: MessageFn<'KTOP_SCORE_INVALID'> = (p) =>
  `The K-TOP innovation score ${p.input} is not a finite number from ${p.min} to ${p.max}.`;
/** @see {@link en} */
export const KTOP_BANDS_INVALID: MessageFn<'KTOP_BANDS_INVALID'> = (p) =>
  `${p.index === null ? 'The score band table' : `The score band at index ${String(p.index)}`} is invalid: ${BANDS_REASONS_EN[p.reason]}.`;
/** @see {@link en} */
export const KTOP_SCORE_OUT_OF_BANDS: MessageFn<'KTOP_SCORE_OUT_OF_BANDS'> = (p) =>
  `Score ${p.input} is outside the bands, which take ${p.min} to ${p.max} inclusive.`;

/**
 * The English message table.
 *
 * @example
 * ```ts
 * import { en } from 'regional-innovation-rnd/locales';
 * en.REGION_UNKNOWN({ input: '"Seol"' }); // 'Unknown region "Seol"; …'
 * ```
 */
export const en: Messages = {
  OPTIONS_INVALID,
  EDITION_UNKNOWN,
  DATE_INVALID,
  REGION_UNKNOWN,
  REGION_AMBIGUOUS,
  INDUSTRY_INVALID,
  TIERING_INVALID_SCORE,
  TIERING_INVALID_COHORT,
  TIERING_INVALID_RANK,
  MONEY_INVALID,
  MONEY_AMBIGUOUS,
  INPUT_INVALID,
  GRANT_TOO_MANY_YEARS,
  GRANT_YEAR_CAP_EXCEEDED,
  GRANT_TOTAL_CAP_EXCEEDED,
  GRANT_PUBLIC_SHARE_EXCEEDED,
  GRANT_CASH_SHARE_TOO_LOW,
  GRANT_PARTICIPANT_ZERO_TOTAL,
  GRANT_PARTICIPANT_DUPLICATE,
  CONSORTIUM_LEAD_KIND,
  CONSORTIUM_LEAD_TIER,
  CONSORTIUM_LEAD_REGION,
  CONSORTIUM_REQUIREMENT_UNMET,
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED,
  CONSORTIUM_MEMBER_KINDS_UNKNOWN,
  CONSORTIUM_DUPLICATE_ID,
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER,
  BUSINESS_NUMBER_INVALID,
  KTOP_GRADE_INVALID,
  KTOP_SCORE_INVALID,
  KTOP_BANDS_INVALID,
  KTOP_SCORE_OUT_OF_BANDS,
};

/** A percent for reading: at most two decimals, without trailing zeros. */
const percentText = (value: number): string => String(Number(value.toFixed(2)));

/**
 * Explains a tier assignment in English: "Rank 3 of 10 → top 30% → leading ((예비)선도기업, top 30%)".
 *
 * @param p - rank, cohort size, top share, tier and thresholds.
 * @returns the explanation.
 *
 * @example
 * ```ts
 * import { TIER_EXPLANATION } from './en'; // inside src/ only: tiering's explainTier shows it
 * const params = { rank: 3, cohortSize: 10, topPercent: 30, leadingPercent: 30, potentialPercent: 50 };
 * TIER_EXPLANATION({ ...params, tier: 'leading' });
 * // 'Rank 3 of 10 → top 30% → leading ((예비)선도기업, top 30%)'
 * ```
 */
export const TIER_EXPLANATION = (p: TierExplanationParams): string => {
  const tier =
    p.tier === 'leading'
      ? `leading ((예비)선도기업, top ${percentText(p.leadingPercent)}%)`
      : p.tier === 'potential'
        ? `potential (잠재기업, top ${percentText(p.leadingPercent)}–${percentText(p.potentialPercent)}%)`
        : `none (below the top ${percentText(p.potentialPercent)}%)`;
  return `Rank ${String(p.rank)} of ${String(p.cohortSize)} → top ${percentText(p.topPercent)}% → ${tier}`;
};

/**
 * English messages, one exported function per issue code, gathered in {@link en}. Importing a
 * single function keeps a bundle from carrying the whole table.
 *
 * @module
 */
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

const INDUSTRY_REASONS_EN = {
  shape: 'it is not a well-formed industry',
  'empty-name': 'its name is empty',
  'duplicate-id': 'an industry with that id exists already',
  'unknown-region': 'its region code is unknown',
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
export const INDUSTRY_INVALID: MessageFn<'INDUSTRY_INVALID'> = (p) =>
  `Cannot add industry ${p.input}: ${INDUSTRY_REASONS_EN[p.reason]}.`;
/** @see {@link en} */
export const TIERING_INVALID_SCORE: MessageFn<'TIERING_INVALID_SCORE'> = (p) =>
  `Item ${p.index} has score ${p.input}, not a finite number.`;
/** @see {@link en} */
export const TIERING_INVALID_COHORT: MessageFn<'TIERING_INVALID_COHORT'> = (p) =>
  `Item ${p.index} has cohort ${p.input}, not a string.`;
/** @see {@link en} */
export const TIERING_INVALID_RANK: MessageFn<'TIERING_INVALID_RANK'> = (p) =>
  `Rank ${p.input} does not fit cohort size ${p.cohortSize}: the size must be a positive integer and the rank a multiple of 0.5 from 1 to the size.`;
/** @see {@link en} */
export const MONEY_INVALID: MessageFn<'MONEY_INVALID'> = (p) =>
  `Invalid amount ${p.input}: ${REASONS_EN[p.reason]}.`;

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
  INDUSTRY_INVALID,
  TIERING_INVALID_SCORE,
  TIERING_INVALID_COHORT,
  TIERING_INVALID_RANK,
  MONEY_INVALID,
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
 * import { en } from 'regional-innovation-rnd/locales';
 * en; // the issue messages; the explanation is TIER_EXPLANATION in the same file
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

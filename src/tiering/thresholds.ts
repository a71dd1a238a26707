import { optionsInvalidError, readOption } from '../locales/errors';
import { LEADING_PERCENT, POTENTIAL_PERCENT } from '../program/tiers';
import type { Tier } from '../rules/types';

/**
 * The tier thresholds in percent of the cohort, as given to {@link tierOf} and {@link tierCohort}.
 *
 * @example
 * ```ts
 * import type { TierThresholds } from 'regional-innovation-rnd/tiering';
 * const stricter: TierThresholds = { leadingPercent: 20, potentialPercent: 40 };
 * ```
 */
export interface TierThresholds {
  /** (예비)선도기업: top share at most this percent. Default 30 (the program's rule). */
  readonly leadingPercent?: number;
  /** 잠재기업: top share at most this percent. Default 50 (the program's rule). */
  readonly potentialPercent?: number;
}

/**
 * A percent in millionths of a percent, exactly: 33.3 is 33,300,000. A percent with more than six
 * decimals, or outside (lower bound, 100], is an OPTIONS_INVALID error. Reading the decimal the
 * caller wrote (not the binary double nearest to it) is what keeps 33.3% of 1,000 at exactly 333.
 */
function millionthsOf(percent: unknown, lowerMillionths: number, option: string, echo = percent): number {
  const millionths = typeof percent === 'number' ? Math.round(percent * 1e6) : Number.NaN;
  if (millionths / 1e6 !== percent || millionths <= 0 || millionths < lowerMillionths || millionths > 1e8) {
    throw optionsInvalidError(option, echo, '0 < leadingPercent ≤ potentialPercent ≤ 100, ≤ 6 decimals', [
      option,
    ]);
  }
  return millionths;
}

/**
 * For one cohort size, the largest doubled rank (rank × 2, so that 'average' ranks such as 2.5
 * stay integers) in each tier. Computed exactly in bigints; compared per item as plain numbers.
 */
export interface TierBounds {
  readonly leading2: number;
  readonly potential2: number;
}

/** Reads and checks the thresholds once per call. */
export function readThresholds(input: unknown): {
  readonly bounds: (cohortSize: number) => TierBounds;
} {
  // Callers from JavaScript can pass anything; the type says what TypeScript callers may.
  if (typeof input !== 'object' || input === null) {
    throw optionsInvalidError('options', input, 'an object', []);
  }
  const leading = readOption(input, 'leadingPercent') ?? LEADING_PERCENT;
  const givenPotential = readOption(input, 'potentialPercent');
  const leadingMillionths = millionthsOf(leading, 0, 'leadingPercent');
  // A leading share above the default potential one is the leading option's fault when the caller
  // gave no potential share.
  const potentialMillionths =
    givenPotential === undefined
      ? millionthsOf(POTENTIAL_PERCENT, leadingMillionths, 'leadingPercent', leading)
      : millionthsOf(givenPotential, leadingMillionths, 'potentialPercent');
  // rank ≤ percent × size ÷ 100  ⇔  2·rank ≤ ⌊2 · millionths · size ÷ 10⁸⌋ for a whole 2·rank,
  // in bigints so that no cohort size overflows.
  const largestDoubledRank = (millionths: number, size: number): number =>
    Number((BigInt(millionths * 2) * BigInt(size)) / 100_000_000n);
  return {
    bounds: (cohortSize) => ({
      leading2: largestDoubledRank(leadingMillionths, cohortSize),
      potential2: largestDoubledRank(potentialMillionths, cohortSize),
    }),
  };
}

/** The tier of a doubled rank within its cohort's bounds. */
export function tierWithin(doubledRank: number, bounds: TierBounds): Tier {
  if (doubledRank <= bounds.leading2) return 'leading';
  return doubledRank <= bounds.potential2 ? 'potential' : 'none';
}

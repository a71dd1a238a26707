import { optionsInvalidError, readOption } from '../locales/errors';
import { LEADING_PERCENT, POTENTIAL_PERCENT } from '../program/tiers';
import type { Tier } from '../rules/types';

/**
 * How the shares apply to a cohort too small for them. The program does not say; both readings
 * are the library's (`derived`).
 *
 * - `'literal'` (the default): rank ÷ cohort size ≤ share, whatever the size. A cohort of 1, 2 or
 *   3 has no (예비)선도기업 (1 ÷ 3 = 33.3% > 30%), and a cohort of 1 no 잠재기업 either.
 * - `'at-least-one'`: every tier with a share of its own covers at least one place. A rank r of a
 *   cohort of n is `leading` if r · 100 ≤ leadingPercent · n **or** r ≤ 1; otherwise `potential`
 *   if r · 100 ≤ potentialPercent · n **or** (potentialPercent > leadingPercent and
 *   r ≤ ℓ + 1), where ℓ = max(1, ⌊leadingPercent · n ÷ 100⌋) is the number of places the leading
 *   tier covers. Where the literal rule already gives a tier a place of its own, nothing changes
 *   (a cohort of 10 gets 3 and 2, as before). Ties keep their policy: the minimum counts places,
 *   not companies, so two companies tied at the top both get rank 1 with `'min'` (both
 *   `leading`), but rank 2 with `'max'` and 1.5 with `'average'` (neither fits in one place).
 *
 * With 30 and 50, cohorts of 1, 2, 3 and 4 then get leading/potential/none places 1/0/0, 1/1/0,
 * 1/1/1 and 1/1/2 (literally: 0/0/1, 0/1/1, 0/1/2 and 1/1/2).
 *
 * @example
 * ```ts
 * import { tierOf, type SmallCohortPolicy } from 'regional-innovation-rnd/tiering';
 * const smallCohorts: SmallCohortPolicy = 'at-least-one';
 * tierOf(1, 3, { smallCohorts }); // 'leading' — literally 'potential' (1 ÷ 3 = 33.3% > 30%)
 * tierOf(2, 3, { smallCohorts }); // 'potential' — literally 'none'
 * ```
 */
export type SmallCohortPolicy = 'literal' | 'at-least-one';

/**
 * The tier thresholds in percent of the cohort, and how they apply to small cohorts, as given to
 * {@link tierOf}, {@link tierCohort} and {@link explainTier}.
 */
export interface TierThresholds {
  /** (예비)선도기업: top share at most this percent. Default 30 (the program's rule). */
  readonly leadingPercent?: number;
  /** 잠재기업: top share at most this percent. Default 50 (the program's rule). */
  readonly potentialPercent?: number;
  /** Whether every tier covers at least one place however small the cohort; `'literal'` by default. */
  readonly smallCohorts?: SmallCohortPolicy;
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
  const smallCohorts = readOption(input, 'smallCohorts');
  const atLeastOne = smallCohorts === 'at-least-one';
  if (!atLeastOne && smallCohorts !== undefined && smallCohorts !== 'literal') {
    throw optionsInvalidError('smallCohorts', smallCohorts, "'literal' | 'at-least-one'", ['smallCohorts']);
  }
  // 'at-least-one' widens potential only where it has a share of its own.
  const widensPotential = atLeastOne && potentialMillionths > leadingMillionths;
  // rank ≤ percent × size ÷ 100  ⇔  2·rank ≤ ⌊2 · millionths · size ÷ 10⁸⌋ for a whole 2·rank,
  // in bigints so that no cohort size overflows.
  const largestDoubledRank = (millionths: number, size: number): number =>
    Number((BigInt(millionths * 2) * BigInt(size)) / 100_000_000n);
  return {
    bounds: (cohortSize) => {
      // 'at-least-one': leading covers place 1 (doubled rank 2) at least, and potential the place
      // after leading's whole places (leading2 - leading2 % 2 is twice their number).
      const leading2 = Math.max(atLeastOne ? 2 : 0, largestDoubledRank(leadingMillionths, cohortSize));
      const potential2 = largestDoubledRank(potentialMillionths, cohortSize);
      return {
        leading2,
        potential2: widensPotential ? Math.max(potential2, leading2 - (leading2 % 2) + 2) : potential2,
      };
    },
  };
}

/** The tier of a doubled rank within its cohort's bounds. */
export function tierWithin(doubledRank: number, bounds: TierBounds): Tier {
  if (doubledRank <= bounds.leading2) return 'leading';
  return doubledRank <= bounds.potential2 ? 'potential' : 'none';
}

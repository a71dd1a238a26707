import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { readOption } from '../rules/issues/options';
import { decimalOf } from '../money/decimalText';
import { floorOfProduct, productAtMost } from '../money/ratio';
import { LEADING_PERCENT, POTENTIAL_PERCENT } from '../program/tiers';

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

/** A percent as the decimal it was written as: units ÷ scale (33.3 is 333 ÷ 10). */
interface Percent {
  readonly units: number;
  readonly scale: number;
}

/**
 * Reads a percent the caller wrote, with at most six decimals, exactly (the decimal, not the
 * binary double nearest to it: that is what keeps 33.3% of 1,000 at exactly 333). A percent with
 * more decimals, or outside (lower, 100], is an OPTIONS_INVALID error.
 */
function percentOf(value: unknown, lower: Percent | undefined, option: string, echo = value): Percent {
  const decimal = typeof value === 'number' && Number.isFinite(value) ? decimalOf(value) : undefined;
  // At most six decimals: units and 10^scale are then safe integers for every percent up to 100.
  const percent =
    decimal === undefined || decimal.scale > 6
      ? undefined
      : { units: Number(decimal.numerator), scale: 10 ** decimal.scale };
  if (
    percent === undefined ||
    percent.units <= 0 ||
    percent.units > 100 * percent.scale ||
    (lower !== undefined && !productAtMost(lower.units, percent.scale, percent.units, lower.scale))
  ) {
    throw rulesError(
      OPTIONS_INVALID,
      {
        option,
        input: describeInput(echo),
        expected: '0 < leadingPercent ≤ potentialPercent ≤ 100, ≤ 6 decimals',
      },
      [option],
    );
  }
  return percent;
}

/**
 * For one cohort size, the largest doubled rank (rank × 2, so that 'average' ranks such as 2.5
 * stay integers) in each tier, computed exactly once per cohort and compared per item.
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
    throw rulesError(OPTIONS_INVALID, {
      option: 'options',
      input: describeInput(input),
      expected: 'an object',
    });
  }
  const leading = readOption(input, 'leadingPercent') ?? LEADING_PERCENT;
  const givenPotential = readOption(input, 'potentialPercent');
  const leadingShare = percentOf(leading, undefined, 'leadingPercent');
  // A leading share above the default potential one is the leading option's fault when the caller
  // gave no potential share.
  const potentialShare =
    givenPotential === undefined
      ? percentOf(POTENTIAL_PERCENT, leadingShare, 'leadingPercent', leading)
      : percentOf(givenPotential, leadingShare, 'potentialPercent');
  const smallCohorts = readOption(input, 'smallCohorts');
  const atLeastOne = smallCohorts === 'at-least-one';
  if (!atLeastOne && smallCohorts !== undefined && smallCohorts !== 'literal') {
    throw rulesError(
      OPTIONS_INVALID,
      { option: 'smallCohorts', input: describeInput(smallCohorts), expected: "'literal' | 'at-least-one'" },
      ['smallCohorts'],
    );
  }
  // 'at-least-one' widens potential only where it has a share of its own.
  const widensPotential =
    atLeastOne &&
    !productAtMost(potentialShare.units, leadingShare.scale, leadingShare.units, potentialShare.scale);
  // rank × 100 ≤ (units ÷ scale) × size  ⇔  2·rank × 50 × scale ≤ units × size, so the largest
  // doubled rank within a share is ⌊units × size ÷ (50 × scale)⌋: exact for any cohort size.
  const largestDoubledRank = ({ units, scale }: Percent, size: number): number =>
    floorOfProduct(units, size, 50 * scale);
  return {
    bounds: (cohortSize) => {
      // 'at-least-one': leading covers place 1 (doubled rank 2) at least, and potential the place
      // after leading's whole places (leading2 - leading2 % 2 is twice their number).
      const leading2 = Math.max(atLeastOne ? 2 : 0, largestDoubledRank(leadingShare, cohortSize));
      const potential2 = largestDoubledRank(potentialShare, cohortSize);
      return {
        leading2,
        potential2: widensPotential ? Math.max(potential2, leading2 - (leading2 % 2) + 2) : potential2,
      };
    },
  };
}

/**
 * The tiers by their codes in {@link TierColumns}: `TIER_OF_CODE[columns.tier[i]]` is item i's
 * tier. 0 is `'leading'`, 1 `'potential'`, 2 `'none'`, best first.
 *
 * @example
 * ```ts
 * import { TIER_OF_CODE } from 'regional-innovation-rnd/tiering';
 * TIER_OF_CODE[0]; // 'leading'
 * ```
 */
export const TIER_OF_CODE = /* @__PURE__ */ Object.freeze(['leading', 'potential', 'none'] as const);

/** The tier code (an index of {@link TIER_OF_CODE}) of a doubled rank within its cohort's bounds. */
export function tierCodeWithin(doubledRank: number, bounds: TierBounds): 0 | 1 | 2 {
  if (doubledRank <= bounds.leading2) return 0;
  return doubledRank <= bounds.potential2 ? 1 : 2;
}

import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { TIERING_INVALID_RANK } from '../rules/issues/tiering';
import type { Tier } from '../rules/types';
import { readThresholds, TIER_OF_CODE, tierCodeWithin, type TierThresholds } from './thresholds';

/**
 * The tier of a rank within a cohort (one 주력산업): the top share is rank ÷ cohort size;
 * `leading` ((예비)선도기업) if it is at most 30%, `potential` (잠재기업) if at most 50%, else `none`.
 * The comparison is exact (rank · 100 ≤ percent · size, in integers): no cohort size puts a
 * company on the wrong side of a boundary through floating-point error.
 *
 * Applied literally, the shares leave a cohort of 1–3 without a (예비)선도기업; with
 * `smallCohorts: 'at-least-one'` every tier with a share of its own covers at least one place
 * (rank 1 is always `leading`; see {@link SmallCohortPolicy} for the exact rule). The program
 * states neither reading: both are the library's.
 *
 * @param rank - 1 is the best; a multiple of 0.5 (the `'average'` tie policy gives 2.5).
 * @param cohortSize - the number of companies in the cohort, a positive integer.
 * @param options - the thresholds, 30 and 50 by default (the program's rule), and the small-cohort
 * policy, `'literal'` by default.
 * @returns the tier.
 * @throws {@link rules!RulesError} `TIERING_INVALID_RANK` when the rank is not a multiple of 0.5
 * from 1 to the size or the size is not a positive integer; `OPTIONS_INVALID` for thresholds
 * outside 0 < leading ≤ potential ≤ 100 or a small-cohort policy other than `'literal'` and
 * `'at-least-one'`.
 *
 * @example
 * ```ts
 * import { tierOf } from 'regional-innovation-rnd/tiering';
 * tierOf(3, 10); // 'leading' — exactly 30%
 * tierOf(4, 10); // 'potential'
 * tierOf(6, 10); // 'none'
 * tierOf(1, 3); // 'potential' — 1 ÷ 3 = 33.3%, above 30%
 * tierOf(2, 10, { leadingPercent: 10, potentialPercent: 20 }); // 'potential'
 * tierOf(1, 3, { smallCohorts: 'at-least-one' }); // 'leading' — rank 1 always is
 * ```
 */
export function tierOf(rank: number, cohortSize: number, options: TierThresholds = {}): Tier {
  // typeof first: JavaScript callers may pass anything, and `rank * 2` on an object can throw.
  // A size of 0 or less fails rank > cohortSize, since rank ≥ 1.
  if (
    !Number.isSafeInteger(cohortSize) ||
    typeof rank !== 'number' ||
    !Number.isInteger(rank * 2) ||
    rank < 1 ||
    rank > cohortSize
  ) {
    throw rulesError(TIERING_INVALID_RANK, {
      input: describeInput(rank),
      cohortSize: describeInput(cohortSize),
    });
  }
  return TIER_OF_CODE[tierCodeWithin(rank * 2, readThresholds(options).bounds(cohortSize))];
}

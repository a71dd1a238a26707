import type { Tier } from '../rules/types';
import type { TierThresholds } from './thresholds';

/**
 * How tied scores are ranked. With scores 90, 80, 80, 70:
 * `'min'` gives 1, 2, 2, 4 (tied companies share the best rank; the default);
 * `'max'` gives 1, 3, 3, 4; `'average'` gives 1, 2.5, 2.5, 4. The program does not say how it
 * breaks ties at a boundary, so the policy is the caller's to choose.
 */
export type TiePolicy = 'min' | 'max' | 'average';

/**
 * Options of {@link tierCohort}.
 *
 * @typeParam T - the type of the items.
 */
export interface TierCohortOptions<T> extends TierThresholds {
  /** The score of an item (higher is better): a property name, or a function of the item and its index. */
  readonly score: ScoreAccessor<T>;
  /** The cohort (industry) of an item: a property name, or a function; all items share one cohort if absent. */
  readonly cohort?: CohortAccessor<T>;
  /** How tied scores are ranked; `'min'` by default. */
  readonly ties?: TiePolicy;
}

/**
 * Where {@link tierCohort} reads an item's score: a property holding a number, or a function.
 *
 * @typeParam T - the type of the items.
 */
export type ScoreAccessor<T> = KeysOfType<T, number> | ((item: T, index: number) => number);

/**
 * Where {@link tierCohort} reads an item's cohort: a property holding a string, or a function.
 *
 * @typeParam T - the type of the items.
 */
export type CohortAccessor<T> = KeysOfType<T, string> | ((item: T, index: number) => string);

/**
 * The property names of `T` whose values are of type `V`.
 *
 * @typeParam T - an object type.
 * @typeParam V - the value type.
 *
 * @example
 * ```ts
 * import type { KeysOfType } from 'regional-innovation-rnd/tiering';
 * type NumberKeys = KeysOfType<{ a: number; b: string }, number>; // 'a'
 * ```
 */
export type KeysOfType<T, V> = T extends object
  ? { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & PropertyKey
  : never;

/**
 * One item's place in its cohort, as {@link tierCohort} gives it.
 *
 * @typeParam T - the type of the items.
 *
 * @example
 * ```ts
 * import { tierCohort } from 'regional-innovation-rnd/tiering';
 * const [first] = tierCohort([{ s: 9 }, { s: 5 }], { score: 's' });
 * first; // { item: { s: 9 }, cohort: '', rank: 1, cohortSize: 2, topPercent: 50, tier: 'potential' }
 * ```
 */
export interface TierAssignment<T> {
  /** The item as given (not copied). */
  readonly item: T;
  /** Its cohort key; `''` when no cohort was given. */
  readonly cohort: string;
  /** Its rank in the cohort, 1 the best, by the tie policy (a multiple of 0.5 for `'average'`). */
  readonly rank: number;
  /** The number of items in the cohort. */
  readonly cohortSize: number;
  /** rank ÷ cohortSize × 100, for display; the tier is decided exactly, not from this number. */
  readonly topPercent: number;
  /** The tier. */
  readonly tier: Tier;
}

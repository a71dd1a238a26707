/**
 * A K-TOP originality grade (개발기술의 원천성 평가, 10 grades): 1 is taken as the best and 10 the
 * worst, as in Korean grade scales (1등급) — a convention; the Ministry states the ten grades only.
 *
 * @example
 * ```ts
 * import type { OriginalityGrade } from 'regional-innovation-rnd/ktop';
 * const grade: OriginalityGrade = 3;
 * ```
 */
export type OriginalityGrade = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/**
 * A grade read by {@link readOriginalityGrade}, with the form it was read from.
 *
 * @example
 * ```ts
 * import type { OriginalityGradeReading } from 'regional-innovation-rnd/ktop';
 * const reading: OriginalityGradeReading = { grade: 4, gradeFrom: 'letter', labelConfirmed: false };
 * ```
 */
export interface OriginalityGradeReading {
  /** The grade, 1 to 10. */
  readonly grade: OriginalityGrade;
  /** `'letter'` when read from a KTRS letter (AAA … D), `'number'` for `3`, `'3'` or `'3등급'`. */
  readonly gradeFrom: 'number' | 'letter';
  /**
   * Whether the form read is one the sources confirm for K-TOP: `true` for the numbered grades,
   * `false` for a letter — KTRS's letters are a convention, not confirmed for K-TOP.
   */
  readonly labelConfirmed: boolean;
}

/**
 * How {@link formatOriginalityGrade} writes a grade: `'number'` (`'3'`), `'korean'` (`'3등급'`) or
 * `'letter'` (`'A'`, KIBO's KTRS letters — a convention, not confirmed for K-TOP; see
 * {@link ORIGINALITY_LETTER_SCALE}).
 *
 * @example
 * ```ts
 * import type { GradeStyle } from 'regional-innovation-rnd/ktop';
 * const style: GradeStyle = 'korean';
 * ```
 */
export type GradeStyle = 'number' | 'korean' | 'letter';

/**
 * The options of {@link formatOriginalityGrade}.
 *
 * @example
 * ```ts
 * import type { FormatGradeOptions } from 'regional-innovation-rnd/ktop';
 * const options: FormatGradeOptions = { style: 'letter' };
 * ```
 */
export interface FormatGradeOptions {
  /** How to write the grade; `'number'` by default. */
  readonly style?: GradeStyle;
}

/**
 * One band of a caller-defined cut-off table: scores from `min` (inclusive) to `max` (exclusive;
 * inclusive for the last band of a table) map to `value`.
 *
 * @typeParam T - what a score in the band maps to (a grade, points, a label).
 *
 * @example
 * ```ts
 * import type { ScoreBand } from 'regional-innovation-rnd/ktop';
 * const top: ScoreBand<string> = { min: 90, max: 100, value: 'A' };
 * ```
 */
export interface ScoreBand<T> {
  /** The lowest score in the band (inclusive). */
  readonly min: number;
  /** The score the band ends at (exclusive, except for the last band of a table). */
  readonly max: number;
  /** What a score in the band maps to. */
  readonly value: T;
}

/**
 * A validated, frozen cut-off table, made by {@link defineScoreBands}: contiguous bands in
 * ascending order, covering `min` to `max` inclusive.
 *
 * @typeParam T - what a score maps to.
 *
 * @example
 * ```ts
 * import { defineScoreBands, type ScoreBands } from 'regional-innovation-rnd/ktop';
 * const bands: ScoreBands<string> = defineScoreBands([
 *   { min: 0, max: 50, value: 'low' },
 *   { min: 50, max: 100, value: 'high' },
 * ]);
 * bands.max; // 100
 * ```
 */
export interface ScoreBands<T> {
  /** The bands, in ascending order; frozen copies of those given. */
  readonly bands: readonly ScoreBand<T>[];
  /** The lowest score the table takes: the first band's `min`. */
  readonly min: number;
  /** The highest score the table takes: the last band's `max`. */
  readonly max: number;
}

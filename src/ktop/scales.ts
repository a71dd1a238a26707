import type { Evidence, Sourced } from '../rules/types';
import { MSS_PRESS_RELEASE_2025_01_24 } from '../sources/index';
import { ETNEWS_2009_02_02_KTRS, SEDAILY_2008_01_10_KTRS } from './sources';

/** The press release's footnote on K-TOP, where both scales are stated. */
const PRESS_RELEASE_KTOP = /* @__PURE__ */ Object.freeze({
  ...MSS_PRESS_RELEASE_2025_01_24,
  locator: '둘째(수월성 강화), K-TOP 각주',
});

/**
 * A letter of KIBO's KTRS technology rating scale, best first: AAA, AA, A, BBB, BB, B, CCC, CC, C, D.
 *
 * @example
 * ```ts
 * import type { OriginalityLetter } from 'regional-innovation-rnd/ktop';
 * const letter: OriginalityLetter = 'BBB';
 * ```
 */
export type OriginalityLetter = 'AAA' | 'AA' | 'A' | 'BBB' | 'BB' | 'B' | 'CCC' | 'CC' | 'C' | 'D';

/**
 * The K-TOP originality scale (개발기술의 원천성 평가): 10 grades, 1 taken as the best. The Ministry
 * states the ten grades (`confidence`: `'confirmed'`); it does not say which end is the best, name
 * the grades, or publish a score-to-grade cut-off. That grade 1 is the best is the Korean
 * convention (1등급), carried as its own evidence in `order` (`'derived'`).
 *
 * @example
 * ```ts
 * import { ORIGINALITY_GRADE_SCALE } from 'regional-innovation-rnd/ktop';
 * ORIGINALITY_GRADE_SCALE.value; // { best: 1, worst: 10 }
 * ORIGINALITY_GRADE_SCALE.confidence; // 'confirmed' — ten grades
 * ORIGINALITY_GRADE_SCALE.order.confidence; // 'derived' — 1 the best
 * ```
 */
export const ORIGINALITY_GRADE_SCALE: Sourced<{
  /** The best grade, 1등급 (by convention: see `order`). */
  readonly best: 1;
  /** The worst grade, 10등급 (by convention: see `order`). */
  readonly worst: 10;
}> & {
  /** Evidence that grade 1 is the best and 10 the worst: the Korean convention, `'derived'`. */
  readonly order: Evidence;
} = /* @__PURE__ */ Object.freeze({
  value: /* @__PURE__ */ Object.freeze({ best: 1, worst: 10 } as const),
  sources: /* @__PURE__ */ Object.freeze([PRESS_RELEASE_KTOP]),
  confidence: 'confirmed',
  note: '"개발기술의 원천성 평가(10등급)": ten grades; which end is the best and the grade labels are not public',
  order: /* @__PURE__ */ Object.freeze({
    sources: /* @__PURE__ */ Object.freeze([PRESS_RELEASE_KTOP]),
    confidence: 'derived',
    note: 'In Korean grade scales 1등급 is the best; the press release does not say so for K-TOP',
  } as const),
});

/**
 * The letters of KIBO's older technology rating (KTRS), best first, so that letter `i` (from 0)
 * is grade `i + 1`: AAA = 1 … B = 6 … D = 10.
 *
 * This is a **convention, not confirmed for K-TOP**: KTRS's ten letter grades are well reported,
 * but whether K-TOP's originality grades use these labels (rather than 1–10 or another naming) is
 * not public. Hence the confidence `'reported'`. {@link parseOriginalityGrade} reads these letters
 * and {@link formatOriginalityGrade} writes them with `style: 'letter'` on that understanding.
 *
 * @example
 * ```ts
 * import { ORIGINALITY_LETTER_SCALE } from 'regional-innovation-rnd/ktop';
 * ORIGINALITY_LETTER_SCALE.value[0]; // 'AAA' — grade 1
 * ORIGINALITY_LETTER_SCALE.value[5]; // 'B' — grade 6
 * ORIGINALITY_LETTER_SCALE.confidence; // 'reported'
 * ```
 */
export const ORIGINALITY_LETTER_SCALE: Sourced<readonly OriginalityLetter[]> = /* @__PURE__ */ Object.freeze({
  value: /* @__PURE__ */ Object.freeze([
    'AAA',
    'AA',
    'A',
    'BBB',
    'BB',
    'B',
    'CCC',
    'CC',
    'C',
    'D',
  ] as const satisfies readonly OriginalityLetter[]),
  sources: /* @__PURE__ */ Object.freeze([
    SEDAILY_2008_01_10_KTRS,
    ETNEWS_2009_02_02_KTRS,
    PRESS_RELEASE_KTOP,
  ]),
  confidence: 'reported',
  note:
    'KIBO KTRS convention (ten letter grades; a 서울경제 report, article 1HR12ELR0R, calls B "the sixth of ' +
    'ten"); not confirmed for K-TOP, whose grade labels are not public. The press release gives the ' +
    'ten-grade scale only.',
});

/**
 * The K-TOP innovation score scale (기업혁신역량 평가): 0 to 100 points, both inclusive.
 *
 * @example
 * ```ts
 * import { INNOVATION_SCORE_SCALE } from 'regional-innovation-rnd/ktop';
 * INNOVATION_SCORE_SCALE.value; // { min: 0, max: 100 }
 * ```
 */
export const INNOVATION_SCORE_SCALE: Sourced<{
  /** The lowest score, 0 points (inclusive). */
  readonly min: 0;
  /** The highest score, 100 points (inclusive). */
  readonly max: 100;
}> = /* @__PURE__ */ Object.freeze({
  value: /* @__PURE__ */ Object.freeze({ min: 0, max: 100 } as const),
  sources: /* @__PURE__ */ Object.freeze([PRESS_RELEASE_KTOP]),
  confidence: 'confirmed',
  note: '"기업혁신역량 평가(0~100점)"; how the score weighs in selection is not public',
});

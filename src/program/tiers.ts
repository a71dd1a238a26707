import { deepFreeze } from '../rules/deepFreeze';
import type { Evidence } from '../rules/types';
import { MSS_PRESS_RELEASE_2025_01_24 } from '../sources/index';

/**
 * (예비)선도기업 are the top 30% of their industry (press release; see {@link TIER_THRESHOLDS} for
 * the sources). A bare number, so that code needing only the default carries no provenance.
 *
 * @example
 * ```ts
 * import { LEADING_PERCENT } from 'regional-innovation-rnd/program';
 * LEADING_PERCENT; // 30
 * ```
 */
export const LEADING_PERCENT = 30;

/**
 * 잠재기업 are the top 30–50% of their industry (press release; see {@link TIER_THRESHOLDS} for the
 * sources). A bare number, so that code needing only the default carries no provenance.
 *
 * @example
 * ```ts
 * import { POTENTIAL_PERCENT } from 'regional-innovation-rnd/program';
 * POTENTIAL_PERCENT; // 50
 * ```
 */
export const POTENTIAL_PERCENT = 50;

/**
 * The tier thresholds within each of the 41 주력산업: (예비)선도기업 are the top 30% by innovation
 * and growth (혁신성·성장성), 잠재기업 the top 30–50% — `confirmed` by the press release.
 * How the score is formed, how a rank becomes a share, how ties at a boundary are treated and
 * how small industries are handled are not public: the library's reading of the last three
 * (rank ÷ cohort size, the `ties` and `smallCohorts` options of tiering) is `convention`, `derived`.
 *
 * @example
 * ```ts
 * import { TIER_THRESHOLDS } from 'regional-innovation-rnd/program';
 * TIER_THRESHOLDS.leadingPercent; // 30
 * TIER_THRESHOLDS.potentialPercent; // 50
 * TIER_THRESHOLDS.provenance.confidence; // 'confirmed' — the shares
 * TIER_THRESHOLDS.convention.confidence; // 'derived' — rank ÷ size, ties, small cohorts
 * ```
 */
export const TIER_THRESHOLDS: {
  /** (예비)선도기업: rank ÷ cohort size at most this percent. */
  readonly leadingPercent: number;
  /** 잠재기업: rank ÷ cohort size at most this percent (and above `leadingPercent`). */
  readonly potentialPercent: number;
  /** Evidence for both thresholds (the shares). */
  readonly provenance: Evidence;
  /** Evidence for how the library applies them: rank ÷ cohort size, ties, small cohorts. */
  readonly convention: Evidence;
} = /* @__PURE__ */ deepFreeze({
  leadingPercent: LEADING_PERCENT,
  potentialPercent: POTENTIAL_PERCENT,
  provenance: {
    sources: [MSS_PRESS_RELEASE_2025_01_24],
    confidence: 'confirmed',
    note: '41개 주력산업별 혁신성·성장성 상위 30% 이내 / 30%~50% 이내. The score is not public.',
  } satisfies Evidence,
  convention: {
    sources: [MSS_PRESS_RELEASE_2025_01_24],
    confidence: 'derived',
    note: "The library's reading, not the program's: top share = rank ÷ cohort size; ties and small cohorts are options.",
  } satisfies Evidence,
});

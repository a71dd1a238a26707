import { deepFreeze } from '../rules/deepFreeze';
import type { Evidence } from '../rules/types';
import { MSS_PRESS_RELEASE_2025_01_24 } from '../sources/index';

/**
 * The tier thresholds within each of the 41 주력산업: (예비)선도기업 are the top 30% by innovation
 * and growth (혁신성·성장성), 잠재기업 the top 30–50%. How the score is formed, how ties at a
 * boundary are treated and how small industries are handled are not public.
 *
 * @example
 * ```ts
 * import { TIER_THRESHOLDS } from 'regional-innovation-rnd/program';
 * TIER_THRESHOLDS.leadingPercent; // 30
 * TIER_THRESHOLDS.potentialPercent; // 50
 * ```
 */
export const TIER_THRESHOLDS: {
  /** (예비)선도기업: rank ÷ cohort size at most this percent. */
  readonly leadingPercent: number;
  /** 잠재기업: rank ÷ cohort size at most this percent (and above `leadingPercent`). */
  readonly potentialPercent: number;
  /** Evidence for both thresholds. */
  readonly provenance: Evidence;
} = /* @__PURE__ */ deepFreeze({
  leadingPercent: 30,
  potentialPercent: 50,
  provenance: {
    sources: [MSS_PRESS_RELEASE_2025_01_24],
    confidence: 'confirmed',
    note: '41개 주력산업별 혁신성·성장성 상위 30% 이내 / 30%~50% 이내. The score, tie rule and small-industry rule are not public.',
  } satisfies Evidence,
});

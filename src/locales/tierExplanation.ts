/**
 * The sentences that explain a tier assignment, in Korean and English (tiering's explainTier).
 *
 * @module
 */
import { TIER_LABELS } from '../rules/labels';
import type { TierExplanationParams } from './types';

/**
 * A percent for a sentence: in full when it has at most six decimals (a threshold as the caller
 * wrote it, or a share that ends there, such as 3.125 for 1 of 32), else rounded to two (33.33).
 * Past six decimals no double is exactly halfway between two-decimal neighbours, so toFixed, which
 * rounds the double's exact value, is exact there.
 */
const percentForReading = (value: number): string =>
  Math.round(value * 1e6) / 1e6 === value ? String(value) : String(Number(value.toFixed(2)));

/**
 * Explains a tier assignment in Korean: "10개 중 3위 → 상위 30% → (예비)선도기업 (상위 30% 이내)".
 *
 * @param p - rank, cohort size, top share, tier and thresholds.
 * @returns the explanation.
 *
 * @example
 * ```ts
 * import { TIER_EXPLANATION_KO } from './tierExplanation'; // inside src/ only: tiering's explainTier shows it
 * const params = { rank: 3, cohortSize: 10, topPercent: 30, leadingPercent: 30, potentialPercent: 50 };
 * TIER_EXPLANATION_KO({ ...params, tier: 'leading' });
 * // '10개 중 3위 → 상위 30% → (예비)선도기업 (상위 30% 이내)'
 * ```
 */
export const TIER_EXPLANATION_KO = (p: TierExplanationParams): string => {
  const tier =
    p.tier === 'leading'
      ? `${TIER_LABELS.leading.ko} (상위 ${percentForReading(p.leadingPercent)}% 이내)`
      : p.tier === 'potential'
        ? `${TIER_LABELS.potential.ko} (상위 ${percentForReading(p.leadingPercent)}%~${percentForReading(p.potentialPercent)}%)`
        : `${TIER_LABELS.none.ko} (상위 ${percentForReading(p.potentialPercent)}% 밖)`;
  return `${String(p.cohortSize)}개 중 ${String(p.rank)}위 → 상위 ${percentForReading(p.topPercent)}% → ${tier}`;
};

/**
 * Explains a tier assignment in English: "Rank 3 of 10 → top 30% → leading company ((예비)선도기업, top 30%)".
 *
 * @param p - rank, cohort size, top share, tier and thresholds.
 * @returns the explanation.
 *
 * @example
 * ```ts
 * import { TIER_EXPLANATION_EN } from './tierExplanation'; // inside src/ only: tiering's explainTier shows it
 * const params = { rank: 3, cohortSize: 10, topPercent: 30, leadingPercent: 30, potentialPercent: 50 };
 * TIER_EXPLANATION_EN({ ...params, tier: 'leading' });
 * // 'Rank 3 of 10 → top 30% → leading company ((예비)선도기업, top 30%)'
 * ```
 */
export const TIER_EXPLANATION_EN = (p: TierExplanationParams): string => {
  const tier =
    p.tier === 'leading'
      ? `${TIER_LABELS.leading.en} (${TIER_LABELS.leading.ko}, top ${percentForReading(p.leadingPercent)}%)`
      : p.tier === 'potential'
        ? `${TIER_LABELS.potential.en} (${TIER_LABELS.potential.ko}, top ${percentForReading(p.leadingPercent)}–${percentForReading(p.potentialPercent)}%)`
        : `${TIER_LABELS.none.en} (below the top ${percentForReading(p.potentialPercent)}%)`;
  return `Rank ${String(p.rank)} of ${String(p.cohortSize)} → top ${percentForReading(p.topPercent)}% → ${tier}`;
};

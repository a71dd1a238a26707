import { normalizeIndustryName } from './normalizeIndustryName';
import type { Industry } from './types';

/**
 * Tells whether an industry goes by a folded name: its id, Korean or English name, or an alias.
 *
 * @param industry - the industry.
 * @param key - a name already folded by {@link normalizeIndustryName}, not empty.
 * @returns whether one of the industry's names folds to `key`.
 * @internal
 */
export function matchesIndustry(industry: Industry, key: string): boolean {
  return [industry.id, industry.name.ko, industry.name.en, ...industry.aliases].some(
    (name) => normalizeIndustryName(name) === key,
  );
}

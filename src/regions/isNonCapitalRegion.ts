import { regionUnknownError } from '../locales/errors';
import { getRegion } from './getRegion';
import type { Region } from './types';

/**
 * Finds a 시·도 like {@link getRegion}, but throws instead of answering `undefined`.
 *
 * @param input - a code, legacy code, Korean or English name.
 * @returns the region.
 * @throws {@link rules!RulesError} `REGION_UNKNOWN` when the input names no region.
 *
 * @example
 * ```ts
 * import { requireRegion } from 'regional-innovation-rnd/regions';
 * requireRegion('전라북도').code; // '52'
 * requireRegion('서을'); // throws RulesError REGION_UNKNOWN
 * ```
 */
export function requireRegion(input: unknown): Region {
  const region = getRegion(input);
  if (region !== undefined) return region;
  throw regionUnknownError(input);
}

/**
 * Tells whether a region is one of the 14 non-capital 시·도 the program serves (수도권 = 서울,
 * 인천, 경기, per 수도권정비계획법 제2조). Anything it does not recognise is an error, never a silent
 * "capital": a typo must not read as a verdict.
 *
 * @param input - a code, legacy code, Korean or English name.
 * @returns `true` for a non-capital region, `false` for 서울, 인천 and 경기.
 * @throws {@link rules!RulesError} `REGION_UNKNOWN` when the input names no region.
 *
 * @example
 * ```ts
 * import { isNonCapitalRegion } from 'regional-innovation-rnd/regions';
 * isNonCapitalRegion('부산'); // true
 * isNonCapitalRegion('경기도'); // false
 * isNonCapitalRegion('42'); // true (강원's code before 2023-06-11)
 * ```
 */
export function isNonCapitalRegion(input: unknown): boolean {
  return !requireRegion(input).capital;
}

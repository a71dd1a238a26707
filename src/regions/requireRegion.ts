import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { REGION_UNKNOWN } from '../rules/issues/regions';
import { getRegion } from './getRegion';
import type { Region } from './types';

/**
 * Finds a 시·도 like {@link getRegion}, but throws instead of answering `undefined`.
 *
 * @param input - a code, legacy code, Korean or English name, or a Korean address.
 * @returns the region.
 * @throws {@link rules!RulesError} `REGION_UNKNOWN` when the input names no region;
 * `REGION_AMBIGUOUS` when it may name more than one place (`'광주시'`: 광주광역시, or 경기도 광주시).
 *
 * @example
 * ```ts
 * import { requireRegion } from 'regional-innovation-rnd/regions';
 * requireRegion('전라북도').code; // '52'
 * requireRegion('충북도').code; // '43'
 * requireRegion('서을'); // throws RulesError REGION_UNKNOWN
 * requireRegion('광주시'); // throws RulesError REGION_AMBIGUOUS
 * ```
 */
export function requireRegion(input: unknown): Region {
  const region = getRegion(input);
  if (region !== undefined) return region;
  throw rulesError(REGION_UNKNOWN, { input: describeInput(input) });
}

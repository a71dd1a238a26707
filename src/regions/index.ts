/**
 * The 17 시·도 with current and legacy codes, Korean and English names and the capital-region
 * flag; look-ups that accept whatever a user types; and recorded, effective-dated changes.
 * Imports neither zod nor decimal.js.
 *
 * @module regions
 */
export { REGIONS, NON_CAPITAL_REGION_CODES, REGION_EVENTS } from './data';
export { getRegion, isNonCapitalCode } from './getRegion';
export { isNonCapitalRegion, requireRegion } from './isNonCapitalRegion';
export type { Region, LegacyRegionCode, RegionEvent } from './types';

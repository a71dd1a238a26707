/**
 * The 17 시·도 with current and legacy codes, Korean and English names and the capital-region
 * flag; look-ups that accept whatever a user types (names, romanisations, Korean addresses) and
 * refuse to guess where a name is ambiguous (`'광주시'`); the units that are to replace some of
 * them (전남광주통합특별시); and recorded, effective-dated changes. Imports neither zod nor decimal.js.
 *
 * @module regions
 */
export { REGIONS, NON_CAPITAL_REGION_CODES, REGION_EVENTS, SUCCESSOR_REGIONS } from './data';
export { getRegion, findRegion, isNonCapitalCode } from './getRegion';
export { isNonCapitalRegion } from './isNonCapitalRegion';
export { requireRegion } from './requireRegion';
export type { Region, LegacyRegionCode, RegionEvent, SuccessorRegion, RegionCandidate } from './types';

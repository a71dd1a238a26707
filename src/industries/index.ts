/**
 * The regional industries of the program: the 주축산업 (the 41 industries the program's tiers are
 * ranked within; 37 are named in public sources and shipped here, each with its sources and
 * confidence) and the 19 미래신산업 of the 2023 re-organisation, with, per region, whether the
 * 주축산업 list is complete. Names match loosely; a name the catalogue does not know gets
 * suggestions of close ones, and is never taken for "not a key industry". Callers can add the
 * industries the sources do not name without touching the library's data. Imports neither zod
 * nor decimal.js.
 *
 * @module industries
 */
export { FUTURE_INDUSTRIES } from './futureIndustries';
export { KEY_INDUSTRIES, KEY_LIST_COMPLETE, KEY_LIST_EVIDENCE } from './keyIndustries';
export { DEFAULT_CATALOGUE } from './defaultCatalogue';
export { findIndustry } from './findIndustry';
export { withIndustries } from './withIndustries';
export { industriesOf, isKeyIndustryOf } from './industriesOf';
export { classifyKeyIndustry } from './classifyKeyIndustry';
export { suggestIndustries } from './suggestIndustries';
export { normalizeIndustryName } from './normalizeIndustryName';
export type {
  Industry,
  IndustryKind,
  IndustryRegionCode,
  IndustryCatalogue,
  IndustryInput,
  WithIndustriesOptions,
  RegionIndustries,
  KeyIndustryAnswer,
  KeyIndustryClassification,
  KeyIndustryReason,
  IndustryOrigin,
  SuggestIndustriesOptions,
} from './types';

import type { EditionId } from '../../rules/types';
import type { Edition } from '../types';
import { EDITION_2025 } from './2025';
import { EDITION_2026 } from './2026';

export { EDITION_2025 } from './2025';
export { EDITION_2026 } from './2026';

/**
 * Every edition (yearly call) the library knows, by id. Adding next year's call means adding its
 * data file and one line here.
 *
 * @example
 * ```ts
 * import { EDITIONS } from 'regional-innovation-rnd/program';
 * Object.keys(EDITIONS); // ['2025', '2026']
 * EDITIONS['2025'].tracks.capability.maxGrantTotal; // 400000000
 * ```
 */
export const EDITIONS: Readonly<Record<EditionId, Edition>> = /* @__PURE__ */ Object.freeze({
  '2025': EDITION_2025,
  '2026': EDITION_2026,
});

/**
 * The ids of every known edition, oldest first.
 *
 * @example
 * ```ts
 * import { EDITION_IDS } from 'regional-innovation-rnd/program';
 * EDITION_IDS; // ['2025', '2026']
 * ```
 */
export const EDITION_IDS: readonly EditionId[] = /* @__PURE__ */ Object.freeze(['2025', '2026'] as const);

import type { InstitutionKind, TrackId } from './types';

/**
 * Every institution kind, in a fixed order (the order of the cost-sharing table).
 *
 * @example
 * ```ts
 * import { INSTITUTION_KINDS } from 'regional-innovation-rnd/rules';
 * INSTITUTION_KINDS.includes('midsize'); // true
 * ```
 */
export const INSTITUTION_KINDS: readonly InstitutionKind[] = /* @__PURE__ */ Object.freeze([
  'sme',
  'midsize',
  'large',
  'university',
  'research-institute',
  'nonprofit',
] as const);

/**
 * Both tracks, track 1 first.
 *
 * @example
 * ```ts
 * import { TRACK_IDS } from 'regional-innovation-rnd/rules';
 * TRACK_IDS; // ['supply-chain', 'capability']
 * ```
 */
export const TRACK_IDS: readonly TrackId[] = /* @__PURE__ */ Object.freeze([
  'supply-chain',
  'capability',
] as const);

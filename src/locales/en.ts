/**
 * The English message table, derived from the registry.
 *
 * @module
 */
import { tableOf } from './table';
import type { Messages } from './types';

/**
 * The English message table: one function per issue code, frozen.
 *
 * @example
 * ```ts
 * import { en } from 'regional-innovation-rnd/locales';
 * en.REGION_UNKNOWN({ input: '"Seol"' }).startsWith('Unknown region'); // true
 * ```
 */
export const en: Messages = /* @__PURE__ */ tableOf('en');

/**
 * The Korean message table, derived from the registry.
 *
 * @module
 */
import { tableOf } from './table';
import type { Messages } from './types';

/**
 * The Korean message table (the library's default locale): one function per issue code, frozen.
 *
 * @example
 * ```ts
 * import { ko } from 'regional-innovation-rnd/locales';
 * ko.REGION_UNKNOWN({ input: '"서을"' }).startsWith('알 수 없는 시·도입니다'); // true
 * ```
 */
export const ko: Messages = /* @__PURE__ */ tableOf('ko');

import { deepFreeze } from '../rules/deepFreeze';
import { FUTURE_INDUSTRIES } from './futureIndustries';
import { KEY_INDUSTRIES, KEY_LIST_COMPLETE } from './keyIndustries';
import type { IndustryCatalogue } from './types';

/**
 * The library's own catalogue: the 37 known 주축산업 ({@link KEY_INDUSTRIES}) and the 19
 * 미래신산업 ({@link FUTURE_INDUSTRIES}), with {@link KEY_LIST_COMPLETE} for the 14 non-capital
 * regions and `true` for 서울, 인천 and 경기. Deeply frozen; {@link withIndustries} extends copies.
 *
 * @example
 * ```ts
 * import { DEFAULT_CATALOGUE } from 'regional-innovation-rnd/industries';
 * DEFAULT_CATALOGUE.industries.filter((i) => i.kind === 'future').length; // 19
 * DEFAULT_CATALOGUE.keyListComplete['11']; // true: 서울 has no 주축산업 in this program
 * ```
 */
export const DEFAULT_CATALOGUE: IndustryCatalogue = /* @__PURE__ */ deepFreeze({
  industries: [...KEY_INDUSTRIES, ...FUTURE_INDUSTRIES],
  // The capital regions have no 주축산업 in this program, so their (empty) lists are complete.
  keyListComplete: { ...KEY_LIST_COMPLETE, '11': true, '28': true, '41': true },
});

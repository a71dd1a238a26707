import { getRegion } from '../regions/getRegion';
import { DEFAULT_CATALOGUE } from './defaultCatalogue';
import { lookUp } from './readCatalogue';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { REGION_UNKNOWN } from '../rules/issues/regions';
import { classifyKeyIndustry, isComplete } from './classifyKeyIndustry';
import type { Industry, IndustryCatalogue, KeyIndustryAnswer, RegionIndustries } from './types';

const NONE: readonly Industry[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The 주축산업 and 미래신산업 of one region, and whether its 주축산업 list is complete.
 *
 * The capital regions (서울, 인천, 경기) have no 주력산업 in this program: they get empty lists
 * and `keyListComplete: true`, since nothing is missing from an empty list that is known to be
 * empty. 전남 gets an empty `key` list with `keyListComplete: false`: its 주축산업 exist but are
 * not known.
 *
 * @param region - a code, legacy code (`'42'` for 강원, `'45'` for 전북), Korean or English name.
 * @param catalogue - where to look; the library's own by default.
 * @returns the region's current code, its industries (in catalogue order) and the completeness
 * flag, frozen.
 * @throws {@link rules!RulesError} `REGION_UNKNOWN` when the input names no region;
 * `OPTIONS_INVALID` for a `catalogue` that is not one, with the path to the bad field.
 *
 * @example
 * ```ts
 * import { industriesOf } from 'regional-innovation-rnd/industries';
 * const gangwon = industriesOf('42'); // 강원도's code before 2023-06-11
 * gangwon.region; // '51'
 * gangwon.key.map((i) => i.name.ko); // ['디지털헬스케어', '천연물바이오소재', '세라믹원료소재']
 * gangwon.future.map((i) => i.name.ko); // ['디지털헬스 데이터 분석활용', '차세대 고성능 센서']
 * industriesOf('서울').key; // []
 * ```
 */
export function industriesOf(
  region: unknown,
  catalogue: IndustryCatalogue = DEFAULT_CATALOGUE,
): RegionIndustries {
  const found = getRegion(region);
  if (found === undefined) throw rulesError(REGION_UNKNOWN, { input: describeInput(region) });
  const { code } = found;
  return lookUp(catalogue, (checked) => {
    if (found.capital) return Object.freeze({ region: code, key: NONE, future: NONE, keyListComplete: true });
    const inRegion = checked.industries.filter((industry) => industry.regions.includes(code));
    return Object.freeze({
      region: code,
      key: Object.freeze(inRegion.filter((industry) => industry.kind === 'key')),
      future: Object.freeze(inRegion.filter((industry) => industry.kind === 'future')),
      keyListComplete: isComplete(checked, code),
    });
  });
}

/**
 * Tells whether an industry is a 주축산업 of a region — the question behind the program's tiers,
 * which are ranked within each 주축산업. Names are compared loosely, as in
 * {@link normalizeIndustryName}. This is {@link classifyKeyIndustry}'s `answer`; ask that
 * function for the reason, the matched industry and suggestions for a typo.
 *
 * - `'yes'`: the industry is one of the region's 주축산업 in the catalogue.
 * - `'no'`: the region is a capital region (no 주축산업 in this program); or the industry is one of
 *   the region's 미래신산업 (the two groups never overlap); or the catalogue knows the industry
 *   (of another region), and the region's list is complete without it.
 * - `'unknown'`: the catalogue knows the industry but the region's list is not known to be
 *   complete — it may be one of the 주축산업 the public sources do not name; or the catalogue
 *   does not know the name at all (a typo, or an industry it does not hold), even where the list
 *   is complete; or the name names nothing (`''`, `'산업'`, `'·'`), since there is nothing to
 *   compare. Never a guess.
 *
 * @param region - a code, legacy code, Korean or English name.
 * @param industry - a name, alias or id (`'나노반도체'`), or an industry from a catalogue (its id is
 * compared).
 * @param catalogue - where to look; the library's own by default.
 * @returns `'yes'`, `'no'` or `'unknown'`.
 * @throws {@link rules!RulesError} `REGION_UNKNOWN` when the region input names no region;
 * `OPTIONS_INVALID` for a `catalogue` that is not one (a missing or mistyped field, a region given
 * by name instead of code), with the path to the bad field, e.g.
 * `['catalogue', 'industries', 3, 'kind']`.
 *
 * @example
 * ```ts
 * import { isKeyIndustryOf } from 'regional-innovation-rnd/industries';
 * isKeyIndustryOf('부산', '실버케어 테크'); // 'yes'
 * isKeyIndustryOf('부산', '디지털헬스케어'); // 'no': 강원's, and 부산's list is complete
 * isKeyIndustryOf('부산', '전력반도체'); // 'no': a 미래신산업 of 부산
 * isKeyIndustryOf('부산', '실버캐어테크'); // 'unknown': a typo, not a known industry
 * isKeyIndustryOf('대전', '지능형로봇'); // 'unknown': not known; 대전's list is not complete either
 * isKeyIndustryOf('전남', '소재·부품'); // 'unknown'
 * isKeyIndustryOf('경기', '첨단반도체'); // 'no': a capital region
 * isKeyIndustryOf('부산', '산업'); // 'unknown': no name given
 * ```
 */
export function isKeyIndustryOf(
  region: unknown,
  industry: string | Industry,
  catalogue: IndustryCatalogue = DEFAULT_CATALOGUE,
): KeyIndustryAnswer {
  return classifyKeyIndustry(region, industry, catalogue).answer;
}

import { getRegion } from '../regions/getRegion';
import type { RegionCode } from '../rules/types';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { REGION_UNKNOWN } from '../rules/issues/regions';
import { DEFAULT_CATALOGUE } from './defaultCatalogue';
import { lookUp } from './readCatalogue';
import { indexOf } from './catalogueIndex';
import { normalizeIndustryName } from './normalizeIndustryName';
import { suggestFrom } from './suggestIndustries';
import type { Industry, IndustryCatalogue, IndustryOrigin, KeyIndustryClassification } from './types';

const SUGGESTIONS = 3;

const BLANK: KeyIndustryClassification = /* @__PURE__ */ Object.freeze({
  answer: 'unknown',
  reason: 'blank',
});
const CAPITAL: KeyIndustryClassification = /* @__PURE__ */ Object.freeze({
  answer: 'no',
  reason: 'capital-region',
});

/** The folded name of a string, or of an industry object's id; `''` for anything else. */
function keyOf(industry: unknown): string {
  // A string folds as it is; a number, a function or undefined folds to ''.
  if (typeof industry !== 'object') return normalizeIndustryName(industry as string);
  try {
    // An industry object names itself by its id (null throws here, and names nothing).
    return normalizeIndustryName((industry as { readonly id?: unknown }).id as string);
  } catch {
    return '';
  }
}

/** One of the library's own records (its very objects), or not. */
function originOf(industry: Industry): IndustryOrigin {
  return DEFAULT_CATALOGUE.industries.includes(industry) ? 'library' : 'caller';
}

/**
 * Whether the catalogue holds the region's whole list. Only the catalogue's own entry counts: a
 * hand-made map whose prototype says `true` does not make a list complete, and a missing entry
 * means "not known to be complete".
 *
 * @param catalogue - a checked catalogue.
 * @param code - the region's current code.
 * @returns whether its list is complete.
 * @internal
 */
export function isComplete(catalogue: IndustryCatalogue, code: RegionCode): boolean {
  const map = catalogue.keyListComplete;
  return Object.hasOwn(map, code) && map[code];
}

/**
 * Tells whether an industry is a 주축산업 of a region, and why — the detailed form of
 * {@link isKeyIndustryOf}, whose answer is this result's `answer`. For forms and for the
 * eligibility finding: it says whether the name was given at all, whether the catalogue knows it
 * (and if not, which of its industries are close), which industry it matched and whether that is
 * one of the library's records or the caller's.
 *
 * In order:
 * 1. A name that names nothing (`''`, `'산업'`, `'·'`, `'()'`: see {@link normalizeIndustryName})
 *    is `unknown`, reason `'blank'` — not given, whatever the region.
 * 2. A capital region (서울, 인천, 경기) is `no`, reason `'capital-region'`.
 * 3. A name no industry of the catalogue goes by — any region, either kind — is `unknown`, reason
 *    `'unrecognised'`, with up to three `suggestions` ({@link suggestIndustries}, the region's own
 *    first on equal distance). A typo is not "not a key industry", even where the list is
 *    complete. This happens exactly when {@link findIndustry} finds nothing.
 * 4. Otherwise the name matched: of the industries going by it, the region's 주축산업 is taken
 *    first, then the region's 미래신산업, then the first in catalogue order. A 주축산업 of the region
 *    is `yes` (`'listed'`); a 미래신산업 of the region is `no` (`'future-industry'`); an industry of
 *    other regions is `no` (`'not-listed'`) where the region's list is complete and `unknown`
 *    (`'list-incomplete'`) where it is not. `origin` is `'library'` when the matched record is one
 *    of {@link DEFAULT_CATALOGUE}'s own objects, `'caller'` for anything else.
 *
 * @param region - a code, legacy code, Korean or English name.
 * @param industry - a name, alias or id (`'나노반도체'`), or an industry from a catalogue (its id is
 * compared). Anything else names nothing.
 * @param catalogue - where to look; the library's own by default.
 * @returns the classification, frozen; its `industry` and `suggestions` are the catalogue's own
 * records.
 * @throws {@link rules!RulesError} `REGION_UNKNOWN` when the region input names no region (and
 * whatever else {@link regions!getRegion | getRegion} refuses); `OPTIONS_INVALID` for a
 * `catalogue` that is not one, with the path to the bad field, e.g.
 * `['catalogue', 'industries', 3, 'kind']`.
 *
 * @example
 * ```ts
 * import { classifyKeyIndustry } from 'regional-innovation-rnd/industries';
 * const listed = classifyKeyIndustry('부산', '실버케어 테크');
 * listed.answer; // 'yes'
 * listed.reason === 'listed' && listed.industry.id; // 'busan-silver-care-tech'
 * listed.reason === 'listed' && listed.origin; // 'library'
 * classifyKeyIndustry('부산', '디지털헬스케어').reason; // 'not-listed': 강원's, and 부산's list is complete
 * classifyKeyIndustry('대전', '디지털헬스케어').reason; // 'list-incomplete'
 * classifyKeyIndustry('부산', '전력반도체').reason; // 'future-industry'
 * classifyKeyIndustry('경기', '첨단반도체').reason; // 'capital-region'
 * classifyKeyIndustry('부산', ' 산업 ').reason; // 'blank'
 * const typo = classifyKeyIndustry('경북', '라이프케어소');
 * typo.answer; // 'unknown': a typo is not "not a key industry"
 * typo.reason === 'unrecognised' && typo.suggestions.map((i) => i.name.ko); // ['라이프케어소재']
 * ```
 */
export function classifyKeyIndustry(
  region: unknown,
  industry: string | Industry,
  catalogue: IndustryCatalogue = DEFAULT_CATALOGUE,
): KeyIndustryClassification {
  const found = getRegion(region);
  if (found === undefined) throw rulesError(REGION_UNKNOWN, { input: describeInput(region) });
  const { code } = found;
  const key = keyOf(industry);
  return lookUp(catalogue, (checked): KeyIndustryClassification => {
    if (key === '') return BLANK;
    if (found.capital) return CAPITAL;
    const index = indexOf(checked);
    const matches = index.byKey.get(key);
    if (matches === undefined) {
      return Object.freeze({
        answer: 'unknown',
        reason: 'unrecognised',
        suggestions: suggestFrom(index, key, code, SUGGESTIONS),
      });
    }
    const inRegion = matches.filter((candidate) => candidate.regions.includes(code));
    const matched = inRegion.find((candidate) => candidate.kind === 'key') ?? inRegion[0] ?? matches[0];
    const origin = originOf(matched);
    if (inRegion.includes(matched)) {
      return Object.freeze(
        matched.kind === 'key'
          ? { answer: 'yes', reason: 'listed', industry: matched, origin }
          : { answer: 'no', reason: 'future-industry', industry: matched, origin },
      );
    }
    return Object.freeze(
      isComplete(checked, code)
        ? { answer: 'no', reason: 'not-listed', industry: matched, origin }
        : { answer: 'unknown', reason: 'list-incomplete', industry: matched, origin },
    );
  });
}

import { getRegion } from '../regions/getRegion';
import type { RegionCode } from '../rules/types';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { REGION_UNKNOWN } from '../rules/issues/regions';
import { DEFAULT_CATALOGUE } from './defaultCatalogue';
import { lookUp } from './readCatalogue';
import { indexOf, lettersOf, unsharedLetters, type CatalogueIndex, type Letters } from './catalogueIndex';
import { normalizeIndustryName } from './normalizeIndustryName';
import { guarded } from '../rules/guarded';
import type { Industry, SuggestIndustriesOptions } from './types';

const DEFAULT_LIMIT = 3;
const NONE: readonly Industry[] = /* @__PURE__ */ Object.freeze([]);
const OPTIONS_EXPECTED = '{ region?, catalogue?, limit? } or undefined';
const LIMIT_EXPECTED = 'a non-negative integer';

/**
 * The edit distance (Levenshtein: insertions, deletions and substitutions of one letter, each
 * costing 1) between two names split into letters, when it is at most `bound`.
 *
 * @param a - one name's letters.
 * @param b - the other's.
 * @param bound - the largest distance of interest.
 * @returns the distance, or `Infinity` when it exceeds `bound`.
 * @internal
 */
export function distanceWithin(x: Letters, y: Letters, bound: number): number {
  const a = x.codes;
  const b = y.codes;
  // Lengths further apart than the bound cannot be closer than it; skipping them keeps a very long
  // input from costing its length times every name's. Nor can names with more letters apart.
  if (Math.abs(a.length - b.length) > bound || unsharedLetters(x, y) > bound) return Infinity;
  // The table row by row, in two reused rows. Every alignment crosses every row, so once a whole
  // row is past the bound the distance is too: an unrelated name stops after a few rows.
  let previous = new Int32Array(b.length + 1);
  for (let j = 1; j <= b.length; j += 1) previous[j] = j;
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let nearest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitute = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cell = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitute);
      current[j] = cell;
      nearest = Math.min(nearest, cell);
    }
    if (nearest > bound) return Infinity;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length] as number;
  return distance <= bound ? distance : Infinity;
}

/**
 * The largest distance at which two names still count as close: a third of the longer one's
 * letters, at least 1.
 *
 * @param a - one name's letters (jamo for Hangul).
 * @param b - the other's.
 * @returns the cut-off.
 * @internal
 */
export function cutOff(a: Letters, b: Letters): number {
  return Math.max(1, Math.floor(Math.max(a.codes.length, b.codes.length) / 3));
}

/**
 * The suggestions for a folded, non-empty name, from an index: see {@link suggestIndustries}.
 *
 * @param index - the catalogue's index.
 * @param key - the folded name, not empty.
 * @param region - the region whose industries come first on equal distance, if any.
 * @param limit - at most this many.
 * @returns the suggestions, frozen.
 * @internal
 */
export function suggestFrom(
  index: CatalogueIndex,
  key: string,
  region: RegionCode | undefined,
  limit: number,
): readonly Industry[] {
  const query = lettersOf(key);
  const close: { readonly industry: Industry; readonly distance: number; readonly own: boolean }[] = [];
  for (const { industry, letters } of index.entries) {
    let distance = Infinity;
    for (const name of letters) {
      distance = Math.min(distance, distanceWithin(query, name, cutOff(query, name)));
    }
    if (distance !== Infinity) {
      // No region given: `undefined` is in no region list.
      close.push({ industry, distance, own: (industry.regions as readonly unknown[]).includes(region) });
    }
  }
  // A stable sort: on equal distance and standing, catalogue order.
  close.sort((x, y) => x.distance - y.distance || Number(y.own) - Number(x.own));
  // A hand-made catalogue may list one record twice; it is suggested once.
  const unique = [...new Set(close.map(({ industry }) => industry))];
  return Object.freeze(unique.slice(0, limit));
}

interface Read {
  readonly region: RegionCode | undefined;
  readonly catalogue: unknown;
  readonly limit: number;
}

function readOptions(options: unknown): Read {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw rulesError(OPTIONS_INVALID, {
      option: 'options',
      input: describeInput(options),
      expected: OPTIONS_EXPECTED,
    });
  }
  const {
    region,
    catalogue = DEFAULT_CATALOGUE,
    limit = DEFAULT_LIMIT,
  } = options as SuggestIndustriesOptions;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw rulesError(
      OPTIONS_INVALID,
      { option: 'limit', input: describeInput(limit), expected: LIMIT_EXPECTED },
      ['limit'],
    );
  }
  if (region === undefined) return { region, catalogue, limit };
  const found = getRegion(region);
  if (found === undefined) throw rulesError(REGION_UNKNOWN, { input: describeInput(region) }, ['region']);
  return { region: found.code, catalogue, limit };
}

/**
 * Suggests the industries of a catalogue whose names are close to what someone typed — for a
 * form that says "did you mean …?" when {@link findIndustry} finds nothing, as
 * {@link classifyKeyIndustry} does for an unrecognised name.
 *
 * Closeness is the edit distance between the folded names ({@link normalizeIndustryName}: spaces,
 * dots and a trailing `산업` do not count), counted in letters: a Hangul syllable is its two or
 * three jamo, so one mistyped key (`테크` → `태크`) or one missing final syllable
 * (`라이프케어소` → `라이프케어소재`) is a small step, while a wholly different syllable costs two or
 * three. Each industry is compared by its id, Korean and English names and aliases, and counts at
 * its closest. Two names are close when the distance is at most a third of the longer one's
 * length in letters (at least 1): `실버케어` (8 jamo) is close to `실버케어테크` (12 jamo, 4 away), a
 * short input matches only near-exact names, and an unrelated one gets nothing.
 *
 * The suggestions are ordered by distance; on equal distance the region's own industries
 * (주축산업 or 미래신산업) come first when `region` is given, then catalogue order. A name the
 * catalogue knows comes first, at distance 0. A name that names nothing (`''`, `'산업'`, `'·'`)
 * gets none.
 *
 * @param name - what the caller typed.
 * @param options - `region` to prefer (any form `getRegion` accepts), `catalogue` (the library's
 * own by default), `limit` (a non-negative integer, 3 by default).
 * @returns up to `limit` industries of the catalogue, closest first, in a frozen array.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` for options that are not an object, a bad
 * `limit` (path `['limit']`) or a `catalogue` that is not one (path from `['catalogue']`);
 * `REGION_UNKNOWN` with path `['region']` for a region no one knows.
 *
 * @example
 * ```ts
 * import { suggestIndustries } from 'regional-innovation-rnd/industries';
 * suggestIndustries('라이프케어소').map((i) => i.name.ko); // ['라이프케어소재']
 * suggestIndustries('실버캐어 테크').map((i) => i.id); // ['busan-silver-care-tech']
 * suggestIndustries('지능형로봇'); // []: nothing is close
 * suggestIndustries('산업'); // []: not a name
 * ```
 */
export function suggestIndustries(name: string, options: SuggestIndustriesOptions = {}): readonly Industry[] {
  const read = guarded(
    () => readOptions(options),
    () => {
      throw rulesError(OPTIONS_INVALID, {
        option: 'options',
        input: describeInput(options),
        expected: OPTIONS_EXPECTED,
      });
    },
  );
  const { region, catalogue, limit } = read;
  const key = normalizeIndustryName(name);
  return lookUp(catalogue, (checked) =>
    key === '' ? NONE : suggestFrom(indexOf(checked), key, region, limit),
  );
}

import { DEFAULT_CATALOGUE } from './defaultCatalogue';
import { indexOf } from './catalogueIndex';
import { normalizeIndustryName } from './normalizeIndustryName';
import { lookUp } from './readCatalogue';
import type { Industry, IndustryCatalogue } from './types';

/**
 * Finds an industry by id, Korean or English name, or a known alias, compared loosely (see
 * {@link normalizeIndustryName}: spaces, middle dots, commas, a trailing `산업`, ASCII case and
 * Unicode normalisation do not matter).
 *
 * When two industries of a catalogue go by the same name, the first in catalogue order wins: the
 * library's own before those a caller added. To ask about one region, use
 * {@link classifyKeyIndustry}, {@link isKeyIndustryOf} or {@link industriesOf}; for names close to
 * one that finds nothing, {@link suggestIndustries}. A name that names nothing (`''`, `'산업'`,
 * `'·'`, `'()'`) finds nothing.
 *
 * @param nameOrId - what the caller has, e.g. `'나노반도체'`, `'첨단 디스플레이 산업'`, an id.
 * @param catalogue - where to look; the library's own by default.
 * @returns the catalogue's industry, or `undefined` if none goes by that name (or the input is not a string).
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` for a `catalogue` that is not one (a missing
 * or mistyped field, a region given by name instead of code), with the path to the bad field,
 * e.g. `['catalogue', 'industries', 3, 'kind']`.
 *
 * @example
 * ```ts
 * import { findIndustry } from 'regional-innovation-rnd/industries';
 * findIndustry('차세대 디스플레이')?.id; // 'chungnam-advanced-display'
 * findIndustry('수소 저장 · 운송 산업')?.regions; // ['26', '31', '48', '50']
 * findIndustry('Power semiconductors')?.name.ko; // '전력반도체'
 * findIndustry('반도체'); // undefined: no industry goes by exactly that name
 * findIndustry(' 산업 '); // undefined: not a name
 * ```
 */
export function findIndustry(
  nameOrId: string,
  catalogue: IndustryCatalogue = DEFAULT_CATALOGUE,
): Industry | undefined {
  const key = normalizeIndustryName(nameOrId);
  return lookUp(catalogue, (checked) => indexOf(checked).byKey.get(key)?.[0]);
}

import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { getRegion } from '../regions/getRegion';
import { RulesError } from '../rules/RulesError';
import { DEFAULT_CATALOGUE } from './defaultCatalogue';
import { MAX_INDUSTRIES, MAX_NAMES, isFields, listAt, type Path } from './fields';
import type { IndustryCatalogue } from './types';

const CATALOGUE_EXPECTED = 'an IndustryCatalogue, such as DEFAULT_CATALOGUE or one made by withIndustries';

function refuse(input: unknown, expected: string, path: Path): never {
  throw rulesError(OPTIONS_INVALID, { option: 'catalogue', input: describeInput(input), expected }, [
    'catalogue',
    ...path,
  ]);
}

const refuseAs =
  (expected: string) =>
  (input: unknown, path: Path): never =>
    refuse(input, expected, path);

/** A region's code as the library stores it: `'51'` for 강원, not `'42'`, `42` or `'강원'`. */
function isCurrentCode(value: unknown): boolean {
  return getRegion(value)?.code === value;
}

function checkIndustry(industry: unknown, path: Path): void {
  if (!isFields(industry)) refuse(industry, 'an Industry', path);
  const { id, name, kind, regions, aliases } = industry;
  if (typeof id !== 'string') refuse(id, 'a string', [...path, 'id']);
  if (!isFields(name) || typeof name['ko'] !== 'string' || typeof name['en'] !== 'string') {
    refuse(name, '{ ko: string; en: string }', [...path, 'name']);
  }
  if (kind !== 'key' && kind !== 'future') refuse(kind, "'key' | 'future'", [...path, 'kind']);
  const codes = 'an array of current region codes';
  if (!listAt(regions, [...path, 'regions'], MAX_NAMES, refuseAs(codes)).every(isCurrentCode)) {
    refuse(regions, codes, [...path, 'regions']);
  }
  const strings = 'an array of strings';
  const names = listAt(aliases, [...path, 'aliases'], MAX_NAMES, refuseAs(strings));
  if (!names.every((alias) => typeof alias === 'string')) refuse(aliases, strings, [...path, 'aliases']);
}

function checkCatalogue(catalogue: unknown): asserts catalogue is IndustryCatalogue {
  if (!isFields(catalogue)) refuse(catalogue, CATALOGUE_EXPECTED, []);
  const { industries, keyListComplete } = catalogue;
  listAt(industries, ['industries'], MAX_INDUSTRIES, refuseAs('an array of Industry')).forEach(
    (industry, index) => {
      checkIndustry(industry, ['industries', index]);
    },
  );
  if (!isFields(keyListComplete)) {
    refuse(keyListComplete, 'an object mapping region codes to true or false', ['keyListComplete']);
  }
  for (const [code, complete] of Object.entries(keyListComplete)) {
    if (!isCurrentCode(code)) refuse(code, 'a current region code', ['keyListComplete', code]);
    if (typeof complete !== 'boolean') refuse(complete, 'true or false', ['keyListComplete', code]);
  }
}

// The catalogues the library made, which need no check: its own and those withIndustries returns
// (frozen through, of checked records). A WeakSet lets them be collected.
const MADE = /* @__PURE__ */ new WeakSet([DEFAULT_CATALOGUE] as WeakKey[]);

/**
 * The catalogue withIndustries made from `base`, marked as needing no check when `base` needed
 * none either (then every record is the library's, frozen and checked). A catalogue extending a
 * hand-made base shares the caller's records, and is checked on each look-up like its base.
 *
 * @internal
 */
export function madeFrom(base: unknown, catalogue: IndustryCatalogue): IndustryCatalogue {
  if (MADE.has(base as object)) MADE.add(catalogue);
  return catalogue;
}

/**
 * Runs a look-up on the catalogue a caller passed: the one place where the industry functions
 * read it. A catalogue the library did not make is checked first, whole, so that a malformed one
 * (from JavaScript, or built by hand) is an `OPTIONS_INVALID` error naming the bad field, never a
 * crash or a silently wrong answer; a list with a hole or an absurd length is refused at once,
 * never walked. Whatever cannot be read, during the check or the look-up (a throwing getter, a
 * revoked proxy, a proxy that changes between the two), is the catalogue's error too.
 *
 * @param catalogue - what the caller passed.
 * @param look - the look-up, given the checked catalogue.
 * @returns what the look-up returns.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` with `option: 'catalogue'` and a path from
 * `['catalogue']` down to the bad field, e.g. `['catalogue', 'industries', 3, 'kind']`.
 * @internal
 */
export function lookUp<T>(catalogue: unknown, look: (catalogue: IndustryCatalogue) => T): T {
  try {
    // WeakSet.has answers false for anything that is not an object.
    if (!MADE.has(catalogue as object)) checkCatalogue(catalogue);
    return look(catalogue as IndustryCatalogue);
  } catch (error) {
    if (error instanceof RulesError) throw error;
    return refuse(catalogue, 'a catalogue that can be read', []);
  }
}

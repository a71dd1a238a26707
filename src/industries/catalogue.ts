import { getRegion } from '../regions/getRegion';
import { RulesError } from '../rules/RulesError';
import type { Confidence, RegionCode, SourceRef } from '../rules/types';
import { deepFreeze } from '../rules/deepFreeze';
import { industryInvalidError, optionsInvalidError } from '../locales/errors';
import { FUTURE_INDUSTRIES } from './futureIndustries';
import { KEY_INDUSTRIES, KEY_LIST_COMPLETE } from './keyIndustries';
import { indexOf } from './catalogueIndex';
import { normalizeIndustryName } from './normalizeIndustryName';
import type {
  Industry,
  IndustryCatalogue,
  IndustryInput,
  IndustryKind,
  WithIndustriesOptions,
} from './types';

function buildDefaultCatalogue(): IndustryCatalogue {
  return deepFreeze({
    industries: [...KEY_INDUSTRIES, ...FUTURE_INDUSTRIES],
    // The capital regions have no 주축산업 in this program, so their (empty) lists are complete.
    keyListComplete: { ...KEY_LIST_COMPLETE, '11': true, '28': true, '41': true },
  });
}

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
export const DEFAULT_CATALOGUE: IndustryCatalogue = /* @__PURE__ */ buildDefaultCatalogue();

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
 * @returns the industry, or `undefined` if none goes by that name (or the input is not a string).
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

// ---------------------------------------------------------------------------------------------
// Catalogues given by callers

const CATALOGUE_EXPECTED = 'an IndustryCatalogue, such as DEFAULT_CATALOGUE or one made by withIndustries';

type Path = readonly (string | number)[];

function refuse(input: unknown, expected: string, path: Path): never {
  throw optionsInvalidError('catalogue', input, expected, ['catalogue', ...path]);
}

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
  if (!Array.isArray(regions) || !regions.every(isCurrentCode)) {
    refuse(regions, 'an array of current region codes', [...path, 'regions']);
  }
  if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string')) {
    refuse(aliases, 'an array of strings', [...path, 'aliases']);
  }
}

function checkCatalogue(catalogue: unknown): asserts catalogue is IndustryCatalogue {
  if (!isFields(catalogue)) refuse(catalogue, CATALOGUE_EXPECTED, []);
  const { industries, keyListComplete } = catalogue;
  if (!Array.isArray(industries)) refuse(industries, 'an array of Industry', ['industries']);
  industries.forEach((industry, index) => {
    checkIndustry(industry, ['industries', index]);
  });
  if (!isFields(keyListComplete)) {
    refuse(keyListComplete, 'an object mapping region codes to true or false', ['keyListComplete']);
  }
  for (const [code, complete] of Object.entries(keyListComplete)) {
    if (!isCurrentCode(code)) refuse(code, 'a current region code', ['keyListComplete', code]);
    if (typeof complete !== 'boolean') refuse(complete, 'true or false', ['keyListComplete', code]);
  }
}

/**
 * Checks the catalogue a caller passed as `lookUp` does, for a call that has nothing to look up;
 * `undefined` stands for the library's own.
 *
 * @param catalogue - what the caller passed.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` as `lookUp` does.
 * @internal
 */
export function checkCatalogueOption(catalogue: unknown): void {
  lookUp(catalogue === undefined ? DEFAULT_CATALOGUE : catalogue, () => undefined);
}

/**
 * Runs a look-up on the catalogue a caller passed. A catalogue other than the library's own is
 * checked first, whole, so that a malformed one (from JavaScript, or built by hand) is an
 * OPTIONS_INVALID error naming the bad field, never a crash or a silently wrong answer.
 *
 * @param catalogue - what the caller passed.
 * @param look - the look-up, given the checked catalogue.
 * @returns what the look-up returns.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` with `option: 'catalogue'` and a path from
 * `['catalogue']` down to the bad field, e.g. `['catalogue', 'industries', 3, 'kind']`.
 * @internal
 */
export function lookUp<T>(catalogue: unknown, look: (catalogue: IndustryCatalogue) => T): T {
  // Stryker disable next-line ConditionalExpression: the library's own catalogue passes the check, so checking it too gives the same answer; this only skips the work
  if (catalogue === DEFAULT_CATALOGUE) return look(DEFAULT_CATALOGUE);
  try {
    checkCatalogue(catalogue);
    return look(catalogue);
  } catch (error) {
    if (error instanceof RulesError) throw error;
    // A getter that throws, or a proxy that changes between the check and the look-up.
    return refuse(catalogue, 'a catalogue that can be read', []);
  }
}

// ---------------------------------------------------------------------------------------------
// withIndustries

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const MAX_ID_LENGTH = 100;
const CALLER_SUPPLIED = 'caller-supplied';
const KEY_LIST_EXPECTED = 'an object mapping non-capital regions (code or name) to true or false';
const BASE_EXPECTED = 'an IndustryCatalogue, such as DEFAULT_CATALOGUE';
const OPTIONS_EXPECTED = 'an object or undefined';

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isConfidence(value: unknown): value is Confidence {
  return value === 'confirmed' || value === 'reported' || value === 'derived';
}

/** A name or alias: a string with something left to match once spaces and dots are dropped. */
function readName(value: unknown, path: readonly (string | number)[]): string {
  if (typeof value !== 'string') throw industryInvalidError(value, 'shape', path);
  const text = value.normalize('NFC').trim();
  if (normalizeIndustryName(text) === '') throw industryInvalidError(value, 'empty-name', path);
  return text;
}

function readLocalizedName(value: unknown, index: number): Industry['name'] {
  if (!isFields(value)) throw industryInvalidError(value, 'shape', [index, 'name']);
  const ko = readName(value['ko'], [index, 'name', 'ko']);
  const en = value['en'] === undefined ? ko : readName(value['en'], [index, 'name', 'en']);
  return { ko, en };
}

function readRegions(value: unknown, kind: IndustryKind, index: number): RegionCode[] {
  if (!Array.isArray(value) || value.length === 0)
    throw industryInvalidError(value, 'shape', [index, 'regions']);
  const codes: RegionCode[] = [];
  for (let j = 0; j < value.length; j += 1) {
    const input: unknown = value[j];
    const region = getRegion(input);
    // The program has no industries in the capital regions: naming one is as wrong as a typo.
    if (region === undefined || region.capital) {
      throw industryInvalidError(input, 'unknown-region', [index, 'regions', j]);
    }
    if (!codes.includes(region.code)) codes.push(region.code);
  }
  // A 주축산업 is one region's: two regions with one name are two industries.
  if (kind === 'key' && codes.length !== 1) throw industryInvalidError(value, 'shape', [index, 'regions']);
  return codes;
}

function readAliases(value: unknown, index: number): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw industryInvalidError(value, 'shape', [index, 'aliases']);
  const aliases: string[] = [];
  for (let j = 0; j < value.length; j += 1) aliases.push(readName(value[j], [index, 'aliases', j]));
  return aliases;
}

function readSource(value: unknown, path: readonly (string | number)[]): SourceRef {
  if (!isFields(value)) throw industryInvalidError(value, 'shape', path);
  const required = (field: 'title' | 'publisher' | 'date'): string => {
    const text = value[field];
    if (typeof text !== 'string' || text.trim() === '')
      throw industryInvalidError(text, 'shape', [...path, field]);
    return text.trim();
  };
  const optional = (field: 'url' | 'locator' | 'note'): string | undefined => {
    const text = value[field];
    if (text !== undefined && typeof text !== 'string')
      throw industryInvalidError(text, 'shape', [...path, field]);
    return text;
  };
  const source: { -readonly [K in keyof SourceRef]: SourceRef[K] } = {
    title: required('title'),
    publisher: required('publisher'),
    date: required('date'),
  };
  const url = optional('url');
  const locator = optional('locator');
  const note = optional('note');
  if (url !== undefined) source.url = url;
  if (locator !== undefined) source.locator = locator;
  if (note !== undefined) source.note = note;
  return source;
}

function readSources(value: unknown, index: number): SourceRef[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw industryInvalidError(value, 'shape', [index, 'sources']);
  const sources: SourceRef[] = [];
  for (let j = 0; j < value.length; j += 1) sources.push(readSource(value[j], [index, 'sources', j]));
  return sources;
}

function readIndustry(item: unknown, index: number, taken: ReadonlySet<string>): Industry {
  if (!isFields(item)) throw industryInvalidError(item, 'shape', [index]);
  const id = item['id'];
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH || !SLUG.test(id)) {
    throw industryInvalidError(id, 'shape', [index, 'id']);
  }
  if (taken.has(id)) throw industryInvalidError(id, 'duplicate-id', [index, 'id']);
  const name = readLocalizedName(item['name'], index);
  const kind = item['kind'];
  if (kind !== 'key' && kind !== 'future') throw industryInvalidError(kind, 'shape', [index, 'kind']);
  const regions = readRegions(item['regions'], kind, index);
  const aliases = readAliases(item['aliases'], index);
  const sources = readSources(item['sources'], index);
  const confidence = item['confidence'] ?? 'reported';
  if (!isConfidence(confidence)) throw industryInvalidError(confidence, 'shape', [index, 'confidence']);
  const note = item['note'];
  if (note !== undefined && typeof note !== 'string')
    throw industryInvalidError(note, 'shape', [index, 'note']);
  return {
    id,
    name,
    kind,
    regions,
    aliases,
    provenance: {
      sources,
      confidence,
      note: note === undefined ? CALLER_SUPPLIED : `${CALLER_SUPPLIED}: ${note}`,
    },
  };
}

function readIndustries(extra: unknown, taken: Set<string>): Industry[] {
  if (!Array.isArray(extra)) throw industryInvalidError(extra, 'shape', []);
  const industries: Industry[] = [];
  for (let index = 0; index < extra.length; index += 1) {
    const item: unknown = extra[index];
    let industry: Industry;
    try {
      industry = readIndustry(item, index, taken);
    } catch (error) {
      // A getter that throws, a revoked proxy: whatever cannot be read is not a well-formed industry.
      if (error instanceof RulesError) throw error;
      throw industryInvalidError(item, 'shape', [index]);
    }
    taken.add(industry.id);
    industries.push(deepFreeze(industry));
  }
  return industries;
}

// `undefined` never gets here: the parameter's default replaces it.
function readKeyListComplete(options: unknown): Partial<Record<RegionCode, boolean>> {
  if (!isFields(options)) throw optionsInvalidError('options', options, OPTIONS_EXPECTED, []);
  const map = options['keyListComplete'];
  if (map === undefined) return {};
  if (!isFields(map))
    throw optionsInvalidError('keyListComplete', map, KEY_LIST_EXPECTED, ['keyListComplete']);
  const overrides: Partial<Record<RegionCode, boolean>> = {};
  for (const key of Object.keys(map)) {
    const region = getRegion(key);
    const value = map[key];
    const path = ['keyListComplete', key];
    if (region === undefined || region.capital)
      throw optionsInvalidError('keyListComplete', key, KEY_LIST_EXPECTED, path);
    // Two spellings of one region with different answers: refuse rather than pick one.
    const earlier = overrides[region.code];
    if (typeof value !== 'boolean' || (earlier !== undefined && earlier !== value)) {
      throw optionsInvalidError('keyListComplete', value, KEY_LIST_EXPECTED, path);
    }
    overrides[region.code] = value;
  }
  return overrides;
}

interface BaseCopy {
  readonly industries: readonly Industry[];
  readonly keyListComplete: Readonly<Record<RegionCode, boolean>>;
  readonly ids: Set<string>;
}

// Read once, so that a base that changes under us (a proxy) cannot make the result inconsistent.
function readBase(base: unknown): BaseCopy {
  if (!isFields(base) || !Array.isArray(base['industries']) || !isFields(base['keyListComplete'])) {
    throw optionsInvalidError('base', base, BASE_EXPECTED, []);
  }
  const industries = [...(base['industries'] as readonly Industry[])];
  const keyListComplete = { ...(base['keyListComplete'] as Readonly<Record<RegionCode, boolean>>) };
  const ids = new Set<string>();
  for (const industry of industries as readonly unknown[]) {
    if (isFields(industry) && typeof industry['id'] === 'string') ids.add(industry['id']);
  }
  return { industries, keyListComplete, ids };
}

/**
 * Returns a new catalogue with the caller's industries added — for the 주축산업 the public sources
 * do not name, or the Ministry's own table — and, optionally, regions' lists marked complete. The
 * base catalogue (by default {@link DEFAULT_CATALOGUE}) and the inputs are never changed.
 *
 * Each added industry is checked and copied: `id` a lower-case ASCII kebab-case slug not yet in
 * the catalogue; `name.ko` (and `name.en`, which defaults to `name.ko`) not empty once spaces and
 * dots are dropped; `kind` `'key'` or `'future'`; `regions` non-capital regions in any form
 * `getRegion` accepts, stored as current codes — exactly one for a `'key'` industry. Names are
 * stored in NFC without surrounding spaces. Its provenance is the caller's `sources` (none by
 * default) and `confidence` (`'reported'` by default), with a `note` of `'caller-supplied'` (or
 * `'caller-supplied: '` and the caller's note), so that added data is never mistaken for the
 * library's.
 *
 * The new catalogue is frozen, and so are the industries it adds; the base's industries are
 * shared with it, not copied.
 *
 * @param extra - the industries to add, in order.
 * @param base - the catalogue to extend; the library's own by default.
 * @param options - `keyListComplete`: regions (code or name) whose 주축산업 lists to mark complete
 * (`true`) or not (`false`); a region given twice with different values is refused.
 * @returns the extended catalogue.
 * @throws {@link rules!RulesError} `INDUSTRY_INVALID` for a bad industry, with `path` `[index, field]`
 * (deeper for nested fields: `[0, 'name', 'ko']`, `[0, 'regions', 1]`) and `params.reason`
 * `'shape'` (a wrong type or form, e.g. a 주축산업 given two regions), `'empty-name'`, `'duplicate-id'` or `'unknown-region'` (no such region, or a capital region);
 * `path` is `[]` when `extra` is not an array. `OPTIONS_INVALID` for a `base` that is not a
 * catalogue or a bad `keyListComplete`. Never anything else, whatever it is given.
 *
 * @example
 * ```ts
 * import { DEFAULT_CATALOGUE, isKeyIndustryOf, withIndustries } from 'regional-innovation-rnd/industries';
 * const catalogue = withIndustries(
 *   [{ id: 'daejeon-intelligent-robots', name: { ko: '지능형로봇' }, kind: 'key', regions: ['대전'] }],
 *   DEFAULT_CATALOGUE,
 *   { keyListComplete: { 대전: true } },
 * );
 * isKeyIndustryOf('대전', '지능형 로봇', catalogue); // 'yes'
 * isKeyIndustryOf('대전', '항공부품', catalogue); // 'no': 대전's list is now complete
 * isKeyIndustryOf('대전', '지능형로봇'); // 'unknown': the library's own catalogue is unchanged
 * ```
 */
export function withIndustries(
  extra: readonly IndustryInput[],
  base: IndustryCatalogue = DEFAULT_CATALOGUE,
  options: WithIndustriesOptions = {},
): IndustryCatalogue {
  let copy: BaseCopy;
  try {
    copy = readBase(base);
  } catch (error) {
    if (error instanceof RulesError) throw error;
    throw optionsInvalidError('base', base, BASE_EXPECTED, []);
  }
  let overrides: Partial<Record<RegionCode, boolean>>;
  try {
    overrides = readKeyListComplete(options);
  } catch (error) {
    if (error instanceof RulesError) throw error;
    throw optionsInvalidError('options', options, OPTIONS_EXPECTED, []);
  }
  let added: Industry[];
  try {
    added = readIndustries(extra, copy.ids);
  } catch (error) {
    if (error instanceof RulesError) throw error;
    throw industryInvalidError(extra, 'shape', []);
  }
  return Object.freeze({
    industries: Object.freeze([...copy.industries, ...added]),
    keyListComplete: Object.freeze({ ...copy.keyListComplete, ...overrides }),
  });
}

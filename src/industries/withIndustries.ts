import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { INDUSTRY_INVALID } from '../rules/issues/industries';
import { getRegion } from '../regions/getRegion';
import { RulesError } from '../rules/RulesError';
import { deepFreeze } from '../rules/deepFreeze';
import type { RegionCode } from '../rules/types';
import { DEFAULT_CATALOGUE } from './defaultCatalogue';
import { MAX_INDUSTRIES, MAX_NAMES, isConfidence, isFields, listAt, readSources, type Path } from './fields';
import { normalizeIndustryName } from './normalizeIndustryName';
import { madeFrom } from './readCatalogue';
import { guarded } from '../rules/guarded';
import type {
  Industry,
  IndustryCatalogue,
  IndustryInput,
  IndustryKind,
  WithIndustriesOptions,
} from './types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const MAX_ID_LENGTH = 100;
const CALLER_SUPPLIED = 'caller-supplied';
const KEY_LIST_EXPECTED = 'an object mapping non-capital regions (code or name) to true or false';
const BASE_EXPECTED = 'an IndustryCatalogue, such as DEFAULT_CATALOGUE';
const OPTIONS_EXPECTED = 'an object or undefined';

/** A name or alias: a string with something left to match once spaces and dots are dropped. */
const invalid =
  (reason: 'shape' | 'unknown-region' = 'shape') =>
  (input: unknown, path: Path): never => {
    throw rulesError(INDUSTRY_INVALID, { input: describeInput(input), reason }, path);
  };

/** A name or alias: a string with something left to match once spaces and dots are dropped. */
function readName(value: unknown, path: Path): string {
  if (typeof value !== 'string') return invalid()(value, path);
  const text = value.normalize('NFC').trim();
  if (normalizeIndustryName(text) === '') {
    throw rulesError(INDUSTRY_INVALID, { input: describeInput(value), reason: 'empty-name' }, path);
  }
  return text;
}

function readLocalizedName(value: unknown, path: Path): Industry['name'] {
  if (!isFields(value)) return invalid()(value, path);
  const ko = readName(value['ko'], [...path, 'ko']);
  const en = value['en'] === undefined ? ko : readName(value['en'], [...path, 'en']);
  return { ko, en };
}

function readRegions(value: unknown, kind: IndustryKind, path: Path): RegionCode[] {
  const codes: RegionCode[] = [];
  // A hole names no region, as a typo does.
  const refuse = (input: unknown, at: Path): never =>
    invalid(at.length > path.length ? 'unknown-region' : 'shape')(input, at);
  listAt(value, path, MAX_NAMES, refuse).forEach((input, j) => {
    const region = getRegion(input);
    // The program has no industries in the capital regions: naming one is as wrong as a typo.
    if (region === undefined || region.capital) {
      throw rulesError(INDUSTRY_INVALID, { input: describeInput(input), reason: 'unknown-region' }, [
        ...path,
        j,
      ]);
    }
    if (!codes.includes(region.code)) codes.push(region.code);
  });
  // A 주축산업 is one region's: two regions with one name are two industries.
  if (codes.length === 0 || (kind === 'key' && codes.length !== 1)) return invalid()(value, path);
  return codes;
}

function readIndustry(item: unknown, index: number, taken: ReadonlySet<string>): Industry {
  if (!isFields(item)) return invalid()(item, [index]);
  const id = item['id'];
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH || !SLUG.test(id))
    return invalid()(id, [index, 'id']);
  if (taken.has(id)) {
    throw rulesError(INDUSTRY_INVALID, { input: describeInput(id), reason: 'duplicate-id' }, [index, 'id']);
  }
  const name = readLocalizedName(item['name'], [index, 'name']);
  const kind = item['kind'];
  if (kind !== 'key' && kind !== 'future') return invalid()(kind, [index, 'kind']);
  const regions = readRegions(item['regions'], kind, [index, 'regions']);
  const aliases =
    item['aliases'] === undefined
      ? []
      : listAt(item['aliases'], [index, 'aliases'], MAX_NAMES, invalid()).map((alias, j) =>
          readName(alias, [index, 'aliases', j]),
        );
  const sources =
    item['sources'] === undefined ? [] : readSources(item['sources'], [index, 'sources'], invalid());
  const confidence = item['confidence'] ?? 'reported';
  if (!isConfidence(confidence)) return invalid()(confidence, [index, 'confidence']);
  const note = item['note'];
  if (note !== undefined && typeof note !== 'string') return invalid()(note, [index, 'note']);
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

/** The caller's industries, in order, each checked against the ids before it. */
function readIndustries(extra: unknown, ids: Set<string>): Industry[] {
  return listAt(extra, [], MAX_INDUSTRIES, invalid()).map((item, index) => {
    let industry: Industry;
    try {
      industry = readIndustry(item, index, ids);
    } catch (error) {
      // A getter that throws, a revoked proxy: whatever cannot be read is not a well-formed industry.
      if (error instanceof RulesError) throw error;
      return invalid()(item, [index]);
    }
    ids.add(industry.id);
    return industry;
  });
}

// `undefined` never gets here: the parameter's default replaces it.
function readKeyListComplete(options: unknown): Partial<Record<RegionCode, boolean>> {
  if (!isFields(options)) {
    throw rulesError(OPTIONS_INVALID, {
      option: 'options',
      input: describeInput(options),
      expected: OPTIONS_EXPECTED,
    });
  }
  const map = options['keyListComplete'];
  if (map === undefined) return {};
  if (!isFields(map)) {
    throw rulesError(
      OPTIONS_INVALID,
      { option: 'keyListComplete', input: describeInput(map), expected: KEY_LIST_EXPECTED },
      ['keyListComplete'],
    );
  }
  const overrides: Partial<Record<RegionCode, boolean>> = {};
  for (const key of Object.keys(map)) {
    const region = getRegion(key);
    const value = map[key];
    const path = ['keyListComplete', key];
    if (region === undefined || region.capital) {
      throw rulesError(
        OPTIONS_INVALID,
        { option: 'keyListComplete', input: describeInput(key), expected: KEY_LIST_EXPECTED },
        path,
      );
    }
    // Two spellings of one region with different answers: refuse rather than pick one.
    const earlier = overrides[region.code];
    if (typeof value !== 'boolean' || (earlier !== undefined && earlier !== value)) {
      throw rulesError(
        OPTIONS_INVALID,
        { option: 'keyListComplete', input: describeInput(value), expected: KEY_LIST_EXPECTED },
        path,
      );
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
  const refuseBase = (): never => {
    throw rulesError(OPTIONS_INVALID, {
      option: 'base',
      input: describeInput(base),
      expected: BASE_EXPECTED,
    });
  };
  if (!isFields(base) || !isFields(base['keyListComplete'])) return refuseBase();
  const industries = listAt(base['industries'], [], MAX_INDUSTRIES, refuseBase) as Industry[];
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
  const from = guarded(
    () => readBase(base),
    () => {
      throw rulesError(OPTIONS_INVALID, {
        option: 'base',
        input: describeInput(base),
        expected: BASE_EXPECTED,
      });
    },
  );
  const overrides = guarded(
    () => readKeyListComplete(options),
    () => {
      throw rulesError(OPTIONS_INVALID, {
        option: 'options',
        input: describeInput(options),
        expected: OPTIONS_EXPECTED,
      });
    },
  );
  const added = guarded(
    () => readIndustries(extra, from.ids),
    () => {
      throw rulesError(INDUSTRY_INVALID, { input: describeInput(extra), reason: 'shape' });
    },
  );
  // The base's industries are shared, not copied, and never frozen: they are the caller's.
  return madeFrom(
    base,
    Object.freeze({
      industries: Object.freeze([...from.industries, ...deepFreeze(added)]),
      keyListComplete: Object.freeze({ ...from.keyListComplete, ...overrides }),
    }),
  );
}

import { normalizeIndustryName } from './normalizeIndustryName';
import type { Industry, IndustryCatalogue } from './types';

/**
 * One industry of a catalogue with its names folded once.
 *
 * @internal
 */
export interface IndexedIndustry {
  /** The catalogue's own record. */
  readonly industry: Industry;
  /** Its id, names and aliases as {@link normalizeIndustryName} folds them: distinct, none empty. */
  readonly keys: readonly string[];
  /** The same keys split into letters, as edit distances count them. */
  readonly letters: readonly Letters[];
}

/**
 * A folded name as edit distances count it: its code points after NFKD, so that a Hangul syllable
 * is its two or three jamo and a compatibility jamo typed alone (`ㅈ`) is the same letter as the
 * one inside a syllable.
 *
 * @internal
 */
export interface Letters {
  /** The letters, in order. */
  readonly codes: Int32Array;
  /** The same letters sorted, so that the letters two names share are counted in one pass. */
  readonly sorted: Int32Array;
}

/**
 * A catalogue's industries with their folded names, and the industries going by each name, in
 * catalogue order.
 *
 * @internal
 */
export interface CatalogueIndex {
  readonly entries: readonly IndexedIndustry[];
  readonly byKey: ReadonlyMap<string, readonly [Industry, ...Industry[]]>;
}

/**
 * Splits a folded name into the units edit distances count (see {@link Letters}).
 *
 * @param key - a name already folded by {@link normalizeIndustryName}.
 * @returns its letters.
 * @internal
 * @example
 * ```ts
 * import { lettersOf } from './catalogueIndex'; // internal: from inside src/ only
 * lettersOf('테크').codes.length; // 4: ㅌ ㅔ ㅋ ㅡ
 * ```
 */
export function lettersOf(key: string): Letters {
  const codes = Int32Array.from(key.normalize('NFKD'), (letter) => letter.codePointAt(0) as number);
  return { codes, sorted: codes.slice().sort() };
}

/**
 * How many letters of the longer name the other does not have, counted with repeats: a lower
 * bound of the edit distance (each edit adds, removes or changes one letter), found in one pass
 * over the sorted letters, so that most unrelated names are told apart without the distance table.
 *
 * @param a - one name's letters.
 * @param b - the other's.
 * @returns the number of letters of the longer one left unmatched.
 * @internal
 * @example
 * ```ts
 * import { lettersOf, unsharedLetters } from './catalogueIndex'; // internal: from inside src/ only
 * unsharedLetters(lettersOf('테크'), lettersOf('태크')); // 1
 * unsharedLetters(lettersOf('ab'), lettersOf('ba')); // 0: the same letters, in another order
 * ```
 */
export function unsharedLetters(a: Letters, b: Letters): number {
  const x = a.sorted;
  const y = b.sorted;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const left = x[i] as number;
    const right = y[j] as number;
    if (left === right) shared += 1;
    if (left <= right) i += 1;
    if (right <= left) j += 1;
  }
  return Math.max(x.length, y.length) - shared;
}

function buildIndex(industries: readonly Industry[]): CatalogueIndex {
  const byKey = new Map<string, [Industry, ...Industry[]]>();
  const entries = industries.map((industry): IndexedIndustry => {
    const names = [industry.id, industry.name.ko, industry.name.en, ...industry.aliases];
    const keys = [...new Set(names.map(normalizeIndustryName))].filter((key) => key !== '');
    for (const key of keys) {
      const sharing = byKey.get(key);
      if (sharing === undefined) byKey.set(key, [industry]);
      else sharing.push(industry);
    }
    return { industry, keys, letters: keys.map(lettersOf) };
  });
  return { entries, byKey };
}

/**
 * Whether nothing the index reads can change: the catalogue, its list, and each record's names and
 * aliases are frozen. (Regions and kinds are read from the records on every look-up.)
 */
function isFrozenThrough(catalogue: IndustryCatalogue): boolean {
  return (
    Object.isFrozen(catalogue) &&
    Object.isFrozen(catalogue.industries) &&
    catalogue.industries.every(
      (industry) =>
        Object.isFrozen(industry) && Object.isFrozen(industry.name) && Object.isFrozen(industry.aliases),
    )
  );
}

// Derived data of frozen catalogues only, so an entry can never go stale; a WeakMap lets a
// catalogue and its index be collected together.
const INDEXES = /* @__PURE__ */ new WeakMap<IndustryCatalogue, CatalogueIndex>();

/**
 * The index of a (checked) catalogue. A frozen catalogue — the library's own, and every one
 * {@link withIndustries} returns from a frozen base — is indexed once and the index kept; any
 * other is indexed afresh on every call, since it may change between calls.
 *
 * @param catalogue - a catalogue that has passed the check.
 * @returns its index.
 * @internal
 */
export function indexOf(catalogue: IndustryCatalogue): CatalogueIndex {
  const kept = INDEXES.get(catalogue);
  if (kept !== undefined) return kept;
  const index = buildIndex(catalogue.industries);
  if (isFrozenThrough(catalogue)) INDEXES.set(catalogue, index);
  return index;
}

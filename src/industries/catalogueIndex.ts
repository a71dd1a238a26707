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
  /** The same keys split into code points after NFKD (a Hangul syllable becomes its jamo). */
  readonly letters: readonly (readonly string[])[];
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
 * Splits a folded name into the units edit distances count: code points after NFKD, so that a
 * Hangul syllable is its two or three jamo and a compatibility jamo typed alone (`ㅈ`) is the
 * same letter as the one inside a syllable.
 *
 * @param key - a name already folded by {@link normalizeIndustryName}.
 * @returns its letters.
 * @internal
 */
export function lettersOf(key: string): string[] {
  return Array.from(key.normalize('NFKD'));
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

import type { RegionCode } from '../rules/types';
import { NON_CAPITAL_REGION_CODES, REGIONS } from './data';
import type { Region } from './types';

/** Folds the ways people write a region name into one key: NFC, no spaces, dots or hyphens, lower case. */
function keyOf(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\-.·_]/gu, '')
    .toLowerCase();
}

function buildIndex(regions: readonly Region[]): ReadonlyMap<string, Region> {
  const index = new Map<string, Region>();
  for (const region of regions) {
    const names = [
      region.code,
      ...region.legacyCodes.flatMap((legacy) => [legacy.code, legacy.name]),
      region.name.ko,
      region.name.koShort,
      region.name.en,
      region.name.enFull,
      ...region.aliases,
    ];
    for (const name of names) index.set(keyOf(name), region);
  }
  return index;
}

const INDEX = /* @__PURE__ */ buildIndex(REGIONS);

/**
 * Finds a 시·도 by code, legacy code, full or short Korean name, or English name. Surrounding
 * spaces, inner spaces, hyphens, middle dots, letter case and Unicode normalisation (NFC or NFD
 * Hangul) do not matter. A number is read as a code (`26`).
 *
 * @param input - what the caller has: `'26'`, `26`, `'42'` (강원's code before 2023-06-11),
 * `'부산'`, `'부산광역시'`, `'Busan'`, `' 부산 '`.
 * @returns the region, or `undefined` if the input names none.
 *
 * @example
 * ```ts
 * import { getRegion } from 'regional-innovation-rnd/regions';
 * getRegion('부산')?.code; // '26'
 * getRegion('Busan')?.name.ko; // '부산광역시'
 * getRegion('45')?.name.koShort; // '전북' (전라북도's code until 2024-01-17)
 * getRegion('서을'); // undefined
 * ```
 */
export function getRegion(input: unknown): Region | undefined {
  if (typeof input === 'number') {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a fast refusal only: no other number prints as a key of the index (codes are '11' to '52', names have no digits)
    return Number.isInteger(input) && input > 0 && input < 100 ? INDEX.get(String(input)) : undefined;
  }
  if (typeof input !== 'string' || input.length > 100) return undefined;
  return INDEX.get(keyOf(input));
}

/**
 * The codes of the 14 non-capital 시·도, as a set for quick membership tests.
 */
const NON_CAPITAL = /* @__PURE__ */ new Set<RegionCode>(NON_CAPITAL_REGION_CODES);

/**
 * Tells whether a region code is one of the 14 non-capital 시·도, without the look-up that
 * {@link isNonCapitalRegion} does for names.
 *
 * @param code - a current region code.
 * @returns `true` for the 14 non-capital codes.
 *
 * @example
 * ```ts
 * import { isNonCapitalCode } from 'regional-innovation-rnd/regions';
 * isNonCapitalCode('26'); // true
 * isNonCapitalCode('11'); // false
 * ```
 */
export function isNonCapitalCode(code: RegionCode): boolean {
  return NON_CAPITAL.has(code);
}

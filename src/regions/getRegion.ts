import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { REGION_AMBIGUOUS } from '../rules/issues/regions';
import type { RegionCode } from '../rules/types';
import { COLLISIONS, NON_CAPITAL_REGION_CODES, REGIONS, SUCCESSOR_NAMES, SUCCESSOR_REGIONS } from './data';
import type { Region, RegionCandidate, SuccessorRegion } from './types';

/**
 * What a name or code reads as: one region, a unit that replaces regions, or several places.
 *
 * @internal
 */
export type RegionReading =
  | { readonly kind: 'region'; readonly region: Region }
  | {
      /** A unit of SUCCESSOR_REGIONS (its index there) and the regions it replaces. */
      readonly kind: 'successor';
      readonly successor: number;
      readonly candidates: readonly RegionCandidate[];
    }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly RegionCandidate[] };

// Marks, punctuation, spaces, controls and format characters, backticks and modifier apostrophes
// (ʻ ʼ), and the Hangul middle dot ㆍ (its NFKD form): none of them tells two regions apart.
const IGNORED = /[\p{M}\p{P}\p{Z}\p{Cc}\p{Cf}`ʻʼ\u119E]/gu;

// Text that folds to itself in lower case: Hangul syllables, ASCII letters and digits. Most names
// and codes are written so; they skip the two normalisations (about 7 times faster).
const PLAIN = /^[\dA-Za-z가-힣]*$/u;

/**
 * Folds the ways people write a region name into one key: compatibility forms (full-width
 * letters, odd spaces) and accents undone, no spaces or punctuation, lower case.
 */
function fold(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(IGNORED, '').normalize('NFC').toLowerCase();
}

interface Index {
  /** Current and legacy codes. */
  readonly codes: ReadonlyMap<string, RegionReading>;
  /** Every name, folded. */
  readonly names: ReadonlyMap<string, RegionReading>;
  /** The Korean names that are ambiguous at the start of an address, and the next words that settle them. */
  readonly leading: ReadonlyMap<
    string,
    { readonly ambiguous: RegionReading; readonly settledBy: ReadonlyMap<string, RegionReading> }
  >;
}

function candidateOf(region: Region): RegionCandidate {
  return { region: region.code, ko: region.name.ko, en: region.name.en, capital: region.capital };
}

/** The places a reading may mean. */
function candidatesOf(reading: RegionReading): readonly RegionCandidate[] {
  return reading.kind === 'region' ? [candidateOf(reading.region)] : reading.candidates;
}

function buildIndex(): Index {
  const codes = new Map<string, RegionReading & { kind: 'region' }>();
  const names = new Map<string, RegionReading>();
  const leading = new Map<string, { ambiguous: RegionReading; settledBy: Map<string, RegionReading> }>();
  const byCode = (code: RegionCode): RegionReading & { kind: 'region' } =>
    codes.get(code) as RegionReading & { kind: 'region' };
  for (const region of REGIONS) {
    const reading = { kind: 'region', region } as const;
    for (const legacy of region.legacyCodes) {
      codes.set(legacy.code, reading);
      names.set(fold(legacy.name), reading);
    }
    codes.set(region.code, reading);
    const { ko, koShort, en, enFull } = region.name;
    for (const name of [ko, koShort, en, enFull, ...region.aliases]) names.set(fold(name), reading);
  }
  SUCCESSOR_NAMES.forEach((unit, successor) => {
    const candidates = unit.successorOf.map((code) => candidateOf(byCode(code).region));
    const reading: RegionReading = { kind: 'successor', successor, candidates };
    for (const name of unit.names) names.set(fold(name), reading);
  });
  for (const collision of COLLISIONS) {
    const candidates = collision.candidates.map((c) =>
      typeof c === 'string' ? candidateOf(byCode(c).region) : c,
    );
    const ambiguous: RegionReading = { kind: 'ambiguous', candidates };
    for (const name of collision.alone) names.set(fold(name), ambiguous);
    const settledBy = new Map<string, RegionReading>();
    const settling = collision.settledBy;
    if (settling !== undefined) {
      for (const word of settling.words) settledBy.set(fold(word), byCode(settling.region));
    }
    for (const name of collision.leading) leading.set(fold(name), { ambiguous, settledBy });
  }
  return { codes, names, leading };
}

const INDEX = /* @__PURE__ */ buildIndex();

const WORD = /[\p{L}\p{N}]+/gu;
const HANGUL_FIRST = /^\p{Script=Hangul}/u;
// Where a Korean name may end inside a word written without spaces: '경기도광주시', '광주광역시북구'.
const NAME_ENDINGS = '시도';

/**
 * Reads an address or name that starts with a Korean region name: the longest name at the start
 * decides. The next word may settle an ambiguous name ('광주 북구') or unsettle a clear one
 * ('대구 경북': two 시·도). English addresses are not read: they put the 시·도 last.
 */
function readAddress(text: string): RegionReading | undefined {
  const words = text.match(WORD);
  if (words === null || !HANGUL_FIRST.test(words[0])) return undefined;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const head = words.slice(0, i).join('');
    const word = words[i] as string;
    for (let end = word.length; end > 0; end -= 1) {
      if (end < word.length && !NAME_ENDINGS.includes(word.charAt(end - 1))) continue;
      const key = fold(head + word.slice(0, end));
      const reading = INDEX.names.get(key);
      if (reading === undefined) continue;
      const next = word.slice(end) || words[i + 1];
      return next === undefined ? reading : readOn(key, reading, fold(next));
    }
  }
  return undefined;
}

/** A leading name and the word after it. */
function readOn(key: string, reading: RegionReading, next: string): RegionReading {
  const leading = INDEX.leading.get(key);
  if (leading !== undefined) return leading.settledBy.get(next) ?? leading.ambiguous;
  if (reading.kind !== 'region') return reading;
  // A second region name right after the first ('대구 경북') names two places, unless the first
  // holds a place of that name ('경기 광주': 경기도 광주시).
  const following = INDEX.leading.get(next)?.ambiguous ?? INDEX.names.get(next);
  if (following === undefined) return reading;
  const others = candidatesOf(following);
  if (others.some((other) => other.region === reading.region.code)) return reading;
  return { kind: 'ambiguous', candidates: [candidateOf(reading.region), ...others] };
}

/**
 * Reads a code, name or address as a region, a successor unit or several places. Never throws;
 * the look-ups below are built on it.
 *
 * @param input - anything a caller passes.
 * @returns the reading, or `undefined` when the input names no region.
 * @internal
 */
export function readRegion(input: unknown): RegionReading | undefined {
  if (typeof input === 'number') return INDEX.codes.get(String(input));
  if (typeof input !== 'string' || input.length > 100) return undefined;
  const key = fold(input);
  return INDEX.codes.get(key) ?? INDEX.names.get(key) ?? readAddress(input.normalize('NFKC'));
}

/**
 * Finds a 시·도 by code, legacy code, Korean or English name, or an address that starts with a
 * Korean 시·도 name. Letter case, spaces (also no-break and full-width ones), hyphens, dots,
 * apostrophes, accents, trailing punctuation and Unicode normalisation (NFC or NFD Hangul,
 * full-width letters) do not matter. A number is read as a code (`26`).
 *
 * - Names: full (`'경상북도'`), short (`'경북'`), short with 도 (`'경북도'`), former (`'전라북도'`,
 *   `'강원도'`), English (`'Gyeongbuk'`, `'Gyeongsangbuk-do'`, `'North Gyeongsang Province'`),
 *   McCune–Reischauer and common spellings (`'Kyongsangbuk-do'`, `'Kyungbuk'`, `'Pusan'`).
 * - Addresses: the longest 시·도 name at the start decides (`'부산광역시 해운대구 센텀중앙로 79'`,
 *   `'경기도 광주시'`, `'서울 강남구'`); a name later in the text never does. Only Korean
 *   addresses are read.
 *
 * @param input - what the caller has: `'26'`, `26`, `'42'` (강원's code before 2023-06-11),
 * `'부산'`, `'부산광역시'`, `'Busan'`, `' 부산 '`, `'경북 포항시 남구'`.
 * @returns the region, or `undefined` if the input names none.
 * @throws {@link rules!RulesError} `REGION_AMBIGUOUS` when the input may name more than one place:
 * `'광주시'` (광주광역시, or 경기도 광주시 in 경기도), `'Gwangju-si'`, `'광주 오포읍'`, two 시·도
 * (`'대구 경북'`), or 전남광주통합특별시, which replaces 광주 (29) and 전남 (46) and has no code
 * yet (its record: {@link findRegion}). The error's `params.candidates` lists the places.
 *
 * @example
 * ```ts
 * import { getRegion } from 'regional-innovation-rnd/regions';
 * getRegion('부산')?.code; // '26'
 * getRegion('Kyungbuk')?.name.ko; // '경상북도'
 * getRegion('45')?.name.koShort; // '전북' (전라북도's code until 2024-01-17)
 * getRegion('경기도 광주시')?.code; // '41'
 * getRegion('광주 북구')?.code; // '29'
 * getRegion('서을'); // undefined
 * getRegion('광주시'); // throws RulesError REGION_AMBIGUOUS: 광주광역시, or 경기도 광주시
 * ```
 */
export function getRegion(input: unknown): Region | undefined {
  const reading = readRegion(input);
  if (reading === undefined || reading.kind === 'region') return reading?.region;
  throw rulesError(REGION_AMBIGUOUS, { input: describeInput(input), candidates: reading.candidates });
}

/**
 * Finds a region like {@link getRegion}, and also a unit that is to replace some of them:
 * `'전남광주통합특별시'`, `'광주특별시'` (its short name) and `'전남광주특별시'` give its
 * {@link SuccessorRegion} record, whose `code` is `null`.
 *
 * @param input - a code, name or address, as for {@link getRegion}.
 * @returns the region or successor unit, or `undefined` if the input names none.
 * @throws {@link rules!RulesError} `REGION_AMBIGUOUS` when the input may name more than one place.
 *
 * @example
 * ```ts
 * import { findRegion } from 'regional-innovation-rnd/regions';
 * findRegion('부산')?.code; // '26'
 * findRegion('광주특별시')?.name.ko; // '전남광주통합특별시'
 * const merged = findRegion('전남광주통합특별시');
 * merged?.code === null && merged.successorOf; // ['29', '46']
 * ```
 */
export function findRegion(input: unknown): Region | SuccessorRegion | undefined {
  const reading = readRegion(input);
  if (reading?.kind === 'successor') return SUCCESSOR_REGIONS[reading.successor];
  if (reading?.kind !== 'ambiguous') return reading?.region;
  throw rulesError(REGION_AMBIGUOUS, { input: describeInput(input), candidates: reading.candidates });
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

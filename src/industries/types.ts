import type { Confidence, Evidence, LocalizedText, RegionCode, SourceRef } from '../rules/types';

/**
 * The two groups of the 2023 re-organisation of the regional 주력산업 (60 in all):
 * `key` is a 주축산업 (41, mature, with an industrial base in the region — the industries this
 * program's tiers are ranked within); `future` is a 미래신산업 (19, new growth industries tied to
 * national strategic technologies).
 */
export type IndustryKind = 'key' | 'future';

/**
 * The code of a 시·도 that can hold industries of this program: one of the 14 non-capital
 * regions. 서울 (11), 인천 (28) and 경기 (41) have no 주력산업 in it.
 */
export type IndustryRegionCode = Exclude<RegionCode, '11' | '28' | '41'>;

/**
 * One regional industry (a 주축산업 or a 미래신산업), with the evidence that it is one.
 *
 * @example
 * ```ts
 * import { findIndustry } from 'regional-innovation-rnd/industries';
 * const industry = findIndustry('나노반도체');
 * industry?.id; // 'daejeon-nano-semiconductor'
 * industry?.regions; // ['30']
 * industry?.provenance.confidence; // 'confirmed'
 * ```
 */
export interface Industry {
  /** Stable identifier: a lower-case ASCII kebab-case slug, unique in a catalogue. */
  readonly id: string;
  /**
   * The name: `ko` as the sources write it (one spelling chosen where they differ, the others in
   * `aliases`); `en` is the library's translation, not an official name.
   */
  readonly name: LocalizedText;
  /** 주축산업 (`key`) or 미래신산업 (`future`). */
  readonly kind: IndustryKind;
  /** The regions it belongs to: one for a 주축산업, one or several for a 미래신산업. */
  readonly regions: readonly RegionCode[];
  /** Other spellings found in the sources, all accepted by the name look-ups. */
  readonly aliases: readonly string[];
  /**
   * Why the library holds it to be an industry of those regions. Caller-supplied industries
   * have no sources unless given, and a `note` that starts with `'caller-supplied'`.
   */
  readonly provenance: Evidence;
}

/**
 * A set of industries and, per region, whether its list of 주축산업 is complete. The library's
 * own is {@link DEFAULT_CATALOGUE}; {@link withIndustries} makes extended copies.
 *
 * @example
 * ```ts
 * import { DEFAULT_CATALOGUE } from 'regional-innovation-rnd/industries';
 * DEFAULT_CATALOGUE.industries.length; // 56 (37 주축산업 + 19 미래신산업)
 * DEFAULT_CATALOGUE.keyListComplete['30']; // false: 대전's third 주축산업 is not known
 * ```
 */
export interface IndustryCatalogue {
  /** Every industry of the catalogue: the 주축산업 first, then the 미래신산업, then additions. */
  readonly industries: readonly Industry[];
  /**
   * For each region, whether the catalogue holds all of its 주축산업. `true` for the capital
   * regions, which have none in this program. `false` means "not known to be complete": an
   * industry the catalogue does not list may still be a 주축산업 there.
   */
  readonly keyListComplete: Readonly<Record<RegionCode, boolean>>;
}

/**
 * An industry a caller adds with {@link withIndustries}: for a 주축산업 the library does not know,
 * or one from the Ministry's own table.
 */
export interface IndustryInput {
  /** Lower-case ASCII kebab-case slug (`a-z`, `0-9`, single hyphens), unique in the catalogue. */
  readonly id: string;
  /** The Korean name, and optionally an English one (the Korean name is used when it is absent). */
  readonly name: {
    /** The Korean name, as the caller's source writes it. */
    readonly ko: string;
    /** An English name; the Korean name is used when it is absent. */
    readonly en?: string;
  };
  /** 주축산업 (`key`) or 미래신산업 (`future`). */
  readonly kind: IndustryKind;
  /**
   * Non-capital regions, in any form `getRegion` accepts (`'30'`, `'대전'`, `'Daejeon'`, legacy
   * `'42'`). Exactly one for a 주축산업; at least one for a 미래신산업.
   */
  readonly regions: readonly unknown[];
  /** Other spellings to accept in look-ups. */
  readonly aliases?: readonly string[];
  /** The documents the caller relies on; none by default. */
  readonly sources?: readonly SourceRef[];
  /** How sure the caller is; `'reported'` by default. */
  readonly confidence?: Confidence;
  /** A remark, kept after the `'caller-supplied: '` marker. */
  readonly note?: string;
}

/**
 * Options of {@link withIndustries}.
 */
export interface WithIndustriesOptions {
  /**
   * Marks regions' 주축산업 lists complete (`true`) or not (`false`). Keys are non-capital
   * regions in any form `getRegion` accepts; a later key for the same region wins.
   */
  readonly keyListComplete?: Readonly<Record<string, boolean>>;
}

/**
 * The industries of one region, from {@link industriesOf}.
 *
 * @example
 * ```ts
 * import { industriesOf } from 'regional-innovation-rnd/industries';
 * const busan = industriesOf('부산');
 * busan.key.map((i) => i.name.ko); // ['초정밀소재·부품', '저온·고압 에너지 저장·공급 시스템', '실버케어테크']
 * busan.keyListComplete; // true
 * ```
 */
export interface RegionIndustries {
  /** The region's current code (a legacy code or a name given as input is resolved). */
  readonly region: RegionCode;
  /** Its 주축산업 known to the catalogue. */
  readonly key: readonly Industry[];
  /** Its 미래신산업, including those it shares with other regions. */
  readonly future: readonly Industry[];
  /** Whether `key` is the region's complete list of 주축산업. */
  readonly keyListComplete: boolean;
}

/**
 * The answer of {@link isKeyIndustryOf}: `unknown` when the catalogue cannot tell, never a guess.
 */
export type KeyIndustryAnswer = 'yes' | 'no' | 'unknown';

/**
 * Where an industry of a catalogue comes from: `'library'` for one of {@link DEFAULT_CATALOGUE}'s
 * own records (the very objects, as {@link withIndustries} shares them), `'caller'` for anything
 * else — an industry added with {@link withIndustries}, or a record in a catalogue built by hand,
 * even a copy of one of the library's.
 *
 * @example
 * ```ts
 * import { classifyKeyIndustry } from 'regional-innovation-rnd/industries';
 * const result = classifyKeyIndustry('부산', '실버케어테크');
 * result.answer === 'yes' && result.origin; // 'library'
 * ```
 */
export type IndustryOrigin = 'library' | 'caller';

/**
 * The detailed answer of {@link classifyKeyIndustry}: the three-valued `answer` of
 * {@link isKeyIndustryOf} with the `reason` for it and, where the name was recognised, the
 * industry it matched and where that industry comes from.
 *
 * - `'unknown'`, `'blank'`: the name names nothing (`''`, `'산업'`, `'·'`, `'()'`): not given.
 * - `'no'`, `'capital-region'`: 서울, 인천 and 경기 have no 주축산업 in this program.
 * - `'unknown'`, `'unrecognised'`: no industry of the catalogue goes by that name — a typo, or an
 *   industry the catalogue does not hold; `suggestions` are the catalogue's industries closest to
 *   it (see {@link suggestIndustries}), possibly none.
 * - `'yes'`, `'listed'`: one of the region's 주축산업.
 * - `'no'`, `'future-industry'`: one of the region's 미래신산업, never a 주축산업.
 * - `'no'`, `'not-listed'`: an industry of the catalogue, not on the region's list, which is
 *   complete.
 * - `'unknown'`, `'list-incomplete'`: an industry of the catalogue, not on the region's list,
 *   which is not known to be complete.
 *
 * @example
 * ```ts
 * import { classifyKeyIndustry, type KeyIndustryClassification } from 'regional-innovation-rnd/industries';
 * const result: KeyIndustryClassification = classifyKeyIndustry('경북', '라이프케어소');
 * result.reason; // 'unrecognised'
 * result.reason === 'unrecognised' && result.suggestions.map((i) => i.name.ko); // ['라이프케어소재']
 * ```
 */
export type KeyIndustryClassification =
  | {
      /** The answer, as {@link isKeyIndustryOf} gives it. */
      readonly answer: 'unknown';
      /** The name folds to nothing (`''`, `'·'`, `'산업'`): it counts as not given. */
      readonly reason: 'blank';
    }
  | {
      /** The answer, as {@link isKeyIndustryOf} gives it. */
      readonly answer: 'no';
      /** The region is in the capital region, which has no 주축산업 in this program. */
      readonly reason: 'capital-region';
    }
  | {
      /** The answer, as {@link isKeyIndustryOf} gives it. */
      readonly answer: 'unknown';
      /** No industry of the catalogue goes by that name: a typo, or one the sources do not name. */
      readonly reason: 'unrecognised';
      /** Up to three catalogue industries with names close to the one given. */
      readonly suggestions: readonly Industry[];
    }
  | {
      /** The answer, as {@link isKeyIndustryOf} gives it. */
      readonly answer: 'yes';
      /** The industry is one of the region's 주축산업. */
      readonly reason: 'listed';
      /** The catalogue industry the name matched. */
      readonly industry: Industry;
      /** `'library'` for one of the library's own records, `'caller'` for one a caller added. */
      readonly origin: IndustryOrigin;
    }
  | {
      /** The answer, as {@link isKeyIndustryOf} gives it. */
      readonly answer: 'no';
      /** The industry is one of the region's 미래신산업, not a 주축산업. */
      readonly reason: 'future-industry';
      /** The catalogue industry the name matched. */
      readonly industry: Industry;
      /** `'library'` for one of the library's own records, `'caller'` for one a caller added. */
      readonly origin: IndustryOrigin;
    }
  | {
      /** The answer, as {@link isKeyIndustryOf} gives it. */
      readonly answer: 'no';
      /** The industry is known but not on the region's list, which is complete. */
      readonly reason: 'not-listed';
      /** The catalogue industry the name matched. */
      readonly industry: Industry;
      /** `'library'` for one of the library's own records, `'caller'` for one a caller added. */
      readonly origin: IndustryOrigin;
    }
  | {
      /** The answer, as {@link isKeyIndustryOf} gives it. */
      readonly answer: 'unknown';
      /** The industry is known but not on the region's list, which is not known to be complete. */
      readonly reason: 'list-incomplete';
      /** The catalogue industry the name matched. */
      readonly industry: Industry;
      /** `'library'` for one of the library's own records, `'caller'` for one a caller added. */
      readonly origin: IndustryOrigin;
    };

/**
 * The reason of a {@link KeyIndustryClassification}, one per kind of answer.
 */
export type KeyIndustryReason = KeyIndustryClassification['reason'];

/**
 * Options of {@link suggestIndustries}.
 */
export interface SuggestIndustriesOptions {
  /**
   * A region in any form `getRegion` accepts: on equal distance, its own industries (주축산업 or
   * 미래신산업) come first. None by default.
   */
  readonly region?: unknown;
  /** Where to look; the library's own by default. */
  readonly catalogue?: IndustryCatalogue | undefined;
  /** At most this many suggestions: a non-negative integer, 3 by default. */
  readonly limit?: number | undefined;
}

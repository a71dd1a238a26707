import type { IssueParamsByCode } from '../rules/codes';
import type { Confidence, Evidence, RegionCode } from '../rules/types';

/**
 * A code a region used before its current one, and the last day it was valid.
 */
export interface LegacyRegionCode {
  /** The former two-digit code. */
  readonly code: string;
  /** The region's Korean name while that code was in use. */
  readonly name: string;
  /** The last day (KST) the code was in use, `YYYY-MM-DD`. */
  readonly until: string;
}

/**
 * One of the 17 시·도 (first-level administrative divisions), effective-dated.
 *
 * @example
 * ```ts
 * import { getRegion } from 'regional-innovation-rnd/regions';
 * const region = getRegion('강원도');
 * region?.code; // '51'
 * region?.legacyCodes[0]?.code; // '42'
 * ```
 */
export interface Region {
  /** The current two-digit code. */
  readonly code: RegionCode;
  /** Names: the full and short Korean name, the English name and the full English name. */
  readonly name: {
    /** Full Korean name, e.g. `'부산광역시'`. */
    readonly ko: string;
    /** Short Korean name, e.g. `'부산'`. */
    readonly koShort: string;
    /** English name, e.g. `'Busan'`. */
    readonly en: string;
    /** Full English name, e.g. `'Busan Metropolitan City'`. */
    readonly enFull: string;
  };
  /** Whether the region is in the capital region (수도권: 서울, 인천, 경기). */
  readonly capital: boolean;
  /** The day the current code and name took effect, `YYYY-MM-DD`, or `null` if before 2000. */
  readonly validFrom: string | null;
  /** Codes the region used before, newest last. */
  readonly legacyCodes: readonly LegacyRegionCode[];
  /**
   * Other names it is known by (former names, short forms with 도, romanisations), all accepted by
   * `getRegion`.
   */
  readonly aliases: readonly string[];
  /** Evidence for the code and for the capital flag. */
  readonly provenance: {
    /** Evidence for `code` (and `legacyCodes`). */
    readonly code: Evidence;
    /** Evidence for `capital`. */
    readonly capital: Evidence;
  };
}

/**
 * A recorded change to the regions that takes effect on a date, kept as reported so that answers
 * for earlier calls do not change.
 *
 * @example
 * ```ts
 * import { REGION_EVENTS } from 'regional-innovation-rnd/regions';
 * REGION_EVENTS[0]?.effective; // '2026-07-01'
 * ```
 */
export interface RegionEvent {
  /** Stable id of the event. */
  readonly id: string;
  /** What happens. */
  readonly kind: 'merger';
  /** The day it takes effect (KST), `YYYY-MM-DD`. */
  readonly effective: string;
  /** The regions merged. */
  readonly from: readonly RegionCode[];
  /** The new region: its Korean name and code (`null` while the code is not known). */
  readonly to: {
    /** Its Korean name. */
    readonly name: string;
    /** Its code, or `null` while not known. */
    readonly code: string | null;
    /** Whether it is in the capital region. */
    readonly capital: boolean;
  };
  /** What the event means for this library's answers. */
  readonly effect: string;
  /** Evidence for the event. */
  readonly provenance: Evidence;
}

/**
 * A unit that is to replace some of the 17 시·도 on a date: so far only 전남광주통합특별시, the
 * merger of 광주광역시 (29) and 전라남도 (46). It is not one of {@link regions!REGIONS | REGIONS}:
 * its code is not known (`null`), and for the 2025 and 2026 calls a company there is in 29 or 46.
 * {@link regions!findRegion | findRegion} returns it; {@link regions!getRegion | getRegion}, which
 * answers with a region and its code, asks which of the two is meant.
 *
 * @example
 * ```ts
 * import { findRegion } from 'regional-innovation-rnd/regions';
 * const merged = findRegion('전남광주통합특별시');
 * merged?.code; // null (not known)
 * merged?.capital; // false
 * ```
 */
export interface SuccessorRegion {
  /** Its two-digit code: `null`, because no source gives one yet. */
  readonly code: null;
  /** Its Korean name and the short name the act gives it (약칭). No English name is in the sources. */
  readonly name: {
    /** Full Korean name, `'전남광주통합특별시'`. */
    readonly ko: string;
    /** Short Korean name (약칭), `'광주특별시'`. */
    readonly koShort: string;
  };
  /** Whether it is in the capital region (수도권); `false`. */
  readonly capital: boolean;
  /**
   * The day it is to take effect (KST, `YYYY-MM-DD`) and how sure that is: `reported`, a planned
   * launch; whether it took place is not in the library's sources.
   */
  readonly effective: {
    /** The planned first day. */
    readonly from: string;
    /** How sure the date is. */
    readonly confidence: Confidence;
  };
  /** The codes of the 시·도 it replaces. */
  readonly successorOf: readonly RegionCode[];
  /** Other names it is known by (names agreed before the act), all accepted by `findRegion`. */
  readonly aliases: readonly string[];
  /** The id of the {@link RegionEvent} that records the change. */
  readonly event: string;
  /** Evidence for the names, the missing code, the capital flag and the date. */
  readonly provenance: {
    /** Evidence for `name` and `aliases`. */
    readonly name: Evidence;
    /** Why `code` is `null`. */
    readonly code: Evidence;
    /** Evidence for `capital`. */
    readonly capital: Evidence;
    /** Evidence for `effective`. */
    readonly effective: Evidence;
  };
}

/**
 * One place an ambiguous region name may mean, as listed by a `REGION_AMBIGUOUS` error: the code
 * of its 시·도, its Korean and English name, and whether it is in the capital region.
 */
export type RegionCandidate = IssueParamsByCode['REGION_AMBIGUOUS']['candidates'][number];

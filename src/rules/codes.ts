/**
 * Why a money amount was refused.
 */
export type MoneyInvalidReason =
  'type' | 'empty' | 'syntax' | 'negative' | 'fractional' | 'not-finite' | 'unsafe';

/**
 * Why an industry given to extend the catalogue was refused.
 */
export type IndustryInvalidReason = 'shape' | 'empty-name' | 'duplicate-id' | 'unknown-region';

/**
 * Why a table of score bands was refused: `shape` (the table is not an array, or a band is not
 * `{ min, max, value }` with numbers), `empty` (no band), `not-finite` (a bound is NaN or
 * infinite), `empty-band` (a band's `min` is not below its `max`), `unsorted` (a band starts below
 * the previous one), `gap` (a band starts above the previous one's `max`), `overlap` (a band starts
 * inside the previous one).
 */
export type ScoreBandsInvalidReason =
  'shape' | 'empty' | 'not-finite' | 'empty-band' | 'unsorted' | 'gap' | 'overlap';

/**
 * The parameters each code carries: the numbers and values a message is built from, and that
 * a program can read without parsing text.
 *
 * Inputs are echoed as `input`, a short printable rendering of what was given (see
 * `describeInput`).
 */
export interface IssueParamsByCode {
  /** An option of a function call is out of its range or of the wrong type. */
  OPTIONS_INVALID: {
    /** The option's name, e.g. `'leadingPercent'`. */
    readonly option: string;
    /** The value given, echoed. */
    readonly input: string;
    /** What the option accepts. */
    readonly expected: string;
  };
  /** An edition (yearly call) id the library does not know. */
  EDITION_UNKNOWN: {
    /** The id given, echoed. */
    readonly input: string;
    /** The edition ids the library knows. */
    readonly known: readonly string[];
  };
  /** An instant that is not a valid date: an invalid Date, an ISO string without offset, NaN. */
  DATE_INVALID: {
    /** The value given, echoed. */
    readonly input: string;
    /** What is accepted. */
    readonly expected: string;
  };
  /** A region (시·도) the library does not recognise. */
  REGION_UNKNOWN: {
    /** The value given, echoed. */
    readonly input: string;
  };
  /** A region name that names more than one place (`'광주시'`: 광주광역시, or 경기도 광주시 in the capital region). */
  REGION_AMBIGUOUS: {
    /** The value given, echoed. */
    readonly input: string;
    /** The places it may name, each with the code of its 시·도, its Korean and English name, and whether it is in the capital region. */
    readonly candidates: readonly {
      /** The code of the place's 시·도. */
      readonly region: string;
      /** Its Korean name (`'경기도 광주시'`). */
      readonly ko: string;
      /** Its English name. */
      readonly en: string;
      /** Whether it is in the capital region (수도권). */
      readonly capital: boolean;
    }[];
  };
  /** An industry given to extend the catalogue is malformed, a duplicate, or in an unknown region. */
  INDUSTRY_INVALID: {
    /** The offending value (or its id), echoed. */
    readonly input: string;
    /** Why it was refused. */
    readonly reason: IndustryInvalidReason;
  };
  /** A score given for tiering is not a finite number. */
  TIERING_INVALID_SCORE: {
    /** The index of the first item with a bad score. */
    readonly index: number;
    /** That item's cohort, or `null` when the cohort was not read yet. */
    readonly cohort: string | null;
    /** The score given, echoed. */
    readonly input: string;
  };
  /** A cohort key given for tiering is not a string. */
  TIERING_INVALID_COHORT: {
    /** The index of the first item with a bad cohort key. */
    readonly index: number;
    /** The key given, echoed. */
    readonly input: string;
  };
  /** A rank and cohort size given to `tierOf` do not fit together. */
  TIERING_INVALID_RANK: {
    /** The rank given, echoed. */
    readonly input: string;
    /** The cohort size given, echoed. */
    readonly cohortSize: string;
  };
  /** The input does not have the shape a validator takes: a missing or extra key, a wrong type, a value outside its set. */
  INPUT_INVALID: {
    /** What is wrong. */
    readonly problem: 'type' | 'missing' | 'unknown-key' | 'value' | 'size' | 'unreadable' | 'other';
    /** What was expected there. */
    readonly expected: string;
    /** The value given, echoed. */
    readonly input: string;
  };
  /** A plan runs more years than the track allows. */
  GRANT_TOO_MANY_YEARS: {
    /** The most years the track allows. */
    readonly limit: number;
    /** The years in the plan. */
    readonly actual: number;
  };
  /** Public money in one year is above the track's yearly cap. */
  GRANT_YEAR_CAP_EXCEEDED: {
    /** The year, 1 for the first. */
    readonly year: number;
    /** The cap in won. */
    readonly limit: number;
    /** The public money of that year in won. */
    readonly actual: number;
  };
  /** Public money over all years is above the track's total cap. */
  GRANT_TOTAL_CAP_EXCEEDED: {
    /** The cap in won. */
    readonly limit: number;
    /** The public money of all years in won. */
    readonly actual: number;
  };
  /** A participant's public money is above the share of its total R&D cost its kind may receive. */
  GRANT_PUBLIC_SHARE_EXCEEDED: {
    /** The year, 1 for the first. */
    readonly year: number;
    /** The participant's id. */
    readonly participant: string;
    /** Its institution kind. */
    readonly kind: string;
    /** The largest share allowed, as an exact decimal (`"0.75"`). */
    readonly limit: string;
    /** Its share, as an exact decimal. */
    readonly actual: string;
  };
  /** A participant pays less of its own share in cash than its kind must. */
  GRANT_CASH_SHARE_TOO_LOW: {
    /** The year, 1 for the first. */
    readonly year: number;
    /** The participant's id. */
    readonly participant: string;
    /** Its institution kind. */
    readonly kind: string;
    /** The smallest cash share of its own share, as an exact decimal (`"0.1"`). */
    readonly limit: string;
    /** Its cash share, as an exact decimal. */
    readonly actual: string;
  };
  /** A participant has no R&D cost at all in a year. */
  GRANT_PARTICIPANT_ZERO_TOTAL: {
    /** The year, 1 for the first. */
    readonly year: number;
    /** The participant's id. */
    readonly participant: string;
  };
  /** The same participant id appears twice in one year. */
  GRANT_PARTICIPANT_DUPLICATE: {
    /** The year, 1 for the first. */
    readonly year: number;
    /** The repeated id. */
    readonly participant: string;
  };
  /** The lead is not of a kind that may lead this track. */
  CONSORTIUM_LEAD_KIND: {
    /** The kinds that may lead. */
    readonly expected: readonly string[];
    /** The lead's kind. */
    readonly actual: string;
  };
  /** The lead's tier is not the one the track requires, or not given. */
  CONSORTIUM_LEAD_TIER: {
    /** The tier required. */
    readonly expected: string;
    /** The lead's tier, or null when not given. */
    readonly actual: string | null;
  };
  /** The lead is not in a non-capital region, or its region is not given. */
  CONSORTIUM_LEAD_REGION: {
    /** The lead's region code, or null when not given. */
    readonly actual: string | null;
  };
  /** A composition requirement of the consortium is not met. */
  CONSORTIUM_REQUIREMENT_UNMET: {
    /** The requirement's rule id. */
    readonly requirement: string;
    /** The kinds that count. */
    readonly kinds: readonly string[];
    /** How many are needed. */
    readonly limit: number;
    /** How many there are. */
    readonly actual: number;
  };
  /** A member is of a kind that may not join this track. */
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: {
    /** The kinds that may join. */
    readonly allowed: readonly string[];
    /** The member's kind. */
    readonly actual: string;
  };
  /** The sources do not say which kinds may join this track; members' kinds were not checked. */
  CONSORTIUM_MEMBER_KINDS_UNKNOWN: {
    /** The track. */
    readonly track: string;
    /** The edition. */
    readonly edition: string;
  };
  /** Two participants of a consortium have the same id. */
  CONSORTIUM_DUPLICATE_ID: {
    /** The repeated id. */
    readonly id: string;
  };
  /** Two participants of a consortium have the same business registration number. */
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: {
    /** The repeated number, as ten digits. */
    readonly businessNumber: string;
  };
  /** A business registration number is not ten digits or fails the national checksum. */
  BUSINESS_NUMBER_INVALID: {
    /** The value given, echoed. */
    readonly input: string;
    /** Why it was refused. */
    readonly reason: 'format' | 'checksum';
  };
  /** A money amount that is not a whole, non-negative, safe number of won. */
  MONEY_INVALID: {
    /** The value given, echoed. */
    readonly input: string;
    /** Why it was refused. */
    readonly reason: MoneyInvalidReason;
    /** Where a string goes wrong, for a UI to highlight: a 0-based index (UTF-16 code units) into the string exactly as given, before trimming or normalising; the string's length when it stops too early. `null` for a blank string and for anything that is not a string (numbers, bigints, Decimals). The messages count from 1. */
    readonly position: number | null;
    /** What the amount needed at `position`: `'digit'`, `'unit'` (조·억·만·천·백·십 or 원), `'smaller-unit'` (units go from large to small, each once), `'smaller-number'` (a number must fit below the unit before it), `'comma-group'` (a comma every three digits) or `'end'` (nothing more may follow); `null` when the text is well formed but the amount is not whole, safe or positive, or when `position` is `null`. */
    readonly expected: 'digit' | 'unit' | 'smaller-unit' | 'smaller-number' | 'comma-group' | 'end' | null;
  };
  /** A Korean amount that can be read two ways (`'7억5천'`: 7억 5천만원, or 7억 5천원). */
  MONEY_AMBIGUOUS: {
    /** The value given, echoed. */
    readonly input: string;
    /** The two readings in won: the colloquial one (a bare 천·백·십 after a larger unit read as 만 units) first, the literal one second. */
    readonly readings: readonly [number, number];
  };
  /** A K-TOP originality grade (원천성 등급) that is not 1 to 10 or a letter AAA to D. */
  KTOP_GRADE_INVALID: {
    /** The value given, echoed. */
    readonly input: string;
  };
  /** A K-TOP innovation score (기업혁신역량 점수) that is not a finite number from 0 to 100. */
  KTOP_SCORE_INVALID: {
    /** The value given, echoed. */
    readonly input: string;
    /** The lowest score, 0. */
    readonly min: number;
    /** The highest score, 100. */
    readonly max: number;
  };
  /** A table of score bands is malformed, unordered, or has a gap or an overlap. */
  KTOP_BANDS_INVALID: {
    /** The index of the bad band, or `null` when the table as a whole is bad (not an array, empty). */
    readonly index: number | null;
    /** Why it was refused. */
    readonly reason: ScoreBandsInvalidReason;
  };
  /** A score to map is not a finite number inside the bands of the table. */
  KTOP_SCORE_OUT_OF_BANDS: {
    /** The score given, echoed. */
    readonly input: string;
    /** The lowest score the bands take (inclusive). */
    readonly min: number;
    /** The highest score the bands take (inclusive). */
    readonly max: number;
  };
}

/**
 * The parameters of one code.
 *
 * @typeParam C - the issue code.
 */
export type IssueParams<C extends IssueCode> = IssueParamsByCode[C];

/**
 * The closed union of issue and error codes.
 */
export type IssueCode = keyof IssueParamsByCode;

// Written as a record so that the compiler rejects a code missing from the list, or one too many.
const CODE_SET: Readonly<Record<IssueCode, true>> = {
  OPTIONS_INVALID: true,
  EDITION_UNKNOWN: true,
  DATE_INVALID: true,
  REGION_UNKNOWN: true,
  REGION_AMBIGUOUS: true,
  INDUSTRY_INVALID: true,
  TIERING_INVALID_SCORE: true,
  TIERING_INVALID_COHORT: true,
  TIERING_INVALID_RANK: true,
  MONEY_INVALID: true,
  MONEY_AMBIGUOUS: true,
  INPUT_INVALID: true,
  GRANT_TOO_MANY_YEARS: true,
  GRANT_YEAR_CAP_EXCEEDED: true,
  GRANT_TOTAL_CAP_EXCEEDED: true,
  GRANT_PUBLIC_SHARE_EXCEEDED: true,
  GRANT_CASH_SHARE_TOO_LOW: true,
  GRANT_PARTICIPANT_ZERO_TOTAL: true,
  GRANT_PARTICIPANT_DUPLICATE: true,
  CONSORTIUM_LEAD_KIND: true,
  CONSORTIUM_LEAD_TIER: true,
  CONSORTIUM_LEAD_REGION: true,
  CONSORTIUM_REQUIREMENT_UNMET: true,
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: true,
  CONSORTIUM_MEMBER_KINDS_UNKNOWN: true,
  CONSORTIUM_DUPLICATE_ID: true,
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: true,
  BUSINESS_NUMBER_INVALID: true,
  KTOP_GRADE_INVALID: true,
  KTOP_SCORE_INVALID: true,
  KTOP_BANDS_INVALID: true,
  KTOP_SCORE_OUT_OF_BANDS: true,
};

/**
 * Every issue and error code the library can produce, in one closed list.
 *
 * Codes are stable: a code is never renamed or given a new meaning within a major version.
 * Codes are only added together with their parameters ({@link IssueParamsByCode}) and their
 * messages in every locale, which the type system enforces.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'regional-innovation-rnd/rules';
 * ISSUE_CODES.includes('MONEY_INVALID'); // true
 * ```
 */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(CODE_SET) as IssueCode[],
);

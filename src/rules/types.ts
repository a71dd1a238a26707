import type { IssueCode, IssueParamsByCode } from './codes';

/**
 * How sure the library is of a program fact.
 *
 * - `confirmed` — the Ministry's own text, an official document, or two independent reports agree.
 * - `reported` — a single public report (news, a regional technopark briefing, a quote of the call).
 * - `derived` — computed from confirmed figures, or the general national-R&D rule that applies,
 *   but not stated for this program.
 */
export type Confidence = 'confirmed' | 'reported' | 'derived';

/**
 * Where a fact comes from: one public document, as precisely as it can be located.
 */
export interface SourceRef {
  /**
   * Title of the document, in its own language; for a news report whose headline was not kept, a
   * short description of the report.
   */
  readonly title: string;
  /** Who published it (ministry, agency, outlet). */
  readonly publisher: string;
  /** Publication date, `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where only that much is known. */
  readonly date: string;
  /** Address of the document, where known. */
  readonly url?: string;
  /** Where in the document: a page (`'p.31'`), a table, an attachment. */
  readonly locator?: string;
  /** Anything a reader should know about this source (a disagreement, a reprint). */
  readonly note?: string;
}

/**
 * A reference to one program rule: a stable id, the sources it rests on and how sure we are.
 *
 * Rule ids are dotted and stable across releases, e.g. `'grants.cap.per-year'`.
 */
export interface RuleRef {
  /** Stable, dotted identifier of the rule. */
  readonly id: string;
  /** The public documents the rule rests on; never empty for a program rule. */
  readonly sources: readonly SourceRef[];
  /** How sure the library is of the rule. */
  readonly confidence: Confidence;
}

/**
 * A value stated by the program, with the sources it rests on and a confidence — the unit of
 * the library's rule data (compare OpenFisca's parameters with their legal references).
 *
 * @typeParam T - the type of the value.
 */
export interface Sourced<T> {
  /** The value itself. */
  readonly value: T;
  /** The public documents the value rests on; never empty. */
  readonly sources: readonly SourceRef[];
  /** How sure the library is of the value. */
  readonly confidence: Confidence;
  /** A remark on the value (a second wording, a caveat). */
  readonly note?: string;
}

/**
 * Locales the library writes messages in.
 */
export type Locale = 'ko' | 'en';

/**
 * Options of a check ({@link grants!checkGrantPlan}, {@link consortium!checkConsortium}).
 *
 * @example
 * ```ts
 * import type { CheckOptions } from 'regional-innovation-rnd';
 * const inEnglish: CheckOptions = { locale: 'en' };
 * ```
 */
export interface CheckOptions {
  /** The language of the issues' messages: `'ko'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * A message in both of the library's locales.
 */
export interface LocalizedText {
  /** Korean. */
  readonly ko: string;
  /** English. */
  readonly en: string;
}

/**
 * A path into the input a function was given: object keys and array indexes, outermost first.
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input, typed by its code: `params` has the shape that
 * {@link IssueParamsByCode} gives for that code.
 *
 * @typeParam C - the issue code; by default the union of all codes, so that `issue.code`
 * narrows `issue.params`.
 *
 * @example
 * ```ts
 * import type { RuleIssue } from 'regional-innovation-rnd/rules';
 * function describe(issue: RuleIssue): string {
 *   if (issue.code === 'MONEY_INVALID') return `bad amount ${issue.params.input}`;
 *   return issue.message;
 * }
 * ```
 */
export type RuleIssue<C extends IssueCode = IssueCode> = {
  [K in C]: {
    /** What went wrong, from the closed list of codes. */
    readonly code: K;
    /** Where in the input. Empty when the problem is the input as a whole. */
    readonly path: IssuePath;
    /** The numbers and values behind the message (limit, actual, input). */
    readonly params: IssueParamsByCode[K];
    /** The message, in the locale that was asked for (Korean by default). */
    readonly message: string;
    /** The program rule that was applied, with its sources and confidence. */
    readonly rule: RuleRef;
  };
}[C];

/**
 * The result of a check: the checked value and any warnings, or the issues that stop it.
 *
 * @typeParam T - the value a successful check gives.
 *
 * @example
 * ```ts
 * import type { RuleResult } from 'regional-innovation-rnd/rules';
 * function show(result: RuleResult<number>): string {
 *   return result.ok ? `ok: ${String(result.value)}` : result.issues.map((i) => i.code).join(', ');
 * }
 * ```
 */
export type RuleResult<T> =
  | {
      /** The check passed. */
      readonly ok: true;
      /** The checked (and normalised) value. */
      readonly value: T;
      /** Problems that do not stop the check, e.g. a rule of `reported` confidence. */
      readonly warnings: readonly RuleIssue[];
    }
  | {
      /** The check failed. */
      readonly ok: false;
      /** Every problem found, not only the first. */
      readonly issues: readonly RuleIssue[];
      /** Problems that do not stop the check. */
      readonly warnings: readonly RuleIssue[];
    };

/**
 * What a validator gives: like {@link RuleResult}, and on failure also the summary of the input
 * when it was well-formed (it fails on the rules, not on its shape).
 *
 * @typeParam T - the summary a check gives.
 *
 * @example
 * ```ts
 * import type { CheckResult } from 'regional-innovation-rnd/rules';
 * // The summary of a checked input, whether it passed or failed on the rules.
 * function summaryOf<T>(result: CheckResult<T>): T | undefined {
 *   return result.ok ? result.value : result.summary;
 * }
 * ```
 */
export type CheckResult<T> =
  | {
      /** The check passed. */
      readonly ok: true;
      /** The summary of the checked input. */
      readonly value: T;
      /** Problems that do not stop the check, e.g. a rule of `reported` confidence. */
      readonly warnings: readonly RuleIssue[];
    }
  | {
      /** The check failed. */
      readonly ok: false;
      /** Every problem found, not only the first. */
      readonly issues: readonly RuleIssue[];
      /** Problems that do not stop the check. */
      readonly warnings: readonly RuleIssue[];
      /** The summary, when the input was well-formed (it failed on the rules, not its shape). */
      readonly summary?: T;
    };

/**
 * How one rule came out for one company: `unknown` when the rule's threshold is not public, or the
 * caller did not give the fact the rule needs.
 */
export type FindingStatus = 'pass' | 'fail' | 'unknown';

/**
 * One rule's verdict in an assessment, with its reasons.
 */
export interface Finding {
  /** The rule that was applied, with its sources and confidence. */
  readonly rule: RuleRef;
  /** Its verdict. */
  readonly status: FindingStatus;
  /** Why, in the locale that was asked for. */
  readonly message: string;
  /** The numbers and values behind the verdict. */
  readonly params: Readonly<Record<string, unknown>>;
  /**
   * For an `unknown` finding, the inputs that would decide it, as paths into the call's arguments:
   * `'industry'`, `'sales'` (the company), `'overrides.minSales'`, `'attest.eligibility.employees'`
   * (the options). Giving some of them may be enough (the 2026 sales rule is met by the sales figures
   * or by R&D intensity). Empty for a decided finding and for information.
   */
  readonly needs: readonly string[];
  /**
   * `'rule'` (the default when absent): the finding counts towards the outcome;
   * `'information'`: recorded for the reader (K-TOP results), not counted, since how it weighs is not public.
   */
  readonly role?: 'rule' | 'information';
}

/**
 * What a {@link RulesError} is built from.
 *
 * @typeParam C - the error's code.
 */
export interface RulesErrorInit<C extends IssueCode = IssueCode> {
  /** The error's code. */
  readonly code: C;
  /** Its parameters. */
  readonly params: IssueParamsByCode[C];
  /** Its message in both locales. */
  readonly messages: LocalizedText;
  /** Where in the input; empty by default. */
  readonly path?: IssuePath;
  /** The issues behind the error, for `*OrThrow` variants; empty by default. */
  readonly issues?: readonly RuleIssue[];
}

/**
 * A yearly call (공고) of the program. Each edition carries its own caps, windows and rules.
 */
export type EditionId = '2025' | '2026';

/**
 * The program's two tracks (내역): `supply-chain` is 내역1 주력산업 생태계 구축 (공급망 협력 R&D,
 * led by (예비)선도기업); `capability` is 내역2 지역기업 역량강화 (잠재기업).
 */
export type TrackId = 'supply-chain' | 'capability';

/**
 * A company's tier within its industry: `leading` is (예비)선도기업 (top 30%), `potential` is
 * 잠재기업 (top 30–50%), `none` is below.
 */
export type Tier = 'leading' | 'potential' | 'none';

/**
 * The kind of an institution taking part in a project; it decides its cost-sharing limits.
 * `sme` is a 중소기업, `midsize` a 중견기업, `large` a 대기업; `university`, `research-institute`
 * and `nonprofit` are the non-profit kinds.
 */
export type InstitutionKind = 'sme' | 'midsize' | 'large' | 'university' | 'research-institute' | 'nonprofit';

/**
 * The two-digit code of a 시·도 (행정표준코드 prefix), current codes only: 강원 is `'51'` (was 42
 * until 2023-06-11) and 전북 is `'52'` (was 45 until 2024-01-18).
 */
export type RegionCode =
  | '11'
  | '26'
  | '27'
  | '28'
  | '29'
  | '30'
  | '31'
  | '36'
  | '41'
  | '43'
  | '44'
  | '46'
  | '47'
  | '48'
  | '50'
  | '51'
  | '52';

/**
 * The evidence behind one value of the rule data: its sources and confidence. Data records keep a
 * `provenance` map from each field name to its evidence, so the field itself stays a plain value.
 */
export interface Evidence {
  /** The public documents the value rests on; never empty. */
  readonly sources: readonly SourceRef[];
  /** How sure the library is of the value. */
  readonly confidence: Confidence;
  /** A remark on the value (a second wording, a caveat, an assumption). */
  readonly note?: string;
}

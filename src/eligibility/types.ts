import type { IndustryCatalogue } from '../industries/types';
import type { EditionId, Finding, InstitutionKind, Locale, Tier, TrackId } from '../rules/types';

/**
 * What a company tells about itself; all but `kind` and `region` may be left out, and a rule
 * that needs a missing fact answers `unknown` and names it in `needs`.
 */
export interface CompanyProfile {
  /** Its institution kind; applicants are SMEs. */
  readonly kind: InstitutionKind;
  /**
   * Its region: a code, legacy code, Korean or English name, or an address that starts with its
   * 시·도 (`'부산광역시 해운대구 …'`).
   */
  readonly region: string | number;
  /** Its industry: a 주축산업 id, name or alias. A blank name counts as not given. */
  readonly industry?: string | undefined;
  /** Its tier (기업군) in its industry. */
  readonly tier?: Tier | undefined;
  /** Its sales, 3-year average, in won (any money form). */
  readonly sales?: number | string | bigint | undefined;
  /**
   * Its sales growth as a ratio (`0.1` = 10%), at least `-1`. Above 1 (more than doubling) is
   * allowed, with a warning in the finding in case a percent was meant.
   */
  readonly salesGrowth?: number | undefined;
  /**
   * R&D spending ÷ sales as a ratio (`0.05` = 5%), at least 0. Above 1 is allowed with a warning
   * (`5` is read as 500%, not 5%). Or give `rndSpending` with `sales`.
   */
  readonly rndIntensity?: number | undefined;
  /**
   * Its R&D spending in won (any money form); with `sales` it gives the R&D intensity exactly. If
   * `rndIntensity` is given too, the two must agree to the decimals `rndIntensity` is written with.
   */
  readonly rndSpending?: number | string | bigint | undefined;
  /** Its regular employees (상시근로자), a whole number. */
  readonly employees?: number | undefined;
  /** Its K-TOP results, recorded as information. */
  readonly ktop?: {
    /** 기업혁신역량 score, 0–100. */
    readonly innovationScore?: number | undefined;
    /** 기술 원천성 grade, 1 (best) to 10. */
    readonly originalityGrade?: number | string | undefined;
  };
}

/**
 * Thresholds the public sources do not give, supplied by the caller (for instance from the call's
 * own notice). Each is used as given and named in the finding it decides.
 */
export interface EligibilityOverrides {
  /** Minimum 3-year average sales, in won (any money form). */
  readonly minSales?: number | string | bigint;
  /** Minimum sales growth as a ratio. */
  readonly minSalesGrowth?: number;
  /** Minimum regular employees (상시근로자), a whole number. */
  readonly minEmployees?: number;
}

/**
 * What the caller has checked in the call's notice, by requirement id: `true` when the company
 * meets the requirement, `false` when it does not. Only the ids of the edition's unstated
 * requirements (`getEdition(id).eligibility.requirements`) may be attested.
 */
export type Attestations = Readonly<Partial<Record<string, boolean>>>;

/**
 * Options of {@link assessEligibility}.
 */
export interface AssessOptions {
  /** The edition (yearly call). */
  readonly edition: EditionId;
  /** The track applied for. */
  readonly track: TrackId;
  /** The language of the messages: `'ko'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** Thresholds the public sources do not give. */
  readonly overrides?: EligibilityOverrides;
  /** Requirements the caller has checked in the call's notice, by rule id. */
  readonly attest?: Attestations;
  /**
   * Where to look up the company's industry: the library's own ({@link industries!DEFAULT_CATALOGUE})
   * by default, or one extended with {@link industries!withIndustries}, for 주축산업 the public
   * sources do not name.
   */
  readonly catalogue?: IndustryCatalogue | undefined;
}

/**
 * An eligibility assessment: the outcome, one finding per rule, what is still needed, and the
 * whole as readable text.
 */
export interface EligibilityAssessment {
  /** `ineligible` if any rule fails; else `undetermined` if any is unknown; else `eligible`. */
  readonly outcome: 'eligible' | 'ineligible' | 'undetermined';
  /** The edition. */
  readonly edition: EditionId;
  /** The track. */
  readonly track: TrackId;
  /** One finding per rule, in a fixed order (see {@link assessEligibility}), then the K-TOP information. */
  readonly findings: readonly Finding[];
  /** The union of the findings' `needs`, in finding order, each once: what would decide the rest. */
  readonly needs: readonly string[];
  /** The assessment as text a person reads, in the locale asked for, ending with what is still to check. */
  readonly explanation: string;
}

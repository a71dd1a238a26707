import type * as z from 'zod';
import type { IndustryCatalogue } from '../industries/types';
import type { EditionKey } from '../program/types';
import type { EditionId, Finding, Locale, TrackId } from '../rules/types';
import type { companySchema } from '../schemas/company';
import type { ReadonlyInput } from '../schemas/fields';

/**
 * What a company tells about itself; all but `kind` and `region` may be left out, and a rule
 * that needs a missing fact answers `unknown` and names it in `needs`. The input type of
 * {@link schemas!companySchema}, read-only; each field is documented there.
 */
export type CompanyProfile = ReadonlyInput<z.input<typeof companySchema>>;

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
  /** The edition (yearly call): `'2025'`, `'2026'`, or the year as a number. */
  readonly edition: EditionKey;
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
  /**
   * The assessment as text a person reads, in the locale asked for: a headline, then one line per
   * finding — its mark (✓ pass, ✗ fail, ? unknown, ℹ information), the rule's name
   * ({@link rules!RULE_LABELS}), how sure it is ({@link rules!CONFIDENCE_LABELS}) and its message —
   * ending with what is still to check.
   */
  readonly explanation: string;
}

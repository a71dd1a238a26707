import type * as z from 'zod';
import type { EditionId, InstitutionKind, TrackId, CheckResult } from '../rules/types';
import type { ReadonlyInput } from '../schemas/fields';
import type { grantPlanSchema } from '../schemas/grantPlan';

/**
 * A grant plan as the caller gives it to {@link checkGrantPlan}: the input type of
 * {@link schemas!grantPlanSchema}, read-only (each field is documented there). Amounts are whole
 * won in any accepted form: `700000000`, `'7억원'`, `'700,000,000'`, `700000000n`, a Decimal.
 *
 * @example
 * ```ts
 * import type { GrantPlanInput } from 'regional-innovation-rnd/grants';
 * const plan: GrantPlanInput = {
 *   edition: '2026',
 *   track: 'capability',
 *   years: [{ participants: [{ id: 'a', kind: 'sme', publicFunding: '1억5천만원', cash: 5_000_000, inKind: 45_000_000 }] }],
 * };
 * ```
 */
export type GrantPlanInput = ReadonlyInput<z.input<typeof grantPlanSchema>>;

/**
 * One participant's money in one year of a grant plan, as the caller gives it.
 */
export type GrantParticipantInput = GrantPlanInput['years'][number]['participants'][number];

/**
 * Money and shares of one participant, one year, or the whole plan, in won.
 */
export interface GrantTotals {
  /** Public money (정부·지자체 지원연구개발비). */
  readonly publicFunding: number;
  /** Own share paid in cash. */
  readonly cash: number;
  /** Own share paid in kind. */
  readonly inKind: number;
  /** publicFunding + cash + inKind. */
  readonly total: number;
  /** publicFunding ÷ total as an exact decimal (`'0.75'`), or `null` for a zero total. */
  readonly publicShare: string | null;
}

/**
 * One participant in one year, with its shares and the room left under its limits.
 */
export interface GrantParticipantSummary extends GrantTotals {
  /** The participant's id. */
  readonly id: string;
  /** Its institution kind. */
  readonly kind: InstitutionKind;
  /** cash ÷ (cash + inKind) as an exact decimal, or `null` when it pays no own share. */
  readonly cashShare: string | null;
  /** The limits that apply to its kind, as exact decimals. */
  readonly limits: {
    /** The largest public share. */
    readonly publicShare: string;
    /** The smallest cash share of its own share, or `null` when none is required. */
    readonly cashShare: string | null;
  };
  /** Room left, in won; negative when a limit is broken. */
  readonly headroom: {
    /** Public money it could add, its own share unchanged, at its share limit (`null` when it has no limit). */
    readonly publicFunding: number | null;
    /** Cash it could move to in-kind at its cash limit (`null` when no cash share is required). */
    readonly cash: number | null;
  };
}

/**
 * The money of one year of a plan.
 */
export interface GrantYearSummary extends GrantTotals {
  /** The year, 1 for the first. */
  readonly year: number;
  /** Each participant's money and shares. */
  readonly participants: readonly GrantParticipantSummary[];
  /** Room left under the yearly cap, in won; negative when exceeded. */
  readonly headroom: {
    /** Public money the year could still take. */
    readonly publicFunding: number;
  };
}

/**
 * A grant plan in numbers: per year, per participant and in all, with the caps that apply and the
 * room left under each.
 *
 * @example
 * ```ts
 * import { checkGrantPlan } from 'regional-innovation-rnd/grants';
 * const result = checkGrantPlan({
 *   edition: '2026',
 *   track: 'capability',
 *   years: [{ participants: [{ id: 'a', kind: 'sme', publicFunding: 150_000_000, cash: 5_000_000, inKind: 45_000_000 }] }],
 * });
 * if (result.ok) result.value.total.headroom.publicFunding; // 250000000
 * ```
 */
export interface GrantPlanSummary {
  /** The edition. */
  readonly edition: EditionId;
  /** The track. */
  readonly track: TrackId;
  /** The caps of the track in this edition. */
  readonly caps: {
    /** Years at most. */
    readonly maxYears: number;
    /** Public money a year at most, in won. */
    readonly maxGrantPerYear: number;
    /** Public money in all at most, in won. */
    readonly maxGrantTotal: number;
  };
  /** Each year. */
  readonly years: readonly GrantYearSummary[];
  /** The whole plan. */
  readonly total: GrantTotals & {
    /** Room left under the total cap, in won; negative when exceeded. */
    readonly headroom: {
      /** Public money the plan could still take. */
      readonly publicFunding: number;
    };
  };
}

/**
 * What {@link checkGrantPlan} gives: the summary on success; on failure the issues, and the
 * summary too when the plan was well-formed enough to add up.
 */
export type GrantPlanResult = CheckResult<GrantPlanSummary>;

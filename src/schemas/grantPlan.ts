import * as z from 'zod';
import { isEditionId } from '../program/getEdition';
import type { EditionId, InstitutionKind, TrackId } from '../rules/types';
import { edition, institutionKind, money, participantId, track } from './fields';

/**
 * One participant's money in one year, after the schema: integer won.
 */
export interface GrantParticipant {
  /** The participant's id. */
  readonly id: string;
  /** Its institution kind. */
  readonly kind: InstitutionKind;
  /** Public money, in won. */
  readonly publicFunding: number;
  /** Own share in cash, in won. */
  readonly cash: number;
  /** Own share in kind, in won. */
  readonly inKind: number;
}

/**
 * A grant plan after the schema: money as integer won.
 */
export interface GrantPlan {
  /** The edition. */
  readonly edition: EditionId;
  /** The track. */
  readonly track: TrackId;
  /** The years, first year first. */
  readonly years: readonly {
    /** The participants of the year. */
    readonly participants: readonly GrantParticipant[];
  }[];
}

/**
 * The zod schema of {@link grants!checkGrantPlan}'s input: strict objects (no extra keys),
 * money in any accepted form, normalised to integer won. At most 10 years and 200 participants a
 * year are read: more is surely a mistake, and the bound keeps malicious input cheap.
 *
 * @example
 * ```ts
 * import { grantPlanSchema } from 'regional-innovation-rnd/schemas';
 * grantPlanSchema.safeParse({ edition: '2026', track: 'capability', years: [] }).success; // false (no years)
 * ```
 */
export const grantPlanSchema: z.ZodType<GrantPlan> = z.strictObject({
  edition,
  track,
  years: z
    .array(
      z.strictObject({
        participants: z
          .array(
            z.strictObject({
              id: participantId,
              kind: institutionKind,
              publicFunding: money,
              cash: money,
              inKind: money,
            }),
          )
          .min(1)
          .max(200),
      }),
    )
    .min(1)
    .max(10),
});

const KINDS = new Set(['sme', 'midsize', 'large', 'university', 'research-institute', 'nonprofit']);

/** A plain object (no class, no proxy of an array) whose own enumerable keys are exactly `keys`. */
function plainWith(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const own = Object.keys(value);
  if (own.length !== keys.length) return undefined;
  // Keys usually come in the expected order; \`includes\` only runs for one that does not.
  // Stryker disable next-line EqualityOperator: own has keys.length entries, so one more turn compares undefined with undefined and returns nothing
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    // Stryker disable next-line ConditionalExpression: own[i] === key is only a fast path; includes gives the same answer
    if (own[i] !== key && !own.includes(key)) return undefined;
  }
  return value as Record<string, unknown>;
}

const isWon = (value: unknown): value is number =>
  // Stryker disable next-line ConditionalExpression: Number.isSafeInteger is false for every non-number, so the typeof test alone decides nothing
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const PLAN_KEYS = ['edition', 'track', 'years'] as const;
const YEAR_KEYS = ['participants'] as const;
const PARTICIPANT_KEYS = ['id', 'kind', 'publicFunding', 'cash', 'inKind'] as const;

/**
 * The common case without the schema: a plan of plain objects with exactly the expected keys,
 * string ids and enums, and money already as integer won, read once into a copy. It accepts only
 * what {@link grantPlanSchema} accepts and gives the value the schema would (a property test holds
 * it to that); anything else gives `undefined`, and the schema says what is wrong.
 *
 * @param input - anything.
 * @returns the plan, copied (-0 read as 0), or `undefined` when it is not of that simple form.
 *
 * @example
 * ```ts
 * import { readPlainGrantPlan } from 'regional-innovation-rnd/schemas';
 * const row = { id: 'a', kind: 'sme', publicFunding: 1, cash: 1, inKind: 1 };
 * readPlainGrantPlan({ edition: '2026', track: 'capability', years: [{ participants: [row] }] })?.track; // 'capability'
 * readPlainGrantPlan({ edition: '2026', track: 'capability', years: [{ participants: [{ ...row, cash: '1원' }] }] }); // undefined
 * ```
 */
export function readPlainGrantPlan(input: unknown): GrantPlan | undefined {
  const plan = plainWith(input, PLAN_KEYS);
  if (plan === undefined) return undefined;
  const edition = plan['edition'];
  const track = plan['track'];
  const years = plan['years'];
  // Edition ids as a string (the schema also reads 2026 as '2026'; such plans take its path).
  if (!isEditionId(edition) || (track !== 'supply-chain' && track !== 'capability')) return undefined;
  if (!Array.isArray(years) || years.length < 1 || years.length > 10) return undefined;
  const outYears: { readonly participants: readonly GrantParticipant[] }[] = [];
  for (const yearInput of years as unknown[]) {
    const year = plainWith(yearInput, YEAR_KEYS);
    const participants = year?.['participants'];
    if (!Array.isArray(participants) || participants.length < 1 || participants.length > 200)
      return undefined;
    const rows: GrantParticipant[] = [];
    for (const rowInput of participants as unknown[]) {
      const row = plainWith(rowInput, PARTICIPANT_KEYS);
      if (row === undefined) return undefined;
      const id = row['id'];
      const kind = row['kind'];
      const publicFunding = row['publicFunding'];
      const cash = row['cash'];
      const inKind = row['inKind'];
      if (typeof id !== 'string' || id.length < 1 || id.length > 200) return undefined;
      // Stryker disable next-line ConditionalExpression: KINDS holds only strings, so KINDS.has is false for every non-string anyway
      if (typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
      if (!isWon(publicFunding) || !isWon(cash) || !isWon(inKind)) return undefined;
      // Adding 0 reads -0 as 0 won, as the schema does.
      rows.push({
        id,
        kind: kind as InstitutionKind,
        publicFunding: publicFunding + 0,
        cash: cash + 0,
        inKind: inKind + 0,
      });
    }
    outYears.push({ participants: rows });
  }
  return { edition, track, years: outYears };
}

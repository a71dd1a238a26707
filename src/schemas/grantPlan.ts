import * as z from 'zod';
import type { EditionId, InstitutionKind, TrackId } from '../rules/types';
import { edition, institutionKind, money, participantId, track } from './fields';

/**
 * One participant's money in one year, after the schema: integer won.
 *
 * @example
 * ```ts
 * import type { GrantParticipant } from 'regional-innovation-rnd/schemas';
 * const row: GrantParticipant = { id: 'a', kind: 'sme', publicFunding: 150_000_000, cash: 5_000_000, inKind: 45_000_000 };
 * ```
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
 *
 * @example
 * ```ts
 * import type { GrantPlan } from 'regional-innovation-rnd/schemas';
 * const plan: GrantPlan = { edition: '2026', track: 'capability', years: [{ participants: [] }] };
 * ```
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

function isPlainWithKeys(value: unknown, keys: number): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.keys(value).length === keys;
}

const isWon = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * The common case without the schema: a plan of plain objects with exactly the expected keys,
 * string ids and enums, and money already as integer won. It accepts only what
 * {@link grantPlanSchema} accepts, which would return an equal value (a property test holds it to
 * that), so the plan can be read as it is; anything else goes through the schema, which says
 * what is wrong. (-0 passes as won; readers add 0 to fold it into 0, as the schema does.)
 *
 * @param input - anything.
 * @returns whether it is a plan of plain objects and integer won that the schema would pass as is.
 *
 * @example
 * ```ts
 * import { isPlainGrantPlan } from 'regional-innovation-rnd/schemas';
 * const row = { id: 'a', kind: 'sme', publicFunding: 1, cash: 1, inKind: 1 };
 * isPlainGrantPlan({ edition: '2026', track: 'capability', years: [{ participants: [row] }] }); // true
 * isPlainGrantPlan({ edition: '2026', track: 'capability', years: [{ participants: [{ ...row, cash: '1원' }] }] }); // false
 * ```
 */
export function isPlainGrantPlan(input: unknown): input is GrantPlan {
  if (!isPlainWithKeys(input, 3)) return false;
  const { edition, track, years } = input;
  if ((edition !== '2025' && edition !== '2026') || (track !== 'supply-chain' && track !== 'capability'))
    return false;
  if (!Array.isArray(years) || years.length < 1 || years.length > 10) return false;
  for (const year of years as unknown[]) {
    if (!isPlainWithKeys(year, 1)) return false;
    const participants = year['participants'];
    if (!Array.isArray(participants) || participants.length < 1 || participants.length > 200) return false;
    for (const row of participants as unknown[]) {
      if (!isPlainWithKeys(row, 5)) return false;
      const { id, kind, publicFunding, cash, inKind } = row;
      if (typeof id !== 'string' || id.length < 1 || id.length > 200) return false;
      if (typeof kind !== 'string' || !KINDS.has(kind)) return false;
      if (!isWon(publicFunding) || !isWon(cash) || !isWon(inKind)) return false;
    }
  }
  return true;
}

import * as z from 'zod';
import { editionIdOf } from '../program/getEdition';
import { INSTITUTION_KINDS, TRACK_IDS } from '../rules/kinds';
import type { InstitutionKind, TrackId } from '../rules/types';
import { edition, institutionKind, MAX_PARTICIPANT_ID, money, participantId, readWon, track } from './fields';

/** The most years a plan may have: more is surely a mistake, and the bound keeps hostile input cheap. */
const MAX_YEARS = 10;
/** The most participants a year may have, for the same reason. */
const MAX_PARTICIPANTS = 200;

const participantSchema = () =>
  z.strictObject({
    /** The participant's id, the same in every year. */
    id: participantId(),
    /** Its institution kind, which sets its cost-sharing limits. */
    kind: institutionKind(),
    /** 정부지원연구개발비: national plus local government money, in won (any money form). */
    publicFunding: money(),
    /** 기관부담연구개발비(현금): its own share paid in cash, in won (any money form). */
    cash: money(),
    /** 기관부담연구개발비(현물): its own share paid in kind, in won (any money form). */
    inKind: money(),
  });

/**
 * Builds the schema of a grant plan: a new instance, its fields included, on every call.
 * The library validates with instances of its own, so that nothing done to the exported
 * {@link grantPlanSchema} changes what it accepts.
 *
 * @returns the schema.
 *
 * @internal
 * @example
 * ```ts
 * import { buildGrantPlanSchema } from './grantPlan'; // internal: from inside src/ only
 * buildGrantPlanSchema().safeParse({ edition: '2026', track: 'capability', years: [] }).success; // false (no years)
 * ```
 */
export const buildGrantPlanSchema = () =>
  z.strictObject({
    /** The edition (yearly call): `'2025'`, `'2026'`, or the year as a number. */
    edition: edition(),
    /** The track. */
    track: track(),
    /** The plan's years, first year first. */
    years: z
      .array(
        z.strictObject({
          /** The participants of the year. */
          participants: z.array(participantSchema()).min(1).max(MAX_PARTICIPANTS),
        }),
      )
      .min(1)
      .max(MAX_YEARS),
  });

type GrantPlanShape = ReturnType<typeof buildGrantPlanSchema>;

/**
 * The zod schema of {@link grants!checkGrantPlan}'s input: strict objects (no extra keys),
 * money in any accepted form, normalised to integer won. At most 10 years and 200 participants a
 * year are read: more is surely a mistake, and the bound keeps malicious input cheap. The plan's
 * types come from it: {@link grants!GrantPlanInput} (what callers give) and {@link GrantPlan}
 * (what it reads).
 *
 * @example
 * ```ts
 * import { grantPlanSchema } from 'regional-innovation-rnd/schemas';
 * grantPlanSchema.safeParse({ edition: '2026', track: 'capability', years: [] }).success; // false (no years)
 * ```
 */
export const grantPlanSchema: z.ZodType<
  z.output<GrantPlanShape>,
  z.input<GrantPlanShape>
> = /* @__PURE__ */ buildGrantPlanSchema();

/**
 * A grant plan after {@link grantPlanSchema}: money as integer won.
 */
export type GrantPlan = z.output<GrantPlanShape>;

/**
 * One participant's money in one year, after {@link grantPlanSchema}: integer won.
 */
export type GrantParticipant = z.output<ReturnType<typeof participantSchema>>;

const KINDS: ReadonlySet<unknown> = new Set<InstitutionKind>(INSTITUTION_KINDS);
const TRACKS: ReadonlySet<unknown> = new Set<TrackId>(TRACK_IDS);

/** A plain object (no class, no proxy of an array) whose own enumerable keys are exactly `keys`. */
function plainWith(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const own = Object.keys(value);
  if (own.length !== keys.length) return undefined;
  // Keys usually come in the expected order; `includes` only runs for one that does not.
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    if (own[i] !== key && !own.includes(key)) return undefined;
  }
  return value as Record<string, unknown>;
}

/**
 * A list of `min` to `max` items, as a real array whose length is read once: a proxy's `length`
 * may say anything (`NaN`, `'3'`), and then the list is not of this simple form.
 */
function listOf(value: unknown, min: number, max: number): readonly unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const length: unknown = value.length;
  if (!Number.isInteger(length) || (length as number) < min || (length as number) > max) return undefined;
  const count = length as number;
  const items = new Array<unknown>(count);
  for (let i = 0; i < count; i += 1) items[i] = (value as unknown[])[i];
  return items;
}

const PLAN_KEYS = ['edition', 'track', 'years'] as const;
const YEAR_KEYS = ['participants'] as const;
const PARTICIPANT_KEYS = ['id', 'kind', 'publicFunding', 'cash', 'inKind'] as const;

/**
 * The common case without zod: a plan of plain objects with exactly the expected keys and lists
 * within the schema's bounds (the same constants), read once into a copy, each field by the
 * schema's own reader (money by {@link readWon}, the edition by `editionIdOf`). It accepts only
 * what {@link grantPlanSchema} accepts and gives the value the schema would; anything else gives
 * `undefined`, and the schema says what is wrong. Each list's length is read once.
 *
 * @param input - anything.
 * @returns the plan, copied, or `undefined` when it is not of that simple form.
 *
 * @internal
 * @example
 * ```ts
 * import { readPlainGrantPlan } from './grantPlan'; // internal: from inside src/ only
 * const row = { id: 'a', kind: 'sme', publicFunding: '1억', cash: 1, inKind: 1 };
 * readPlainGrantPlan({ edition: 2026, track: 'capability', years: [{ participants: [row] }] })?.years[0]?.participants[0]?.publicFunding; // 100000000
 * readPlainGrantPlan({ edition: '2026', track: 'capability', years: [{ participants: [{ ...row, cash: 'abc' }] }] }); // undefined
 * ```
 */
export function readPlainGrantPlan(input: unknown): GrantPlan | undefined {
  const plan = plainWith(input, PLAN_KEYS);
  if (plan === undefined) return undefined;
  const editionId = editionIdOf(plan['edition']);
  const trackId = plan['track'];
  const years = listOf(plan['years'], 1, MAX_YEARS);
  if (editionId === undefined || !TRACKS.has(trackId) || years === undefined) return undefined;
  const outYears: GrantPlan['years'] = [];
  for (const yearInput of years) {
    const year = plainWith(yearInput, YEAR_KEYS);
    const participants = year === undefined ? undefined : listOf(year['participants'], 1, MAX_PARTICIPANTS);
    if (participants === undefined) return undefined;
    const rows: GrantParticipant[] = [];
    for (const rowInput of participants) {
      const row = plainWith(rowInput, PARTICIPANT_KEYS);
      if (row === undefined) return undefined;
      const id = row['id'];
      const kind = row['kind'];
      if (typeof id !== 'string' || id.length < 1 || id.length > MAX_PARTICIPANT_ID) return undefined;
      if (!KINDS.has(kind)) return undefined;
      const publicFunding = readWon(row['publicFunding']);
      const cash = readWon(row['cash']);
      const inKind = readWon(row['inKind']);
      if (typeof publicFunding !== 'number' || typeof cash !== 'number' || typeof inKind !== 'number') {
        return undefined;
      }
      rows.push({ id, kind: kind as InstitutionKind, publicFunding, cash, inKind });
    }
    outYears.push({ participants: rows });
  }
  return { edition: editionId, track: trackId as TrackId, years: outYears };
}

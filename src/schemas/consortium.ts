import * as z from 'zod';
import { edition, institutionKind, participantId, track } from './fields';

const member = () =>
  z.strictObject({
    /** Its id, unique in the consortium. */
    id: participantId(),
    /** Its institution kind. */
    kind: institutionKind(),
    /** Its region: a code, legacy code, Korean or English name. Needed for the lead. */
    region: z.union([z.string().max(100), z.number()]).optional(),
    /** Its tier within its industry. Needed for the lead. */
    tier: z.enum(['leading', 'potential', 'none']).optional(),
    /** Its business registration number (10 digits, dashes allowed). */
    businessNumber: z.string().max(40).optional(),
    /** Its role in the project (주관, 공동, 위탁 …), for the caller's own use. */
    role: z.string().max(100).optional(),
  });

/**
 * Builds the schema of a consortium: a new instance, its fields included, on every call.
 * The library validates with instances of its own, so that nothing done to the exported
 * {@link consortiumSchema} changes what it accepts.
 *
 * @returns the schema.
 *
 * @internal
 * @example
 * ```ts
 * import { buildConsortiumSchema } from './consortium'; // internal: from inside src/ only
 * buildConsortiumSchema().safeParse({ edition: 2026, track: 'capability', lead: { id: 'a', kind: 'sme' }, members: [] }).success; // true
 * ```
 */
export const buildConsortiumSchema = () =>
  z.strictObject({
    /** The edition (yearly call): `'2025'`, `'2026'`, or the year as a number. */
    edition: edition(),
    /** The track. */
    track: track(),
    /** The lead (주관연구개발기관). */
    lead: member(),
    /** The other participants (공동·위탁연구개발기관); may be empty where the track allows. */
    members: z.array(member()).max(100),
  });

type ConsortiumShape = ReturnType<typeof buildConsortiumSchema>;

/**
 * The zod schema of {@link consortium!checkConsortium}'s input: strict objects (no extra keys);
 * the lead and up to 100 members. The consortium's types come from it:
 * {@link consortium!ConsortiumInput} (what callers give) and {@link Consortium} (what it reads).
 *
 * @example
 * ```ts
 * import { consortiumSchema } from 'regional-innovation-rnd/schemas';
 * consortiumSchema.safeParse({ edition: '2026', track: 'capability', lead: { id: 'a', kind: 'sme' }, members: [] }).success; // true
 * ```
 */
export const consortiumSchema: z.ZodType<
  z.output<ConsortiumShape>,
  z.input<ConsortiumShape>
> = /* @__PURE__ */ buildConsortiumSchema();

/**
 * A consortium after {@link consortiumSchema}.
 */
export type Consortium = z.output<ConsortiumShape>;

/**
 * A participant of a consortium after {@link consortiumSchema}.
 */
export type ConsortiumMember = z.output<ReturnType<typeof member>>;

import * as z from 'zod';
import type { EditionId, InstitutionKind, Tier, TrackId } from '../rules/types';
import { edition, institutionKind, participantId, track } from './fields';

const member = z.strictObject({
  id: participantId,
  kind: institutionKind,
  region: z.union([z.string().max(100), z.number()]).optional(),
  tier: z.enum(['leading', 'potential', 'none']).optional(),
  businessNumber: z.string().max(40).optional(),
  role: z.string().max(100).optional(),
});

/**
 * A participant of a consortium after the schema.
 */
export interface ConsortiumMember {
  /** Its id. */
  readonly id: string;
  /** Its institution kind. */
  readonly kind: InstitutionKind;
  /** Its region as given. */
  readonly region?: string | number | undefined;
  /** Its tier. */
  readonly tier?: Tier | undefined;
  /** Its business registration number as given. */
  readonly businessNumber?: string | undefined;
  /** Its role. */
  readonly role?: string | undefined;
}

/**
 * A consortium after the schema.
 */
export interface Consortium {
  /** The edition. */
  readonly edition: EditionId;
  /** The track. */
  readonly track: TrackId;
  /** The lead. */
  readonly lead: ConsortiumMember;
  /** The other participants. */
  readonly members: readonly ConsortiumMember[];
}

/**
 * The zod schema of {@link consortium!checkConsortium}'s input: strict objects (no extra keys);
 * the lead and up to 100 members.
 *
 * @example
 * ```ts
 * import { consortiumSchema } from 'regional-innovation-rnd/schemas';
 * consortiumSchema.safeParse({ edition: '2026', track: 'capability', lead: { id: 'a', kind: 'sme' }, members: [] }).success; // true
 * ```
 */
export const consortiumSchema: z.ZodType<Consortium> = z.strictObject({
  edition,
  track,
  lead: member,
  members: z.array(member).max(100),
});

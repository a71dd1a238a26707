import * as z from 'zod';
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
 * The zod schema of {@link consortium!checkConsortium}'s input: strict objects (no extra keys);
 * the lead and up to 100 members.
 *
 * @example
 * ```ts
 * import { consortiumSchema } from 'regional-innovation-rnd/schemas';
 * consortiumSchema.safeParse({ edition: '2026', track: 'capability', lead: { id: 'a', kind: 'sme' }, members: [] }).success; // true
 * ```
 */
export const consortiumSchema = z.strictObject({
  edition,
  track,
  lead: member,
  members: z.array(member).max(100),
});

import * as z from 'zod';
import { edition, institutionKind, money, participantId, track } from './fields';

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
export const grantPlanSchema = z.strictObject({
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

import * as z from 'zod';
import type { InstitutionKind, Tier } from '../rules/types';
import { institutionKind, money } from './fields';

/**
 * A company profile after the schema: money as integer won.
 */
export interface Company {
  /** Its institution kind. */
  readonly kind: InstitutionKind;
  /** Its region as given. */
  readonly region: string | number;
  /** Its industry as given. */
  readonly industry?: string | undefined;
  /** Its tier. */
  readonly tier?: Tier | undefined;
  /** Its sales, in won. */
  readonly sales?: number | undefined;
  /** Its sales growth as a ratio. */
  readonly salesGrowth?: number | undefined;
  /** Its R&D intensity as a ratio. */
  readonly rndIntensity?: number | undefined;
  /** Its R&D spending, in won. */
  readonly rndSpending?: number | undefined;
  /** Its regular employees (상시근로자). */
  readonly employees?: number | undefined;
  /** Its K-TOP results as given. */
  readonly ktop?:
    | {
        /** 기업혁신역량 score. */
        readonly innovationScore?: number | undefined;
        /** 기술 원천성 grade. */
        readonly originalityGrade?: number | string | undefined;
      }
    | undefined;
}

/**
 * The zod schema of {@link eligibility!assessEligibility}'s company profile: a strict object;
 * ratios are finite numbers (`0.05` = 5%; growth at least −1, R&D intensity at least 0), sales and
 * R&D spending any money form, employees a whole number.
 *
 * @example
 * ```ts
 * import { companySchema } from 'regional-innovation-rnd/schemas';
 * companySchema.safeParse({ kind: 'sme', region: '부산', rndIntensity: 0.06 }).success; // true
 * ```
 */
export const companySchema: z.ZodType<Company> = z.strictObject({
  kind: institutionKind,
  region: z.union([z.string().max(100), z.number()]),
  industry: z.string().max(200).optional(),
  tier: z.enum(['leading', 'potential', 'none']).optional(),
  sales: money.optional(),
  // A ratio below its range is a typo, never a verdict: growth cannot fall below −100%, and R&D
  // spending is not negative. Above 1 is allowed (a fast grower; or 5 meant as 5%, which the
  // finding warns about).
  salesGrowth: z.number().min(-1).optional(),
  rndIntensity: z.number().min(0).optional(),
  rndSpending: money.optional(),
  employees: z.number().int().min(0).max(10_000_000).optional(),
  ktop: z
    .strictObject({
      innovationScore: z.number().optional(),
      originalityGrade: z.union([z.number(), z.string().max(20)]).optional(),
    })
    .optional(),
});

import * as z from 'zod';
import { institutionKind, money } from './fields';

/** The longest region and industry names read, in UTF-16 units. */
const MAX_REGION = 100;
const MAX_INDUSTRY = 200;

/**
 * Builds the schema of a company profile: a new instance, its fields included, on every call.
 * The library validates with instances of its own, so that nothing done to the exported
 * {@link companySchema} (a patched `safeParse`) changes what it accepts.
 *
 * @returns the schema.
 *
 * @internal
 * @example
 * ```ts
 * import { buildCompanySchema } from './company'; // internal: from inside src/ only
 * buildCompanySchema() === buildCompanySchema(); // false
 * buildCompanySchema().safeParse({ kind: 'sme', region: '부산' }).success; // true
 * ```
 */
export const buildCompanySchema = () =>
  z.strictObject({
    /** Its institution kind; applicants are SMEs. */
    kind: institutionKind(),
    /**
     * Its region: a code, legacy code, Korean or English name, or an address that starts with its
     * 시·도 (`'부산광역시 해운대구 …'`).
     */
    region: z.union([z.string().max(MAX_REGION), z.number()]),
    /** Its industry: a 주축산업 id, name or alias. A blank name counts as not given. */
    industry: z.string().max(MAX_INDUSTRY).optional(),
    /** Its tier (기업군) in its industry. */
    tier: z.enum(['leading', 'potential', 'none']).optional(),
    /** Its sales, 3-year average, in won (any money form). */
    sales: money().optional(),
    // A ratio below its range is a typo, never a verdict: growth cannot fall below −100%, and R&D
    // spending is not negative. Above 1 is allowed (a fast grower; or 5 meant as 5%, which the
    // finding warns about).
    /**
     * Its sales growth as a ratio (`0.1` = 10%), at least `-1`. Above 1 (more than doubling) is
     * allowed, with a warning in the finding in case a percent was meant.
     */
    salesGrowth: z.number().min(-1).optional(),
    /**
     * R&D spending ÷ sales as a ratio (`0.05` = 5%), at least 0. Above 1 is allowed with a warning
     * (`5` is read as 500%, not 5%). Or give `rndSpending` with `sales`.
     */
    rndIntensity: z.number().min(0).optional(),
    /**
     * Its R&D spending in won (any money form); with `sales` it gives the R&D intensity exactly. If
     * `rndIntensity` is given too, the two must agree to the decimals `rndIntensity` is written with.
     */
    rndSpending: money().optional(),
    /** Its regular employees (상시근로자), a whole number. */
    employees: z.number().int().min(0).max(10_000_000).optional(),
    /** Its K-TOP results, recorded as information. */
    ktop: z
      .strictObject({
        /** 기업혁신역량 score, 0–100. */
        innovationScore: z.number().optional(),
        /** 기술 원천성 grade, 1 (best) to 10: a number, `'3등급'`, or a KTRS letter. */
        originalityGrade: z.union([z.number(), z.string().max(20)]).optional(),
      })
      .optional(),
  });

type CompanyShape = ReturnType<typeof buildCompanySchema>;

/**
 * The zod schema of {@link eligibility!assessEligibility}'s company profile: a strict object;
 * ratios are finite numbers (`0.05` = 5%; growth at least −1, R&D intensity at least 0), sales and
 * R&D spending any money form, employees a whole number. The profile's types come from it:
 * {@link eligibility!CompanyProfile} (what callers give) and {@link Company} (what it reads).
 *
 * @example
 * ```ts
 * import { companySchema } from 'regional-innovation-rnd/schemas';
 * companySchema.safeParse({ kind: 'sme', region: '부산', rndIntensity: 0.06 }).success; // true
 * ```
 */
export const companySchema: z.ZodType<
  z.output<CompanyShape>,
  z.input<CompanyShape>
> = /* @__PURE__ */ buildCompanySchema();

/**
 * A company profile after {@link companySchema}: money as integer won.
 */
export type Company = z.output<CompanyShape>;

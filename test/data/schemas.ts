// zod schemas of the rule data, used only by the data-integrity tests: the data is validated here,
// never at import, so importing the library costs no schema work.
import * as z from 'zod';

const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u);
const localized = z.strictObject({ ko: z.string().min(1), en: z.string().min(1) });
const kind = z.enum(['sme', 'midsize', 'large', 'university', 'research-institute', 'nonprofit']);
const tier = z.enum(['leading', 'potential']);
const won = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const percent = z.number().int().min(0).max(100);

export const sourceRef = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: isoDate,
  url: z.url({ protocol: /^https$/u }).optional(),
  locator: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

export const evidence = z.strictObject({
  sources: z.array(sourceRef).min(1),
  confidence: z.enum(['confirmed', 'reported', 'derived']),
  note: z.string().min(1).optional(),
});

const requirement = z.strictObject({
  id: z.string().regex(/^[a-z0-9.-]+$/u),
  kinds: z.array(kind).min(1),
  min: z.number().int().positive(),
  countsLead: z.boolean(),
  description: localized,
  provenance: evidence,
  countsLeadProvenance: evidence,
});

const track = z.strictObject({
  id: z.enum(['supply-chain', 'capability']),
  name: localized,
  summary: localized,
  maxGrantPerYear: won,
  maxYears: z.number().int().positive(),
  maxGrantTotal: won,
  applicantTier: tier,
  grantCovers: z.literal('public'),
  consortium: z.strictObject({
    form: z.enum(['consortium', 'single-or-consortium']),
    formProvenance: evidence,
    lead: z.strictObject({
      kinds: z.array(kind).min(1),
      tier,
      nonCapitalRegion: z.boolean(),
      provenance: evidence,
    }),
    requirements: z.array(requirement),
    memberKinds: z.array(kind).nullable(),
    memberKindsProvenance: evidence,
  }),
  provenance: z.strictObject({
    maxGrantPerYear: evidence,
    maxYears: evidence,
    maxGrantTotal: evidence,
    applicantTier: evidence,
    grantCovers: evidence,
  }),
});

const costShare = z.strictObject({
  maxPublicPercent: percent,
  minCashPercentOfOwnShare: percent.nullable(),
  provenance: evidence,
});

const instantKst = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/u);
const perTrack = <T extends z.ZodType>(value: T) =>
  z.strictObject({ 'supply-chain': value, capability: value });

export const edition = z.strictObject({
  id: z.enum(['2025', '2026']),
  year: z.number().int(),
  applicationWindow: z.strictObject({
    opens: instantKst,
    closes: instantKst,
    system: z.string().min(1),
    provenance: evidence,
  }),
  tiers: z.strictObject({
    leadingPercent: percent,
    potentialPercent: percent,
    provenance: evidence,
    // The library's reading of the shares (rank ÷ size, ties, small cohorts): never confirmed.
    convention: evidence.refine((e) => e.confidence === 'derived'),
  }),
  tracks: perTrack(track),
  costSharing: z.strictObject({
    sme: costShare,
    midsize: costShare,
    large: costShare,
    university: costShare,
    'research-institute': costShare,
    nonprofit: costShare,
  }),
  budgetItemRules: z
    .strictObject({
      indirectCostMaxPercentOfDirect: percent,
      researchAllowanceMaxPercentOfAdjustedPersonnel: percent,
      subcontractMaxPercent: percent,
      externalTechnologyMaxPercentOfDirect: percent,
      provenance: evidence,
    })
    .nullable(),
  eligibility: z.strictObject({
    applicantKind: z.literal('sme'),
    nonCapitalRegion: z.literal(true),
    keyIndustry: z.literal(true),
    provenance: evidence,
    salesRule: z.strictObject({
      minSales: won.nullable(),
      minSalesGrowth: z.number().nullable(),
      provenance: evidence,
    }),
    rndIntensityAlternative: z.strictObject({ minPercent: percent, provenance: evidence }).nullable(),
    keyIndustryProvenance: evidence,
    // The requirements our sources do not state: never `confirmed`.
    requirements: z.array(
      z.strictObject({
        id: z.string().regex(/^eligibility\.[a-z]+(?:-[a-z]+)*$/u),
        name: localized,
        threshold: z
          .strictObject({ fact: z.literal('employees'), override: z.literal('minEmployees') })
          .nullable(),
        provenance: evidence.refine((e) => e.confidence !== 'confirmed'),
      }),
    ),
    unknown: z.array(localized),
  }),
  call: z.strictObject({
    notice: z.string().min(1).nullable(),
    title: z.string().min(1).nullable(),
    announced: isoDate,
    nationalBudget: won,
    localBudget: won.nullable(),
    totalBudget: won.nullable(),
    plannedProjects: z.number().int().positive(),
    plannedProjectsByTrack: perTrack(z.number().int().positive()).nullable(),
    supportItems: z.number().int().positive(),
    fields: z.array(z.string().min(1)).nullable(),
    provenance: z.strictObject({
      notice: evidence,
      title: evidence,
      announced: evidence,
      budget: evidence,
      plannedProjects: evidence,
      plannedProjectsByTrack: evidence,
      supportItems: evidence,
      fields: evidence,
    }),
  }),
  outcome: z
    .strictObject({
      applications: z.number().int().positive(),
      passedPanel: z.number().int().positive(),
      selected: z.number().int().positive(),
      selectedByTrack: perTrack(z.number().int().positive()),
      fundingTwoYears: won,
      fundingByTrack: perTrack(z.strictObject({ national: won, local: won })),
      provenance: z.strictObject({ counts: evidence, funding: evidence }),
    })
    .nullable(),
  changes: z.array(
    z.strictObject({ ruleId: z.string().min(1), description: localized, provenance: evidence }),
  ),
});

export const program = z.strictObject({
  name: localized,
  ministry: localized,
  totalBudget: won,
  years: z.strictObject({ from: z.number().int(), to: z.number().int() }),
  plannedProjects: z.number().int().positive(),
  targets: z.strictObject({
    salesGrowthPercent: z.number().positive(),
    newJobs: z.number().int().positive(),
  }),
  type: localized,
  target: localized,
  legalBases: z.array(localized).min(1),
  timeline: z.array(z.strictObject({ date: isoDate, event: localized })).min(1),
  followOn: z.array(localized),
  sources: z.array(sourceRef).min(1),
  provenance: z.record(z.string(), evidence),
});

const regionCode = z.string().regex(/^\d{2}$/u);
export const region = z.strictObject({
  code: regionCode,
  name: z.strictObject({
    ko: z.string().min(1),
    koShort: z.string().min(1),
    en: z.string().min(1),
    enFull: z.string().min(1),
  }),
  capital: z.boolean(),
  validFrom: isoDate.nullable(),
  legacyCodes: z.array(z.strictObject({ code: regionCode, name: z.string().min(1), until: isoDate })),
  aliases: z.array(z.string().min(1)),
  provenance: z.strictObject({ code: evidence, capital: evidence }),
});

export const regionEvent = z.strictObject({
  id: z.string().min(1),
  kind: z.literal('merger'),
  effective: isoDate,
  from: z.array(regionCode).min(2),
  to: z.strictObject({ name: z.string().min(1), code: regionCode.nullable(), capital: z.boolean() }),
  effect: z.string().min(1),
  provenance: evidence,
});

export const industry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  name: localized,
  kind: z.enum(['key', 'future']),
  regions: z.array(regionCode).min(1),
  aliases: z.array(z.string().min(1)),
  provenance: evidence,
});

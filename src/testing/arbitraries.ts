import { describeInput } from '../rules/describeInput';
import { RulesError } from '../rules/RulesError';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { INSTITUTION_KINDS, TRACK_IDS } from '../rules/kinds';
import type * as FastCheck from 'fast-check';
import type { ConsortiumInput, ConsortiumParticipantInput } from '../consortium/types';
import type { CompanyProfile } from '../eligibility/types';
import type { GrantParticipantInput, GrantPlanInput } from '../grants/types';
import { KEY_INDUSTRIES } from '../industries/keyIndustries';
import { formatKRW } from '../money/formatKRW';
import type { MoneyInput } from '../money/types';
import { EDITION_IDS } from '../program/editions/index';
import type { Edition } from '../program/types';
import { REGIONS } from '../regions/data';
import type { EditionId, InstitutionKind, TrackId } from '../rules/types';
import { aBusinessNumber, aConsortium, rulesOf } from './builders';
import { TEST_SALES_THRESHOLDS } from './fixtures';

/**
 * The part of fast-check the arbitraries use. Pass the `fc` you import; the library itself never
 * loads fast-check (an optional peer dependency), so bundles that do not call
 * {@link arbitraries} do not carry it.
 */
export type FastCheckApi = Pick<
  typeof FastCheck,
  'array' | 'boolean' | 'constant' | 'constantFrom' | 'integer' | 'oneof' | 'record' | 'uniqueArray'
>;

/**
 * A fast-check arbitrary (re-stated so that this module's types need fast-check only as a type).
 *
 * @typeParam T - the values it generates.
 */
export type Arbitrary<T> = FastCheck.Arbitrary<T>;

/**
 * Which edition and track to generate for; either, when absent, is drawn at random.
 */
export interface ArbitraryOptions {
  /**
   * The edition; any when absent.
   */
  readonly edition?: EditionId;
  /**
   * The track; any when absent.
   */
  readonly track?: TrackId;
}

/**
 * An input one change away from a valid one.
 *
 * @typeParam T - the valid input's type.
 */
export interface NearMiss<T> {
  /**
   * The valid input it was made from (it passes).
   */
  readonly valid: T;
  /**
   * The changed input: well-formed enough to check without an exception; it may be malformed on purpose.
   */
  readonly input: unknown;
  /**
   * What was changed: `'year-cap+1'`, `'public-share+1'`, `'cash-share-1'`, `'too-many-years'`,
   * `'zero-total'`, `'duplicate-id'`, `'unknown-kind'`, `'missing-key'` or `'unknown-edition'`.
   */
  readonly change: string;
}

/**
 * The arbitraries {@link arbitraries} makes.
 */
export interface TestingArbitraries {
  /**
   * Grant plans that pass {@link grants!checkGrantPlan}: 1 to `maxYears` years of 1 to 4
   * participants of any kind, each within its cost shares (often exactly at a limit), each year
   * within the yearly cap and the whole within the total cap; money as numbers, bigints, digit
   * strings or Korean amounts (`'1억 2,345만원'`).
   *
   * @example
   * ```ts
   * import fc from 'fast-check';
   * import { checkGrantPlan } from 'regional-innovation-rnd/grants';
   * import { arbitraries } from 'regional-innovation-rnd/testing';
   * fc.assert(fc.property(arbitraries(fc).grantPlan(), (plan) => checkGrantPlan(plan).ok));
   * ```
   */
  grantPlan(options?: ArbitraryOptions): Arbitrary<GrantPlanInput>;
  /**
   * A valid grant plan and a copy with one change that makes it fail: a value 1 won past a limit
   * (yearly cap, public share, cash share), one year too many, a participant with nothing or
   * twice, an unknown kind, a missing key or an unknown edition.
   *
   * @example
   * ```ts
   * import fc from 'fast-check';
   * import { checkGrantPlan, type GrantPlanInput } from 'regional-innovation-rnd/grants';
   * import { arbitraries } from 'regional-innovation-rnd/testing';
   * // A near miss is no GrantPlanInput (its input is `unknown`): it is what a JavaScript caller may pass.
   * fc.assert(fc.property(arbitraries(fc).nearlyValidGrantPlan(), ({ input }) => !checkGrantPlan(input as GrantPlanInput).ok));
   * ```
   */
  nearlyValidGrantPlan(options?: ArbitraryOptions): Arbitrary<NearMiss<GrantPlanInput>>;
  /**
   * Consortia that pass {@link consortium!checkConsortium}: an SME lead with the track's tier in
   * a non-capital region (by code, Korean or English name), the members the track requires, up
   * to three more of the kinds it admits, and distinct valid business numbers on some.
   *
   * @example
   * ```ts
   * import fc from 'fast-check';
   * import { checkConsortium } from 'regional-innovation-rnd/consortium';
   * import { arbitraries } from 'regional-innovation-rnd/testing';
   * fc.assert(fc.property(arbitraries(fc).consortium(), (c) => checkConsortium(c).ok));
   * ```
   */
  consortium(options?: ArbitraryOptions): Arbitrary<ConsortiumInput>;
  /**
   * Company profiles that are `eligible` for the track (supply-chain when absent) in every
   * edition, assessed with {@link TEST_SALES_THRESHOLDS} as `overrides` and every unstated
   * requirement attested ({@link attestingAll}): SMEs in a region of one
   * of their 주축산업 (by id, name or alias), with the track's tier, sales and growth at or above
   * the thresholds and R&D intensity of at least 5%.
   *
   * @example
   * ```ts
   * import fc from 'fast-check';
   * import { assessEligibility } from 'regional-innovation-rnd/eligibility';
   * import { TEST_SALES_THRESHOLDS, arbitraries, attestingAll } from 'regional-innovation-rnd/testing';
   * const options = {
   *   edition: '2026',
   *   track: 'capability',
   *   overrides: TEST_SALES_THRESHOLDS,
   *   attest: attestingAll('2026'),
   * } as const;
   * fc.assert(
   *   fc.property(
   *     arbitraries(fc).company({ track: 'capability' }),
   *     (company) => assessEligibility(company, options).outcome === 'eligible',
   *   ),
   * );
   * ```
   */
  company(options?: Pick<ArbitraryOptions, 'track'>): Arbitrary<CompanyProfile>;
}

const OWN_MAX = 1_000_000_000;
// The forms a valid amount may take.
const FORMS: readonly ((won: number) => MoneyInput)[] = [
  (won) => won,
  (won) => BigInt(won),
  (won) => String(won),
  (won) => formatKRW(won),
];
const FORM_COUNT = FORMS.length;
const render = (won: number, form: number): MoneyInput =>
  (FORMS[form % FORM_COUNT] as (typeof FORMS)[0])(won);

/** A participant in plain won, with the form its money is written in. */
interface Row {
  readonly id: string;
  readonly kind: InstitutionKind;
  readonly publicFunding: number;
  readonly cash: number;
  readonly inKind: number;
  readonly form: number;
}

interface RowPlan {
  readonly edition: EditionId;
  readonly track: TrackId;
  readonly years: readonly (readonly Row[])[];
}

const toInput = (plan: RowPlan): GrantPlanInput => ({
  edition: plan.edition,
  track: plan.track,
  years: plan.years.map((rows) => ({
    participants: rows.map((row): GrantParticipantInput => ({
      id: row.id,
      kind: row.kind,
      publicFunding: render(row.publicFunding, row.form),
      cash: render(row.cash, row.form),
      inKind: render(row.inKind, row.form),
    })),
  })),
});

/** A participant's limits in won: the most public money and the least cash for its own share. */
function limitsOf(
  edition: Edition,
  kind: InstitutionKind,
  own: number,
): { maxPublic: number; minCash: number } {
  const { maxPublicPercent: p, minCashPercentOfOwnShare: m } = edition.costSharing[kind];
  return {
    // public ≤ p% of (public + own) ⇔ public ≤ p·own ÷ (100 − p).
    maxPublic: p >= 100 ? Number.MAX_SAFE_INTEGER : Math.floor((p * own) / (100 - p)),
    minCash: Math.ceil(((m ?? 0) * own) / 100),
  };
}

/** The `(year, participant)` positions of a plan. */
const positions = (plan: RowPlan): (readonly [number, number])[] =>
  plan.years.flatMap((rows, y) => rows.map((_, p) => [y, p] as const));

/** The plan with one participant replaced, or removed when `next` is undefined. */
function withRow(plan: RowPlan, y: number, p: number, next: (row: Row) => Row): RowPlan {
  return {
    ...plan,
    years: plan.years.map((rows, i) => (i === y ? rows.map((row, j) => (j === p ? next(row) : row)) : rows)),
  };
}

/** The input with one participant's fields changed as plain data (for malformed changes). */
function withRawParticipant(
  input: GrantPlanInput,
  change: (participant: Record<string, unknown>) => void,
): Record<string, unknown> {
  // The generated money is numbers, bigints and strings only, which a structured clone copies exactly.
  const copy = structuredClone(input) as unknown as Record<string, unknown>;
  const years = copy['years'] as { participants: Record<string, unknown>[] }[];
  change(years[0]?.participants[0] as Record<string, unknown>);
  return copy;
}

const FAST_CHECK_FUNCTIONS = [
  'array',
  'boolean',
  'constant',
  'constantFrom',
  'integer',
  'oneof',
  'record',
  'uniqueArray',
] as const;

/** Checks that `fc` is fast-check's API (the functions the arbitraries use), or throws OPTIONS_INVALID. */
function readFastCheck(fc: unknown): void {
  let usable: boolean;
  try {
    usable = FAST_CHECK_FUNCTIONS.every(
      (name) => typeof (fc as Record<string, unknown>)[name] === 'function',
    );
  } catch {
    usable = false;
  }
  if (!usable) refuseFastCheck(fc);
}

function refuseFastCheck(fc: unknown): never {
  throw rulesError(
    OPTIONS_INVALID,
    { option: 'fc', input: describeInput(fc), expected: "fast-check's API: import fc from 'fast-check'" },
    ['fc'],
  );
}

/**
 * fast-check arbitraries for the library's inputs: valid grant plans, near misses of them,
 * consortia and eligible companies. Takes your `fc` so the library never loads fast-check itself
 * (it is an optional peer dependency: install it in the project whose tests use this).
 *
 * @param fc - the fast-check instance (`import fc from 'fast-check'`), 4.x.
 * @returns the arbitraries.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` when `fc` is not fast-check's API.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { arbitraries } from 'regional-innovation-rnd/testing';
 * import { checkGrantPlan, type GrantPlanInput } from 'regional-innovation-rnd/grants';
 * const arb = arbitraries(fc);
 * fc.assert(fc.property(arb.grantPlan({ edition: '2026' }), (plan) => checkGrantPlan(plan).ok));
 * fc.assert(fc.property(arb.nearlyValidGrantPlan(), ({ valid, input }) =>
 *   checkGrantPlan(valid).ok && !checkGrantPlan(input as GrantPlanInput).ok));
 * ```
 */
export function arbitraries(fc: FastCheckApi): TestingArbitraries {
  try {
    readFastCheck(fc);
    return arbitrariesOf(fc);
  } catch (error) {
    if (error instanceof RulesError) throw error;
    // An API whose functions cannot be called (a revoked proxy) is not fast-check's.
    return refuseFastCheck(fc);
  }
}

function arbitrariesOf(fc: FastCheckApi): TestingArbitraries {
  const scenario = (options: ArbitraryOptions = {}): Arbitrary<{ edition: EditionId; track: TrackId }> =>
    fc.record({
      edition: options.edition === undefined ? fc.constantFrom(...EDITION_IDS) : fc.constant(options.edition),
      track: options.track === undefined ? fc.constantFrom(...TRACK_IDS) : fc.constant(options.track),
    });

  const rawRow = fc.record({
    kind: fc.constantFrom(...INSTITUTION_KINDS),
    own: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: OWN_MAX })),
    cashPermille: fc.integer({ min: 0, max: 1000 }),
    publicPermille: fc.oneof(fc.constant(1000), fc.integer({ min: 0, max: 1000 })),
    // Stryker disable next-line ArithmeticOperator: render takes the form modulo FORM_COUNT, so forms past the last one are the first ones again
    form: fc.integer({ min: 0, max: FORM_COUNT - 1 }),
  });

  const rowPlan = (options?: ArbitraryOptions): Arbitrary<RowPlan> =>
    scenario(options).chain(({ edition: editionId, track: trackId }) => {
      const { edition, track } = rulesOf(editionId, trackId);
      return fc.integer({ min: 1, max: track.maxYears }).chain((yearCount) => {
        // Stryker disable next-line ArithmeticOperator: every track's total cap is its yearly cap times maxYears and yearCount <= maxYears, so the yearly cap is the smaller either way
        const budget = Math.min(track.maxGrantPerYear, Math.floor(track.maxGrantTotal / yearCount));
        const year = fc.array(rawRow, { minLength: 1, maxLength: 4 }).map((raws) =>
          raws.map((raw, i): Row => {
            const share = Math.floor(budget / raws.length);
            // An institution with a public-share limit has an own share, or its total is zero.
            const own = edition.costSharing[raw.kind].maxPublicPercent < 100 ? Math.max(1, raw.own) : raw.own;
            const { maxPublic, minCash } = limitsOf(edition, raw.kind, own);
            const cash = minCash + Math.floor(((own - minCash) * raw.cashPermille) / 1000);
            const least = own === 0 ? 1 : 0;
            const most = Math.min(share, maxPublic);
            return {
              id: `p${String(i + 1)}`,
              kind: raw.kind,
              publicFunding: least + Math.floor(((most - least) * raw.publicPermille) / 1000),
              cash,
              inKind: own - cash,
              form: raw.form,
            };
          }),
        );
        return fc
          .array(year, { minLength: yearCount, maxLength: yearCount })
          .map((years): RowPlan => ({ edition: editionId, track: trackId, years }));
      });
    });

  /** Every change that makes this plan fail, by name. */
  const changesOf = (plan: RowPlan): [string, () => unknown][] => {
    const { edition, track } = rulesOf(plan.edition, plan.track);
    const input = toInput(plan);
    const changes: [string, () => unknown][] = [
      [
        'year-cap+1',
        () => {
          const first = plan.years[0] as readonly Row[];
          const used = first.reduce((sum, row) => sum + row.publicFunding, 0);
          const extra: Row = {
            id: 'extra',
            kind: 'nonprofit',
            publicFunding: track.maxGrantPerYear - used + 1,
            cash: 0,
            inKind: 0,
            form: 0,
          };
          return toInput({ ...plan, years: [[...first, extra], ...plan.years.slice(1)] });
        },
      ],
      [
        'too-many-years',
        () => {
          const filler: Row[] = [
            { id: 'p1', kind: 'nonprofit', publicFunding: 1, cash: 0, inKind: 0, form: 0 },
          ];
          const missing = track.maxYears + 1 - plan.years.length;
          return toInput({
            ...plan,
            years: [...plan.years, ...Array.from({ length: missing }, () => filler)],
          });
        },
      ],
      [
        'unknown-kind',
        () =>
          withRawParticipant(input, (row) => {
            row['kind'] = 'company';
          }),
      ],
      [
        'missing-key',
        () =>
          withRawParticipant(input, (row) => {
            Reflect.deleteProperty(row, 'inKind');
          }),
      ],
      ['unknown-edition', () => ({ ...input, edition: '2024' })],
    ];
    for (const [y, p] of positions(plan)) {
      const row = (plan.years[y] as readonly Row[])[p] as Row;
      const own = row.cash + row.inKind;
      const { maxPublic, minCash } = limitsOf(edition, row.kind, own);
      changes.push([
        'zero-total',
        () => toInput(withRow(plan, y, p, (r) => ({ ...r, publicFunding: 0, cash: 0, inKind: 0 }))),
      ]);
      if (maxPublic < Number.MAX_SAFE_INTEGER) {
        changes.push([
          'public-share+1',
          () => toInput(withRow(plan, y, p, (r) => ({ ...r, publicFunding: maxPublic + 1 }))),
        ]);
      }
      if (minCash > 0) {
        changes.push([
          'cash-share-1',
          () => toInput(withRow(plan, y, p, (r) => ({ ...r, cash: minCash - 1, inKind: own - minCash + 1 }))),
        ]);
      }
      if (p > 0) {
        changes.push(['duplicate-id', () => toInput(withRow(plan, y, p, (r) => ({ ...r, id: 'p1' })))]);
      }
    }
    return changes;
  };

  const consortiumParts = fc.record({
    region: fc.constantFrom(
      ...REGIONS.filter((region) => !region.capital).flatMap((region) => [
        region.code,
        region.name.koShort,
        region.name.en,
      ]),
    ),
    serials: fc.uniqueArray(fc.integer({ min: 0, max: 899_999_999 }), { minLength: 8, maxLength: 8 }),
    // Stryker disable next-line ObjectLiteral: a missing entry means unnumbered, as false does, so any length gives the same possible consortia; only the odds change
    numbered: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    // Stryker disable next-line ArithmeticOperator: the index is taken modulo the admitted kinds, so larger indices give the same kinds
    extra: fc.array(fc.integer({ min: 0, max: INSTITUTION_KINDS.length - 1 }), { maxLength: 3 }),
    dashed: fc.boolean(),
  });

  return {
    grantPlan: (options) => rowPlan(options).map(toInput),

    nearlyValidGrantPlan: (options) =>
      rowPlan(options).chain((plan) => {
        const changes = changesOf(plan);
        return fc.integer({ min: 0, max: changes.length - 1 }).map((i): NearMiss<GrantPlanInput> => {
          const [change, make] = changes[i] as [string, () => unknown];
          return { valid: toInput(plan), input: make(), change };
        });
      }),

    consortium: (options) =>
      fc.record({ scenario: scenario(options), parts: consortiumParts }).map(({ scenario: s, parts }) => {
        const base = aConsortium(s);
        const rules = rulesOf(s.edition, s.track).track.consortium;
        const admitted = rules.memberKinds ?? INSTITUTION_KINDS;
        const number = (i: number): Pick<ConsortiumParticipantInput, 'businessNumber'> => {
          // Stryker disable next-line EqualityOperator,BooleanLiteral: numbered[i] is a fair random boolean for every index used (8 entries, at most 6 participants), so numbering on false instead gives the same consortia
          if (parts.numbered[i] !== true) return {};
          const value = aBusinessNumber(parts.serials[i]);
          return { businessNumber: parts.dashed ? value : value.replace(/-/gu, '') };
        };
        const members: ConsortiumParticipantInput[] = [
          ...base.members.map((member) => ({ id: member.id, kind: member.kind })),
          ...parts.extra.map((k, i) => ({
            id: `extra-${String(i + 1)}`,
            kind: admitted[k % admitted.length] as InstitutionKind,
          })),
        ].map((member, i) => ({ ...member, ...number(i + 1) }));
        return {
          edition: s.edition,
          track: s.track,
          lead: {
            id: 'lead',
            kind: 'sme',
            region: parts.region,
            tier: rules.lead.tier,
            ...number(0),
          },
          members,
        };
      }),

    company: (options = {}) => {
      const tier = rulesOf('2026', options.track ?? 'supply-chain').track.applicantTier;
      const minSales = TEST_SALES_THRESHOLDS.minSales;
      return fc
        .record({
          industry: fc.constantFrom(...KEY_INDUSTRIES).chain((industry) =>
            fc.record({
              region: fc.constantFrom(...industry.regions),
              name: fc.constantFrom(industry.id, industry.name.ko, ...industry.aliases),
            }),
          ),
          sales: fc.integer({ min: minSales, max: 1_000_000_000_000 }),
          // Stryker disable next-line ArithmeticOperator: render takes the form modulo FORM_COUNT, so forms past the last one are the first ones again
          salesForm: fc.integer({ min: 0, max: FORM_COUNT - 1 }),
          growthPermille: fc.integer({
            min: Math.round(TEST_SALES_THRESHOLDS.minSalesGrowth * 1000),
            max: 2000,
          }),
          intensityBasisPoints: fc.integer({ min: 500, max: 10_000 }),
        })
        .map(({ industry, sales, salesForm, growthPermille, intensityBasisPoints }): CompanyProfile => ({
          kind: 'sme',
          region: industry.region,
          industry: industry.name,
          tier,
          sales: render(sales, salesForm),
          salesGrowth: growthPermille / 1000,
          rndIntensity: intensityBasisPoints / 10_000,
        }));
    },
  };
}

// Fuzzing the public API: every function that takes outside input gets 10,000 random inputs per
// run, plus hand-written nasties. Whatever comes in: no exception but RulesError, Object.prototype
// unchanged, and a deep-frozen input still works (nothing writes to what it is given).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from 'regional-innovation-rnd';
import { aCompany, aConsortium, aGrantPlan } from 'regional-innovation-rnd/testing';
import { guardObjectPrototype } from '../support/prototype';

// 10,000 by default; mutation testing lowers it (see vitest.mutation.config.ts).
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  // Typed arrays with elements cannot be frozen; they are passed as they are.
  if (typeof value === 'object' && value !== null && !seen.has(value) && !ArrayBuffer.isView(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return value;
}

/** Runs a call on an input; anything thrown must be a RulesError. */
function survives(call: (input: unknown) => unknown, input: unknown): void {
  try {
    call(input);
  } catch (error) {
    if (!lib.isRulesError(error)) throw error;
  }
}

const bands = lib.defineScoreBands([
  { min: 0, max: 50, value: 'low' },
  { min: 50, max: 100, value: 'high' },
]);

// Each entry feeds the input into one argument of one public function.
const TARGETS: readonly [string, (input: unknown) => unknown][] = [
  ['parseKRW', (x) => lib.parseKRW(x)],
  ['formatKRW(amount)', (x) => lib.formatKRW(x as number)],
  ['formatKRW(options)', (x) => lib.formatKRW(1, x as never)],
  ['getRegion', (x) => lib.getRegion(x)],
  ['isNonCapitalRegion', (x) => lib.isNonCapitalRegion(x)],
  ['getEdition', (x) => lib.getEdition(x)],
  ['isApplicationOpen(edition)', (x) => lib.isApplicationOpen(x, 0)],
  ['isApplicationOpen(instant)', (x) => lib.isApplicationOpen('2026', x)],
  ['editionFor', (x) => lib.editionFor(x)],
  ['tierCohort(items)', (x) => lib.tierCohort(x as never, { score: 's' as never, cohort: 'c' as never })],
  ['tierCohort(options)', (x) => lib.tierCohort([{ s: 1 }, { s: 2 }], x as never)],
  ['tierOf(rank)', (x) => lib.tierOf(x as number, 10)],
  ['tierOf(options)', (x) => lib.tierOf(1, 10, x as never)],
  ['explainTier', (x) => lib.explainTier(x as never)],
  ['parseOriginalityGrade', (x) => lib.parseOriginalityGrade(x)],
  ['formatOriginalityGrade', (x) => lib.formatOriginalityGrade(x as never)],
  ['compareOriginalityGrades', (x) => lib.compareOriginalityGrades(x, 3)],
  ['checkInnovationScore', (x) => lib.checkInnovationScore(x)],
  ['defineScoreBands', (x) => lib.defineScoreBands(x as never)],
  ['mapScore', (x) => lib.mapScore(x as number, bands)],
  ['checkGrantPlan', (x) => lib.checkGrantPlan(x)],
  ['checkGrantPlan(options)', (x) => lib.checkGrantPlan(aGrantPlan(), x as never)],
  ['checkConsortium', (x) => lib.checkConsortium(x)],
  [
    'assessEligibility(company)',
    (x) => lib.assessEligibility(x as never, { edition: '2026', track: 'capability' }),
  ],
  ['assessEligibility(options)', (x) => lib.assessEligibility(aCompany(), x as never)],
  ['industriesOf', (x) => lib.industriesOf(x)],
  ['isKeyIndustryOf', (x) => lib.isKeyIndustryOf('부산', x as string)],
  ['withIndustries', (x) => lib.withIndustries(x as never)],
  ['findIndustry', (x) => lib.findIndustry(x as string)],
  ['findIndustry(catalogue)', (x) => lib.findIndustry('실버케어테크', x as never)],
  ['industriesOf(catalogue)', (x) => lib.industriesOf('부산', x as never)],
  ['isKeyIndustryOf(catalogue)', (x) => lib.isKeyIndustryOf('부산', '실버케어테크', x as never)],
  ['withIndustries(base)', (x) => lib.withIndustries([], x as never)],
  ['withIndustries(options)', (x) => lib.withIndustries([], undefined, x as never)],
  [
    'assessEligibility(options.attest)',
    (x) => lib.assessEligibility(aCompany(), { edition: '2026', track: 'capability', attest: x as never }),
  ],
  [
    'assessEligibility(options.overrides)',
    (x) => lib.assessEligibility(aCompany(), { edition: '2025', track: 'capability', overrides: x as never }),
  ],
  ['requireRegion', (x) => lib.requireRegion(x)],
  ['suggestIndustries(name)', (x) => lib.suggestIndustries(x as string)],
  ['suggestIndustries(options)', (x) => lib.suggestIndustries('라이프케어소', x as never)],
  ['classifyKeyIndustry(industry)', (x) => lib.classifyKeyIndustry('부산', x as string)],
  [
    'assessEligibility(options.catalogue)',
    (x) => lib.assessEligibility(aCompany(), { edition: '2026', track: 'capability', catalogue: x as never }),
  ],
  ['readBusinessNumber', (x) => lib.readBusinessNumber(x as string)],
  ['isValidBusinessNumber', (x) => lib.isValidBusinessNumber(x)],
  ['describeInput', (x) => lib.describeInput(x)],
  ['toInstant', (x) => lib.toInstant(x)],
];

const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withBoxedValues: true,
  maxDepth: 4,
});

// Plans, consortia and companies with one field replaced by something random: near the shape the
// validators expect, where the interesting mistakes are.
const nearPlan = fc
  .tuple(fc.constantFrom('edition', 'track', 'years'), anything)
  .map(([key, value]) => ({ ...aGrantPlan(), [key]: value }));
const nearConsortium = fc
  .tuple(fc.constantFrom('edition', 'track', 'lead', 'members'), anything)
  .map(([key, value]) => ({ ...aConsortium(), [key]: value }));
const nearCompany = fc
  .tuple(
    fc.constantFrom(
      'kind',
      'region',
      'industry',
      'tier',
      'sales',
      'salesGrowth',
      'rndIntensity',
      'rndSpending',
      'employees',
      'ktop',
    ),
    anything,
  )
  .map(([key, value]) => ({ ...aCompany(), [key]: value }));

// Strings built from the pieces people type: region names, addresses and romanisations; Korean
// amounts with units, signs, full-width digits and spreadsheet decorations; attestation maps with
// real and prototype-named keys.
const pieces = (parts: readonly string[]) =>
  fc.array(fc.constantFrom(...parts), { maxLength: 8 }).map((chosen) => chosen.join(''));
const regionText = pieces([
  '광주',
  '시',
  '광역시',
  '경기도',
  '경기',
  ' ',
  '전남광주통합특별시',
  '광주특별시',
  'Gwangju',
  '-si',
  'Kyungbuk',
  'Gyeongbuk',
  '도',
  '부산광역시',
  '해운대구',
  '경북도',
  '\u00a0',
  '\u3000',
  '서울',
  '42',
  '.',
  '(',
  ')',
]);
const moneyText = pieces([
  '7',
  '0',
  '5',
  '억',
  '천',
  '백',
  '십',
  '만',
  '조',
  '원',
  ' ',
  '₩',
  '￦',
  'KRW',
  ',',
  '，',
  '０',
  '７',
  '.',
  '-',
  '+',
  'e',
]);
const attestMap = fc.dictionary(
  fc.constantFrom(
    'eligibility.employees',
    'eligibility.tax-arrears',
    'eligibility.sme',
    '__proto__',
    'constructor',
    'toString',
    'x',
  ),
  fc.oneof(fc.boolean(), anything),
);

describe('fuzzing the public API', () => {
  guardObjectPrototype();

  it.each(TARGETS)('%s: 10,000 random inputs, deep-frozen, throw nothing but RulesError', (_name, call) => {
    fc.assert(
      fc.property(anything, (input) => {
        survives(call, deepFreeze(input));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['checkGrantPlan', nearPlan, (x: unknown) => lib.checkGrantPlan(x)],
    ['checkConsortium', nearConsortium, (x: unknown) => lib.checkConsortium(x)],
    [
      'assessEligibility',
      nearCompany,
      (x: unknown) => lib.assessEligibility(x as never, { edition: '2026', track: 'supply-chain' }),
    ],
    ['getRegion (typed forms)', regionText, (x: unknown) => lib.getRegion(x)],
    ['isNonCapitalRegion (typed forms)', regionText, (x: unknown) => lib.isNonCapitalRegion(x)],
    [
      'assessEligibility (typed regions)',
      regionText,
      (x: unknown) =>
        lib.assessEligibility(
          { ...aCompany(), region: x as string },
          { edition: '2026', track: 'capability' },
        ),
    ],
    ['parseKRW (typed amounts)', moneyText, (x: unknown) => lib.parseKRW(x)],
    [
      'assessEligibility (typed amounts)',
      fc.tuple(moneyText, moneyText),
      (x: unknown) => {
        const [sales, rndSpending] = x as [string, string];
        return lib.assessEligibility(
          { ...aCompany(), sales, rndSpending, rndIntensity: undefined },
          {
            edition: '2026',
            track: 'capability',
          },
        );
      },
    ],
    [
      'assessEligibility (attestations)',
      attestMap,
      (x: unknown) =>
        lib.assessEligibility(aCompany(), { edition: '2026', track: 'capability', attest: x as never }),
    ],
  ] as const)(
    '%s: 10,000 nearly valid inputs, deep-frozen, throw nothing but RulesError',
    (_name, arbitrary, call) => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (input) => {
          survives(call, deepFreeze(input));
        }),
        { numRuns: RUNS },
      );
    },
  );

  const cyclic: Record<string, unknown> = { edition: '2026', track: 'capability' };
  cyclic['years'] = [cyclic];
  cyclic['lead'] = cyclic;
  let deep: unknown = 1;
  for (let i = 0; i < 10_000; i += 1) deep = [deep];
  const NASTIES: readonly [string, unknown][] = [
    ['a huge number', Number.MAX_VALUE],
    ['past 2^53', 2 ** 53 + 2],
    ['a huge bigint', 10n ** 400n],
    ['NaN', Number.NaN],
    ['-0', -0],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    [
      'a __proto__ key',
      JSON.parse('{"__proto__":{"polluted":true},"edition":"2026","constructor":{"prototype":{"x":1}}}'),
    ],
    ['a constructor key', { constructor: { prototype: { polluted: true } } }],
    // eslint-disable-next-line no-sparse-arrays -- the point of the case
    ['a sparse array', [, , 1]],
    ['a 1 MB string', '억'.repeat(1_000_000)],
    ['a 1 MB digit string', '9'.repeat(1_000_000)],
    ['deep nesting', deep],
    ['a cyclic object', cyclic],
    [
      'a revoked proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
    ],
    [
      'a throwing getter',
      Object.defineProperty({}, 'edition', {
        get: () => {
          throw new Error('boom');
        },
        enumerable: true,
      }),
    ],
  ];

  it.each(NASTIES)('%s throws nothing but RulesError anywhere', (_label, nasty) => {
    for (const [, call] of TARGETS) survives(call, nasty);
    for (const key of ['edition', 'years', 'lead', 'members', 'region', 'sales']) {
      survives((x) => lib.checkGrantPlan(x), { ...aGrantPlan(), [key]: nasty });
      survives((x) => lib.checkConsortium(x), { ...aConsortium(), [key]: nasty });
      survives((x) => lib.assessEligibility(x as never, { edition: '2026', track: 'capability' }), {
        ...aCompany(),
        [key]: nasty,
      });
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

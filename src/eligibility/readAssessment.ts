// The one place assessEligibility reads its caller's data: the company through its schema, the
// options through one small reader. Everything behind it works on the typed values it returns.
import { checkCatalogueOption } from '../industries/catalogue';
import type { IndustryCatalogue } from '../industries/types';
import { checkInnovationScore } from '../ktop/innovationScore';
import { readOriginalityGrade } from '../ktop/originalityGrade';
import { createRulesError, localeOption, readOption, rulesErrorFromIssues } from '../locales/index';
import { optionsInvalidError } from '../locales/errors';
import { ExactDecimal as Exact } from '../money/decimal';
import { parseKRW } from '../money/parseKRW';
import { getEdition } from '../program/getEdition';
import type { Edition, TrackRules } from '../program/types';
import { getRegion } from '../regions/getRegion';
import type { Region } from '../regions/types';
import { describeInput } from '../rules/describeInput';
import { isRulesError, type RulesError } from '../rules/RulesError';
import type { InstitutionKind, IssuePath, Locale, Tier, TrackId } from '../rules/types';
import { companySchema } from '../schemas/company';
import { issuesFromZod, unreadableInput } from '../schemas/issues';

/** R&D intensity as the assessment uses it: an exact ratio, and where it came from. */
export interface Intensity {
  /** The ratio, exact. */
  readonly ratio: InstanceType<typeof Exact>;
  /** `'ratio'`: given as `rndIntensity`; `'amounts'`: computed from `rndSpending` ÷ `sales`. */
  readonly from: 'ratio' | 'amounts';
}

/** The company after the boundary: money in won, the region found, ratios checked. */
export interface Profile {
  readonly kind: InstitutionKind;
  readonly region: Region;
  /** The industry as given (a blank one is the classifier's to tell). */
  readonly industry: string | undefined;
  readonly tier: Tier | undefined;
  readonly sales: number | undefined;
  readonly salesGrowth: number | undefined;
  readonly rndIntensity: Intensity | undefined;
  /** The R&D intensity as the caller wrote it, for the messages: a number, or `null`. */
  readonly rndIntensityGiven: number | null;
  readonly rndSpending: number | undefined;
  readonly employees: number | undefined;
  readonly innovationScore: number | null;
  readonly originalityGrade: number | null;
  /** How the grade was written: a number (`3`, `'3등급'`) or a KTRS letter, whose use for K-TOP is not confirmed. */
  readonly originalityGradeFrom: 'number' | 'letter' | null;
}

/** The thresholds after the boundary. */
export interface Thresholds {
  readonly minSales: number | undefined;
  readonly minSalesGrowth: number | undefined;
  readonly minEmployees: number | undefined;
  /** Which of them the caller gave (the others come from the edition data, where it has them). */
  readonly given: readonly ('minSales' | 'minSalesGrowth' | 'minEmployees')[];
}

/** Everything a rule reads: the parsed profile, the edition, the track and the parsed options. */
export interface AssessmentInput {
  readonly profile: Profile;
  readonly edition: Edition;
  readonly track: TrackRules;
  readonly thresholds: Thresholds;
  /** The caller's attestations, by requirement id. */
  readonly attest: ReadonlyMap<string, boolean>;
  readonly catalogue: IndustryCatalogue | undefined;
  readonly locale: Locale;
}

const OVERRIDE_KEYS = ['minSales', 'minSalesGrowth', 'minEmployees'] as const;

/** Runs a read of the caller's data; a foreign exception there (a getter, a proxy) becomes `unreadable`. */
function guarded<T>(read: () => T, unreadable: () => never): T {
  try {
    return read();
  } catch (error) {
    if (isRulesError(error)) throw error;
    return unreadable();
  }
}

/**
 * Gives an error thrown by a helper the path of the field it was reading. The helpers it wraps
 * (getRegion, parseKRW, parseOriginalityGrade) throw nothing but a RulesError without a path.
 */
function at<T>(path: IssuePath, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const { code, params } = error as RulesError;
    throw createRulesError(code, params as never, path);
  }
}

function readRegion(input: string | number): Region {
  const region = at(['region'], () => getRegion(input));
  if (region === undefined)
    throw createRulesError('REGION_UNKNOWN', { input: describeInput(input) }, ['region']);
  return region;
}

function readInnovationScore(value: number | undefined): number | null {
  if (value === undefined) return null;
  const checked = checkInnovationScore(value);
  if (!checked.ok) {
    throw rulesErrorFromIssues(
      checked.issues.map((issue) => ({ ...issue, path: ['ktop', 'innovationScore'] })),
    );
  }
  return checked.value;
}

/** The decimal places a JavaScript number prints with (`0.0523` → 4, `1e-7` → 7). */
const placesOf = (value: number): number => new Exact(String(value)).decimalPlaces();

/**
 * R&D intensity from what the caller gave: the ratio, or R&D spending ÷ sales exactly. Given both,
 * they must agree: the exact quotient, rounded half up to the decimals the ratio is written with,
 * is the ratio (`0.0523` agrees with 52,345,000 ÷ 1,000,000,000).
 */
function readIntensity(
  ratio: number | undefined,
  spending: number | undefined,
  sales: number | undefined,
): Intensity | undefined {
  const given = ratio === undefined ? undefined : { ratio: new Exact(String(ratio)), from: 'ratio' as const };
  if (spending === undefined || sales === undefined || sales === 0) return given;
  const exact = new Exact(spending).div(sales);
  if (given === undefined) return { ratio: exact, from: 'amounts' };
  const places = placesOf(ratio as number);
  const rounded = new Exact(spending)
    .times(new Exact(10).pow(places))
    .times(2)
    .plus(sales)
    .divToInt(new Exact(sales).times(2));
  if (!rounded.eq(given.ratio.times(new Exact(10).pow(places)))) {
    throw createRulesError(
      'INPUT_INVALID',
      {
        problem: 'value',
        // The ratio the amounts give, to six decimals or the ratio's own if it has more.
        expected: exact.toDecimalPlaces(Math.max(places, 6), Exact.ROUND_HALF_UP).toString(),
        input: describeInput(ratio),
      },
      ['rndIntensity'],
    );
  }
  return given;
}

function readProfile(company: unknown, locale: Locale): Profile {
  const parsed = guarded(
    () => companySchema.safeParse(company, { reportInput: true }),
    () => {
      throw rulesErrorFromIssues([unreadableInput(company, locale)]);
    },
  );
  if (!parsed.success) throw rulesErrorFromIssues(issuesFromZod(parsed.error.issues, locale));
  const data = parsed.data;
  const grade = data.ktop?.originalityGrade;
  const reading =
    grade === undefined ? undefined : at(['ktop', 'originalityGrade'], () => readOriginalityGrade(grade));
  return {
    kind: data.kind,
    region: readRegion(data.region),
    industry: data.industry,
    tier: data.tier,
    sales: data.sales,
    salesGrowth: data.salesGrowth,
    rndIntensity: readIntensity(data.rndIntensity, data.rndSpending, data.sales),
    rndIntensityGiven: data.rndIntensity ?? null,
    rndSpending: data.rndSpending,
    employees: data.employees,
    innovationScore: readInnovationScore(data.ktop?.innovationScore),
    originalityGrade: reading?.grade ?? null,
    originalityGradeFrom: reading?.gradeFrom ?? null,
  };
}

function readObject(options: object, key: string, expected: string): object | undefined {
  const value = readOption(options, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) throw optionsInvalidError(key, value, expected, [key]);
  return value;
}

function readThresholds(options: object): Thresholds {
  const overrides = readObject(options, 'overrides', '{ minSales?, minSalesGrowth?, minEmployees? }');
  if (overrides === undefined)
    return { minSales: undefined, minSalesGrowth: undefined, minEmployees: undefined, given: [] };
  return guarded(
    () => {
      for (const key of Object.keys(overrides)) {
        if (!(OVERRIDE_KEYS as readonly string[]).includes(key)) {
          throw optionsInvalidError('overrides', key, OVERRIDE_KEYS.join(' | '), ['overrides', key]);
        }
      }
      const value = (key: (typeof OVERRIDE_KEYS)[number]): unknown =>
        (overrides as Record<string, unknown>)[key];
      const minSales = value('minSales');
      const minSalesGrowth = value('minSalesGrowth');
      const minEmployees = value('minEmployees');
      if (
        minSalesGrowth !== undefined &&
        !(typeof minSalesGrowth === 'number' && Number.isFinite(minSalesGrowth))
      ) {
        throw createRulesError(
          'INPUT_INVALID',
          { problem: 'type', expected: 'a finite ratio such as 0.05', input: describeInput(minSalesGrowth) },
          ['overrides', 'minSalesGrowth'],
        );
      }
      if (
        minEmployees !== undefined &&
        !(Number.isSafeInteger(minEmployees) && (minEmployees as number) >= 0)
      ) {
        throw createRulesError(
          'INPUT_INVALID',
          { problem: 'type', expected: 'a whole number of employees', input: describeInput(minEmployees) },
          ['overrides', 'minEmployees'],
        );
      }
      return {
        minSales:
          minSales === undefined ? undefined : at(['overrides', 'minSales'], () => parseKRW(minSales)),
        minSalesGrowth,
        minEmployees: minEmployees as number | undefined,
        given: OVERRIDE_KEYS.filter((key) => value(key) !== undefined),
      };
    },
    () => optionsUnreadable('overrides', overrides),
  );
}

function optionsUnreadable(option: string, value: unknown): never {
  throw optionsInvalidError(option, value, 'an option that can be read', [option]);
}

function readAttest(options: object, edition: Edition): ReadonlyMap<string, boolean> {
  const attest = readObject(options, 'attest', '{ [requirement id]: true | false }');
  const attested = new Map<string, boolean>();
  if (attest === undefined) return attested;
  const ids = edition.eligibility.requirements.map((requirement) => requirement.id);
  guarded(
    () => {
      for (const key of Object.keys(attest)) {
        if (!ids.includes(key)) throw optionsInvalidError('attest', key, ids.join(' | '), ['attest', key]);
        const value = (attest as Record<string, unknown>)[key];
        if (typeof value !== 'boolean')
          throw optionsInvalidError('attest', value, 'true | false', ['attest', key]);
        attested.set(key, value);
      }
    },
    () => optionsUnreadable('attest', attest),
  );
  return attested;
}

function readTrack(edition: Edition, id: unknown): TrackRules {
  // Own properties only: 'constructor' or '__proto__' from a web form is not a track.
  if (typeof id === 'string' && Object.hasOwn(edition.tracks, id)) return edition.tracks[id as TrackId];
  throw createRulesError(
    'INPUT_INVALID',
    { problem: 'value', expected: Object.keys(edition.tracks).join(' | '), input: describeInput(id) },
    ['track'],
  );
}

/**
 * Reads the company and the options of {@link assessEligibility} into typed values.
 *
 * @param company - what the caller passed as the company.
 * @param options - what the caller passed as the options.
 * @returns the typed input every rule reads.
 * @throws {@link rules!RulesError} for anything that is not a company or not options, with a path.
 * @internal
 */
export function readAssessment(company: unknown, options: unknown): AssessmentInput {
  if (typeof options !== 'object' || options === null) {
    throw optionsInvalidError('options', options, '{ edition, track }', []);
  }
  const locale = localeOption({ locale: readOption(options, 'locale') });
  const profile = readProfile(company, locale);
  const edition = getEdition(readOption(options, 'edition'), ['edition']);
  const track = readTrack(edition, readOption(options, 'track'));
  const catalogue = readOption(options, 'catalogue') as IndustryCatalogue | undefined;
  checkCatalogueOption(catalogue);
  return {
    profile,
    edition,
    track,
    thresholds: readThresholds(options),
    attest: readAttest(options, edition),
    catalogue,
    locale,
  };
}

// The one place assessEligibility reads its caller's data: the company through its schema, the
// options through one small reader. Everything behind it works on the typed values it returns.
import { classifyKeyIndustry, isComplete } from '../industries/classifyKeyIndustry';
import { DEFAULT_CATALOGUE } from '../industries/defaultCatalogue';
import type { IndustryCatalogue, KeyIndustryClassification } from '../industries/types';
import { checkInnovationScore } from '../ktop/innovationScore';
import { readOriginalityGrade } from '../ktop/originalityGrade';
import { rulesErrorFromIssues, rulesErrorOf as createRulesError } from '../rules/issues/byCode';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { localeOption, readOption } from '../rules/issues/options';
import { decimalOf, decimalText } from '../money/decimalText';
import { parseKRW } from '../money/parseKRW';
import { ratioText } from '../money/ratio';
import { readEdition } from '../program/getEdition';
import { readTrack } from '../program/readTrack';
import type { Edition, TrackRules } from '../program/types';
import { getRegion } from '../regions/getRegion';
import type { Region } from '../regions/types';
import { describeInput } from '../rules/describeInput';
import type { RulesError } from '../rules/RulesError';
import type { InstitutionKind, IssuePath, Locale, Tier } from '../rules/types';
import { buildCompanySchema } from '../schemas/company';
import { lazily } from '../schemas/lazily';
import { parseReporting } from '../schemas/fields';
import { guarded } from '../rules/guarded';
import { issuesFromZod, unreadableInput } from '../schemas/issues';

// The library's own instance, built on first use: what callers do to the exported schema does not
// change what this reads.
const ownCompanySchema = /* @__PURE__ */ lazily(buildCompanySchema);

/** R&D intensity as the assessment uses it: an exact ratio, its percent, and where it came from. */
export interface Intensity {
  /** The ratio is numerator ÷ denominator, exactly (denominator > 0). */
  readonly numerator: bigint;
  readonly denominator: bigint;
  /** The ratio in percent, as exact decimal text (to 20 significant digits when it does not end). */
  readonly percent: string;
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

/** The company's industry as the catalogue tells it. */
export interface KeyIndustry {
  /** Its classification in the company's region ('blank' when no name was given). */
  readonly classification: KeyIndustryClassification;
  /** Whether the catalogue holds the region's whole list of 주축산업. */
  readonly listComplete: boolean;
}

/** Everything a rule reads: the parsed profile, the edition, the track and the parsed options. */
export interface AssessmentInput {
  readonly profile: Profile;
  readonly edition: Edition;
  readonly track: TrackRules;
  readonly thresholds: Thresholds;
  /** The caller's attestations, by requirement id. */
  readonly attest: ReadonlyMap<string, boolean>;
  /** The industry, looked up in the caller's catalogue (the library's own by default). */
  readonly keyIndustry: KeyIndustry;
  readonly locale: Locale;
}

const OVERRIDE_KEYS = ['minSales', 'minSalesGrowth', 'minEmployees'] as const;

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

/** spending ÷ sales × 10^places, rounded half up, for whole amounts (sales > 0). */
const roundedHalfUp = (spending: number, sales: number, places: number): bigint =>
  (2n * BigInt(spending) * 10n ** BigInt(places) + BigInt(sales)) / (2n * BigInt(sales));

/**
 * R&D intensity from what the caller gave: the ratio, read as the decimal it prints as, or R&D
 * spending ÷ sales exactly. Given both, they must agree: the quotient, rounded half up to the
 * decimals the ratio is written with, is the ratio (`0.0523` agrees with 52,345,000 ÷ 1,000,000,000).
 */
function readIntensity(
  ratio: number | undefined,
  spending: number | undefined,
  sales: number | undefined,
): Intensity | undefined {
  const given = ratio === undefined ? undefined : decimalOf(ratio);
  const byAmounts = spending !== undefined && sales !== undefined && sales !== 0;
  if (given !== undefined) {
    if (byAmounts && roundedHalfUp(spending, sales, given.scale) !== given.numerator) {
      // The ratio the amounts give, to six decimals or the ratio's own if it has more.
      const places = Math.max(given.scale, 6);
      throw createRulesError(
        'INPUT_INVALID',
        {
          problem: 'value',
          expected: decimalText(roundedHalfUp(spending, sales, places), places),
          input: describeInput(ratio),
        },
        ['rndIntensity'],
      );
    }
    return {
      numerator: given.numerator,
      denominator: 10n ** BigInt(given.scale),
      percent: decimalText(given.numerator, given.scale - 2),
      from: 'ratio',
    };
  }
  if (!byAmounts) return undefined;
  const quotient = decimalOf(ratioText(spending, sales) as string); // not null: sales > 0
  return {
    numerator: BigInt(spending),
    denominator: BigInt(sales),
    percent: decimalText(quotient.numerator, quotient.scale - 2),
    from: 'amounts',
  };
}

function readProfile(company: unknown, locale: Locale): Profile {
  const parsed = guarded(
    () => parseReporting(ownCompanySchema(), company),
    () => {
      throw rulesErrorFromIssues([unreadableInput(company, locale)]);
    },
  );
  if (!parsed.success) throw rulesErrorFromIssues(issuesFromZod(parsed.issues, locale));
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
  // A map of thresholds or attestations is a plain object: a list, a Date or a Map has no keys
  // to read, and would pass for an empty one.
  const plain =
    typeof value === 'object' &&
    value !== null &&
    guarded(
      () => {
        const proto: unknown = Object.getPrototypeOf(value);
        return !Array.isArray(value) && (proto === Object.prototype || proto === null);
      },
      () => optionsUnreadable(key, value),
    );
  if (!plain) {
    throw rulesError(OPTIONS_INVALID, { option: key, input: describeInput(value), expected }, [key]);
  }
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
          throw rulesError(
            OPTIONS_INVALID,
            { option: 'overrides', input: describeInput(key), expected: OVERRIDE_KEYS.join(' | ') },
            ['overrides', key],
          );
        }
      }
      // Each threshold is read once: a getter is not asked twice.
      const read: Readonly<Record<(typeof OVERRIDE_KEYS)[number], unknown>> = {
        minSales: (overrides as Record<string, unknown>)['minSales'],
        minSalesGrowth: (overrides as Record<string, unknown>)['minSalesGrowth'],
        minEmployees: (overrides as Record<string, unknown>)['minEmployees'],
      };
      const { minSales, minSalesGrowth, minEmployees } = read;
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
        given: OVERRIDE_KEYS.filter((key) => read[key] !== undefined),
      };
    },
    () => optionsUnreadable('overrides', overrides),
  );
}

function optionsUnreadable(option: string, value: unknown): never {
  throw rulesError(
    OPTIONS_INVALID,
    { option, input: describeInput(value), expected: 'an option that can be read' },
    [option],
  );
}

function readAttest(options: object, edition: Edition): ReadonlyMap<string, boolean> {
  const attest = readObject(options, 'attest', '{ [requirement id]: true | false }');
  const attested = new Map<string, boolean>();
  if (attest === undefined) return attested;
  const ids = edition.eligibility.requirements.map((requirement) => requirement.id);
  guarded(
    () => {
      for (const key of Object.keys(attest)) {
        if (!ids.includes(key)) {
          throw rulesError(
            OPTIONS_INVALID,
            { option: 'attest', input: describeInput(key), expected: ids.join(' | ') },
            ['attest', key],
          );
        }
        const value = (attest as Record<string, unknown>)[key];
        if (typeof value !== 'boolean')
          throw rulesError(
            OPTIONS_INVALID,
            { option: 'attest', input: describeInput(value), expected: 'true | false' },
            ['attest', key],
          );
        attested.set(key, value);
      }
    },
    () => optionsUnreadable('attest', attest),
  );
  return attested;
}

/**
 * The one read of the catalogue: the look-up checks a catalogue the library did not make (once)
 * and classifies the industry (a name left out is blank); the region's list is then read from the
 * checked catalogue.
 */
function readKeyIndustry(profile: Profile, catalogue: unknown): KeyIndustry {
  const { code } = profile.region;
  const classification = classifyKeyIndustry(code, profile.industry ?? '', catalogue as IndustryCatalogue);
  const listComplete = guarded(
    () => isComplete(catalogue as IndustryCatalogue, code),
    () => optionsUnreadable('catalogue', catalogue),
  );
  return { classification, listComplete };
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
    throw rulesError(OPTIONS_INVALID, {
      option: 'options',
      input: describeInput(options),
      expected: '{ edition, track }',
    });
  }
  const locale = localeOption({ locale: readOption(options, 'locale') });
  const profile = readProfile(company, locale);
  const edition = readEdition(readOption(options, 'edition'), ['edition']);
  const track = readTrack(edition, readOption(options, 'track'), ['track']);
  const catalogue = readOption(options, 'catalogue');
  const keyIndustry = readKeyIndustry(profile, catalogue === undefined ? DEFAULT_CATALOGUE : catalogue);
  return {
    profile,
    edition,
    track,
    thresholds: readThresholds(options),
    attest: readAttest(options, edition),
    keyIndustry,
    locale,
  };
}

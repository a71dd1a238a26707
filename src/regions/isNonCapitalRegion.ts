import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { REGION_AMBIGUOUS, REGION_UNKNOWN } from '../rules/issues/regions';
import { readRegion } from './getRegion';

/**
 * Tells whether a region is one of the 14 non-capital 시·도 the program serves (수도권 = 서울,
 * 인천, 경기, per 수도권정비계획법 제2조). Anything it does not recognise is an error, never a silent
 * "capital": a typo must not read as a verdict.
 *
 * It reads what {@link getRegion} reads, and also 전남광주통합특별시 (non-capital, as both its parts
 * are). A name that may mean several places is answered only when they all give the same answer
 * (`'대구 경북'`: both non-capital); otherwise it is an error (`'광주시'`: 광주광역시 is
 * non-capital, 경기도 광주시 is not).
 *
 * @param input - a code, legacy code, Korean or English name, or a Korean address.
 * @returns `true` for a non-capital region, `false` for 서울, 인천 and 경기.
 * @throws {@link rules!RulesError} `REGION_UNKNOWN` when the input names no region;
 * `REGION_AMBIGUOUS` when the places it may name differ in the answer.
 *
 * @example
 * ```ts
 * import { isNonCapitalRegion } from 'regional-innovation-rnd/regions';
 * isNonCapitalRegion('부산'); // true
 * isNonCapitalRegion('경기도'); // false
 * isNonCapitalRegion('42'); // true (강원's code before 2023-06-11)
 * isNonCapitalRegion('전남광주통합특별시'); // true
 * isNonCapitalRegion('광주시'); // throws RulesError REGION_AMBIGUOUS
 * ```
 */
export function isNonCapitalRegion(input: unknown): boolean {
  const reading = readRegion(input);
  if (reading === undefined) throw rulesError(REGION_UNKNOWN, { input: describeInput(input) });
  if (reading.kind === 'region') return !reading.region.capital;
  // A unit that replaces regions is non-capital where they all are, as 전남광주통합특별시 is.
  const { candidates } = reading;
  if (!candidates.some((candidate) => candidate.capital)) return true;
  if (candidates.every((candidate) => candidate.capital)) return false;
  throw rulesError(REGION_AMBIGUOUS, { input: describeInput(input), candidates });
}

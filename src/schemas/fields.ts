import * as z from 'zod';
import { readAmountText } from '../money/amountText';
import { parseKRW } from '../money/parseKRW';
import type { MoneyInput } from '../money/types';
import { EDITION_IDS } from '../program/editions/index';
import { editionIdOf } from '../program/getEdition';
import type { EditionKey } from '../program/types';
import { isRulesError } from '../rules/RulesError';
import { describeInput } from '../rules/describeInput';
import { INSTITUTION_KINDS, TRACK_IDS } from '../rules/kinds';
import type { EditionId, InstitutionKind, TrackId } from '../rules/types';
import type { CarriedIssue } from './issues';

type Context = z.core.$RefinementCtx;

function carry(ctx: Context, value: unknown, carried: CarriedIssue): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message: carried.code, input: value, params: { carried } });
  return z.NEVER;
}

/**
 * A caller's input type made read-only all the way down, so that a typed caller may pass
 * read-only data (`as const`, `readonly` arrays); functions (a Decimal's methods) are left as
 * they are.
 */
export type ReadonlyInput<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
    : T;

/**
 * Reads an amount of won in any form the library accepts, as the money schema does: whole won as
 * a number, text (`'7억원'`, `'700,000,000'`) through the library's own parser, and bigint or
 * Decimal through parseKRW. The one reader of money fields, for the schema and for the plain
 * readers of the validators alike.
 *
 * @param value - anything.
 * @returns the amount in won, or the issue to report (MONEY_INVALID, MONEY_AMBIGUOUS, or
 * INPUT_INVALID for a missing amount).
 *
 * @internal
 * @example
 * ```ts
 * import { readWon } from './fields'; // internal: from inside src/ only
 * readWon('7억원'); // 700000000
 * readWon(-0); // 0
 * typeof readWon('7억5천'); // 'object': the issue, MONEY_AMBIGUOUS
 * ```
 */
export function readWon(value: unknown): number | CarriedIssue {
  // The common forms without a thrown error: a whole number, and text the parser reads.
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value + 0;
  if (typeof value === 'string') {
    const outcome = readAmountText(value);
    if (typeof outcome === 'number') return outcome;
  }
  if (value === undefined) {
    return {
      code: 'INPUT_INVALID',
      params: { problem: 'missing', expected: 'an amount of won', input: 'undefined' },
    };
  }
  try {
    return parseKRW(value);
  } catch (error) {
    // An amount that reads two ways ('7억5천') is an issue of its own, with both readings.
    if (isRulesError(error, 'MONEY_AMBIGUOUS')) return { code: 'MONEY_AMBIGUOUS', params: error.params };
    // parseKRW throws nothing but MONEY_INVALID; anything else would be a bug, and surfaces.
    /* v8 ignore next */
    if (!isRulesError(error, 'MONEY_INVALID')) throw error;
    return { code: 'MONEY_INVALID', params: error.params };
  }
}

/**
 * A new schema of an amount of won in any form the library accepts (integer number, numeric or
 * Korean string, bigint, Decimal), read exactly into a safe integer by {@link readWon}; anything
 * else is MONEY_INVALID. The field schemas are made anew for every schema built from them, so
 * that no two schemas share an instance (see {@link buildCompanySchema}).
 *
 * @returns the schema.
 *
 * @internal
 * @example
 * ```ts
 * import { money } from './fields'; // internal: from inside src/ only
 * money().safeParse('7억원').data; // 700000000
 * ```
 */
export const money = (): z.ZodType<number, MoneyInput> =>
  z
    .unknown()
    .transform((value, ctx): number => {
      const won = readWon(value);
      return typeof won === 'number' ? won : carry(ctx, value, won);
    })
    .meta({
      title: 'Amount of won',
      description:
        'Whole won: an integer, a numeric string with or without thousands separators, or Korean units (3억원, 1조 2,000억, 2억 5,000만원). bigint and Decimal are accepted from JavaScript.',
      anyOf: [
        { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
        { type: 'string', minLength: 1, examples: ['300000000', '300,000,000원', '3억원', '2억 5,000만원'] },
      ],
    }) as unknown as z.ZodType<number, MoneyInput>;

/**
 * A new schema of an edition: an id (`'2025'`, `'2026'`) or the year as a number, read by the
 * library's one edition reader; anything else is EDITION_UNKNOWN.
 *
 * @returns the schema.
 *
 * @internal
 * @example
 * ```ts
 * import { edition } from './fields'; // internal: from inside src/ only
 * edition().safeParse(2026).data; // '2026'
 * ```
 */
export const edition = (): z.ZodType<EditionId, EditionKey> =>
  z
    .unknown()
    .transform((value, ctx): EditionId => {
      const id = editionIdOf(value);
      if (id !== undefined) return id;
      return carry(ctx, value, {
        code: 'EDITION_UNKNOWN',
        params: { input: describeInput(value), known: EDITION_IDS },
      });
    })
    .meta({
      title: 'Edition',
      description: 'The yearly call.',
      enum: [...EDITION_IDS, ...EDITION_IDS.map(Number)],
    }) as unknown as z.ZodType<EditionId, EditionKey>;

/**
 * A new schema of a track id.
 *
 * @returns the schema.
 *
 * @internal
 * @example
 * ```ts
 * import { track } from './fields'; // internal: from inside src/ only
 * track().safeParse('capability').success; // true
 * ```
 */
export const track = () => z.enum(TRACK_IDS as [TrackId, ...TrackId[]]);

/**
 * A new schema of an institution kind.
 *
 * @returns the schema.
 *
 * @internal
 * @example
 * ```ts
 * import { institutionKind } from './fields'; // internal: from inside src/ only
 * institutionKind().safeParse('large').success; // true
 * ```
 */
export const institutionKind = () => z.enum(INSTITUTION_KINDS as [InstitutionKind, ...InstitutionKind[]]);

/** The longest participant id read, in UTF-16 units. */
export const MAX_PARTICIPANT_ID = 200;

/**
 * A new schema of a participant id: a non-empty string.
 *
 * @returns the schema.
 *
 * @internal
 * @example
 * ```ts
 * import { participantId } from './fields'; // internal: from inside src/ only
 * participantId().safeParse('').success; // false
 * ```
 */
export const participantId = () => z.string().min(1).max(MAX_PARTICIPANT_ID);

/** What {@link parseReporting} gives: the value read, or zod's issues. */
export type Parsed<O> =
  | { readonly success: true; readonly data: O }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/**
 * Parses with a schema, asking zod to echo the caller's values in its issues only when there are
 * issues: that option costs zod its fast path, so a valid input is parsed without it and only an
 * invalid one is parsed again with it. zod builds its issues lazily, reading the input again
 * (to name its type); they are built here, so that whatever that throws (a revoked proxy) is
 * thrown inside the caller's guard.
 *
 * @param schema - the schema.
 * @param input - the caller's value.
 * @returns the value read, or the issues, with the inputs in them.
 *
 * @internal
 * @example
 * ```ts
 * import { parseReporting, participantId } from './fields'; // internal: from inside src/ only
 * parseReporting(participantId(), 'lead').success; // true
 * const refused = parseReporting(participantId(), 7);
 * refused.success ? undefined : refused.issues[0]?.input; // 7
 * ```
 */
export function parseReporting<O, I>(schema: z.ZodType<O, I>, input: unknown): Parsed<O> {
  const quick = schema.safeParse(input);
  if (quick.success) return { success: true, data: quick.data };
  const reported = schema.safeParse(input, { reportInput: true });
  return reported.success
    ? { success: true, data: reported.data }
    : { success: false, issues: reported.error.issues };
}

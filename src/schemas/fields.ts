import * as z from 'zod';
import { isRulesError } from '../rules/RulesError';
import { describeInput } from '../rules/describeInput';
import { parseKRW } from '../money/parseKRW';
import { EDITION_IDS } from '../program/editions/index';
import { isEditionId } from '../program/getEdition';
import { INSTITUTION_KINDS } from '../rules/kinds';
import type { EditionId, InstitutionKind } from '../rules/types';
import type { CarriedIssue } from './issues';

type Context = z.core.$RefinementCtx;

function carry(ctx: Context, value: unknown, carried: CarriedIssue): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message: carried.code, input: value, params: { carried } });
  return z.NEVER;
}

/**
 * An amount of won in any form the library accepts (integer number, numeric or Korean string,
 * bigint, Decimal), read exactly into a safe integer; anything else is MONEY_INVALID.
 */
export const money = z
  .unknown()
  .transform((value, ctx): number => {
    if (value === undefined) {
      return carry(ctx, value, {
        code: 'INPUT_INVALID',
        params: { problem: 'missing', expected: 'an amount of won', input: 'undefined' },
      });
    }
    try {
      return parseKRW(value);
    } catch (error) {
      // An amount that reads two ways ('7억5천') is an issue of its own, with both readings.
      if (isRulesError(error, 'MONEY_AMBIGUOUS')) {
        return carry(ctx, value, { code: 'MONEY_AMBIGUOUS', params: error.params });
      }
      // parseKRW throws nothing but MONEY_INVALID; anything else would be a bug, and surfaces.
      // Stryker disable next-line ConditionalExpression: parseKRW throws nothing but MONEY_INVALID, so the test below is never true
      /* v8 ignore next */
      if (!isRulesError(error, 'MONEY_INVALID')) throw error;
      return carry(ctx, value, { code: 'MONEY_INVALID', params: error.params });
    }
  })
  .meta({
    title: 'Amount of won',
    description:
      'Whole won: an integer, a numeric string with or without thousands separators, or Korean units (7억원, 1조 445억, 2억 5,000만원). bigint and Decimal are accepted from JavaScript.',
    anyOf: [
      { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
      { type: 'string', minLength: 1, examples: ['700000000', '700,000,000원', '7억원', '2억 5,000만원'] },
    ],
  });

/** An edition id (`'2025'`, `'2026'`, or the year as a number); anything else is EDITION_UNKNOWN. */
export const edition = z
  .unknown()
  .transform((value, ctx): EditionId => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isInteger is false for every non-number, and no non-integer prints as an edition id
    const id = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (isEditionId(id)) return id;
    return carry(ctx, value, {
      code: 'EDITION_UNKNOWN',
      params: { input: describeInput(value), known: EDITION_IDS },
    });
  })
  .meta({
    title: 'Edition',
    description: 'The yearly call.',
    enum: [...EDITION_IDS, ...EDITION_IDS.map(Number)],
  });

/** A track id. */
export const track = z.enum(['supply-chain', 'capability']);

/** An institution kind. */
export const institutionKind = z.enum(INSTITUTION_KINDS as [InstitutionKind, ...InstitutionKind[]]);

/** A participant id: a non-empty string. */
export const participantId = z.string().min(1).max(200);

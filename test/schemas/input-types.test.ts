// The validators' parameters are typed from their schemas, so TypeScript refuses what the schema
// refuses at run time: an unknown edition or track, a plan whose years are not a list. Each
// `@ts-expect-error` below fails the type check (tsc -p tsconfig.json) if the call compiles; the
// calls run too, and give JavaScript callers the same refusal as issues or a RulesError.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkConsortium, type ConsortiumInput } from 'regional-innovation-rnd/consortium';
import {
  assessEligibility,
  type AssessOptions,
  type CompanyProfile,
} from 'regional-innovation-rnd/eligibility';
import {
  checkGrantPlan,
  type GrantParticipantInput,
  type GrantPlanInput,
} from 'regional-innovation-rnd/grants';
import type { getEdition } from 'regional-innovation-rnd/program';
import { isRulesError, type TrackId } from 'regional-innovation-rnd/rules';
import type { companySchema, consortiumSchema, grantPlanSchema } from 'regional-innovation-rnd/schemas';
import type * as z from 'zod';

/** What getEdition takes: an edition id, or the same year as a number. */
type EditionKey = Parameters<typeof getEdition>[0];

const company: CompanyProfile = { kind: 'sme', region: '부산', tier: 'leading' };
const codesOf = (result: { ok: boolean; issues?: readonly { code: string }[] }): string[] =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.code);
const errorCodeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return isRulesError(error) ? error.code : 'not a RulesError';
  }
  return undefined;
};

describe('typed parameters', () => {
  it('checkGrantPlan takes an EditionKey, a TrackId and a list of years', () => {
    // @ts-expect-error -- '2027' is no edition, 'x' no track, 'no' no list of years
    const result = checkGrantPlan({ edition: '2027', track: 'x', years: 'no' });
    expect(codesOf(result)).toEqual(['EDITION_UNKNOWN', 'INPUT_INVALID', 'INPUT_INVALID']);
    expectTypeOf<GrantPlanInput['edition']>().toEqualTypeOf<EditionKey>();
    expectTypeOf<GrantPlanInput['track']>().toEqualTypeOf<TrackId>();
  });

  it('assessEligibility takes an EditionKey and a TrackId', () => {
    // @ts-expect-error -- '2027' is no edition
    expect(errorCodeOf(() => assessEligibility(company, { edition: '2027', track: 'capability' }))).toBe(
      'EDITION_UNKNOWN',
    );
    // @ts-expect-error -- 'x' is no track
    expect(errorCodeOf(() => assessEligibility(company, { edition: '2026', track: 'x' }))).toBe(
      'INPUT_INVALID',
    );
    expectTypeOf<AssessOptions['edition']>().toEqualTypeOf<EditionKey>();
    expectTypeOf<AssessOptions['track']>().toEqualTypeOf<TrackId>();
  });

  it('checkConsortium takes an EditionKey and a TrackId', () => {
    const lead = { id: 'lead', kind: 'sme', region: '부산', tier: 'leading' } as const;
    // @ts-expect-error -- '2027' is no edition, 'x' no track
    const result = checkConsortium({ edition: '2027', track: 'x', lead, members: [] });
    expect(codesOf(result)).toEqual(['EDITION_UNKNOWN', 'INPUT_INVALID']);
  });

  it('takes the year as a number, money in any form, and read-only data', () => {
    const row = {
      id: 'a',
      kind: 'sme',
      publicFunding: '1억5천만원',
      cash: 5_000_000n,
      inKind: 45_000_000,
    } as const;
    const plan = { edition: 2026, track: 'capability', years: [{ participants: [row] }] } as const;
    expect(checkGrantPlan(plan).ok).toBe(true);
    expect(assessEligibility(company, { edition: 2026, track: 'supply-chain' }).edition).toBe('2026');
    expectTypeOf(plan).toExtend<GrantPlanInput>();
    expectTypeOf(row).toExtend<GrantParticipantInput>();
  });
});

describe('input types come from the schemas', () => {
  it('are the schemas’ input types, read-only', () => {
    type Writable<T> = T extends (...args: never[]) => unknown
      ? T
      : T extends object
        ? { -readonly [K in keyof T]: Writable<T[K]> }
        : T;
    expectTypeOf<Writable<GrantPlanInput>>().toEqualTypeOf<Writable<z.input<typeof grantPlanSchema>>>();
    expectTypeOf<Writable<CompanyProfile>>().toEqualTypeOf<Writable<z.input<typeof companySchema>>>();
    expectTypeOf<Writable<ConsortiumInput>>().toEqualTypeOf<Writable<z.input<typeof consortiumSchema>>>();
  });
});

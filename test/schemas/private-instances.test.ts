import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { checkConsortium } from 'regional-innovation-rnd/consortium';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { isRulesError } from 'regional-innovation-rnd/rules';
import {
  companySchema,
  consortiumSchema,
  grantPlanSchema,
  inputJsonSchema,
} from 'regional-innovation-rnd/schemas';

// The exported schemas are zod objects, which cannot be frozen. What a caller does to them must
// stay with the caller: the validators read with instances of their own.
const exported = [companySchema, consortiumSchema, grantPlanSchema] as const;
// Own properties, as zod sets them on each instance; put back after each test.
const originals = exported.map((schema) => ({ ...Object.getOwnPropertyDescriptors(schema) }));
const accepting = () => ({ success: true as const, data: {} });

afterEach(() => {
  exported.forEach((schema, i) => {
    const { safeParse, parse } = originals[i] ?? {};
    if (safeParse && parse) Object.defineProperties(schema, { safeParse, parse });
  });
});

function patchEveryExportedSchema(): void {
  for (const schema of exported) {
    Object.assign(schema, { safeParse: accepting, parse: () => ({}) });
  }
  // The patch took: the exported schemas now accept anything.
  expect(companySchema.safeParse({ kind: 'large' }).success).toBe(true);
}

describe('a patched exported schema', () => {
  it('does not make a large company in Seoul eligible', () => {
    patchEveryExportedSchema();
    const company = { kind: 'large', region: '서울', industry: '실버케어테크', tier: 'leading' } as const;
    const assessment = assessEligibility(company, { edition: '2026', track: 'supply-chain' });
    expect(assessment.outcome).toBe('ineligible');
    let refused: unknown;
    try {
      assessEligibility({ kind: 'sme' } as never, { edition: '2026', track: 'supply-chain' });
    } catch (error) {
      refused = error;
    }
    expect(isRulesError(refused, 'INPUT_INVALID')).toBe(true);
  });

  it('does not let an over-cap or malformed plan pass', () => {
    patchEveryExportedSchema();
    const plan = {
      edition: '2026',
      track: 'capability',
      years: [{ participants: [{ id: 'me', kind: 'sme', publicFunding: '9억', cash: 0, inKind: 0 }] }],
    } as const;
    const checked = checkGrantPlan(plan);
    expect(checked.ok ? [] : checked.issues.map((issue) => issue.code)).toContain('GRANT_YEAR_CAP_EXCEEDED');
    expect(checkGrantPlan({ ...plan, years: [{ participants: [{ id: 'me' }] }] } as never).ok).toBe(false);
  });

  it('does not let a consortium without a lead pass', () => {
    patchEveryExportedSchema();
    const checked = checkConsortium({ edition: '2026', track: 'capability', members: [] } as never);
    expect(checked.ok).toBe(false);
  });

  it('does not change the JSON Schemas', () => {
    const before = inputJsonSchema('company');
    const shape = (companySchema as unknown as { shape: Record<string, unknown> }).shape;
    const kind = shape['kind'];
    try {
      shape['kind'] = undefined;
      // The exported instance is broken now; the library's JSON Schema is not.
      expect(() => z.toJSONSchema(companySchema)).toThrow(TypeError);
      expect(inputJsonSchema('company')).toEqual(before);
    } finally {
      shape['kind'] = kind;
    }
  });
});

// What assessEligibility says about options and companies it cannot use: the code, the path and
// the params of the RulesError, with the value given echoed.
import { describe, expect, it } from 'vitest';
import {
  assessEligibility,
  type AssessOptions,
  type CompanyProfile,
} from 'regional-innovation-rnd/eligibility';
import { caughtRulesError } from '../support/errors';
import { DEFAULT_CATALOGUE } from 'regional-innovation-rnd/industries';
import { isRulesError } from 'regional-innovation-rnd/rules';
import { aCompany } from 'regional-innovation-rnd/testing';

// A company that meets every rule the tests do not break.
const COMPANY: CompanyProfile = { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading' };
const OPTIONS = { edition: '2026', track: 'supply-chain' } as const;

// Free text in params (what was expected) is for people; tests only ask that it says something.
const someText: unknown = expect.stringMatching(/\S/u);

describe('assessEligibility rejects bad options with the params of the error', () => {
  it.each([null, 'options', 5])(
    'options that are not an object (%s) are OPTIONS_INVALID at the root',
    (given) => {
      const error = caughtRulesError(() => assessEligibility(COMPANY, given as unknown as AssessOptions));
      expect(error?.code).toBe('OPTIONS_INVALID');
      expect(error?.path).toEqual([]);
      expect(error?.params).toEqual({
        option: 'options',
        input: given === null ? 'null' : typeof given === 'string' ? `"${given}"` : String(given),
        expected: someText,
      });
    },
  );

  it('an unknown track is INPUT_INVALID with the track echoed', () => {
    const error = caughtRulesError(() =>
      assessEligibility(COMPANY, { ...OPTIONS, track: 'other' } as unknown as AssessOptions),
    );
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.path).toEqual(['track']);
    expect(error?.params).toEqual({
      problem: 'value',
      expected: 'supply-chain | capability',
      input: '"other"',
    });
  });

  it.each([['0.05'], [Number.NaN], [Number.POSITIVE_INFINITY], [5n]])(
    'a growth threshold of %s is INPUT_INVALID at overrides.minSalesGrowth',
    (minSalesGrowth) => {
      const error = caughtRulesError(() =>
        assessEligibility(
          { ...COMPANY, sales: '20억', salesGrowth: 0.1 },
          {
            edition: '2025',
            track: 'supply-chain',
            overrides: { minSales: '15억', minSalesGrowth } as never,
          },
        ),
      );
      expect(error?.code).toBe('INPUT_INVALID');
      expect(error?.path).toEqual(['overrides', 'minSalesGrowth']);
      expect(error?.params).toMatchObject({ problem: 'type', expected: someText });
    },
  );

  it('echoes the growth threshold given', () => {
    const error = caughtRulesError(() =>
      assessEligibility(COMPANY, { ...OPTIONS, overrides: { minSalesGrowth: '5%' as unknown as number } }),
    );
    expect(error?.params).toEqual({ problem: 'type', expected: someText, input: '"5%"' });
  });
});

describe('assessEligibility rejects a bad company with the params of the error', () => {
  it('echoes a region it does not know', () => {
    const error = caughtRulesError(() => assessEligibility({ ...COMPANY, region: '서을' }, OPTIONS));
    expect(error?.code).toBe('REGION_UNKNOWN');
    expect(error?.params).toEqual({ input: '"서을"' });
  });

  it('echoes the value of a field of the wrong type, rather than calling it missing', () => {
    const error = caughtRulesError(() =>
      assessEligibility({ ...COMPANY, salesGrowth: '10%' as unknown as number }, OPTIONS),
    );
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.path).toEqual(['salesGrowth']);
    expect(error?.params).toEqual({ problem: 'type', expected: 'number', input: '"10%"' });
  });

  it('names every type a region may have when it has none of them', () => {
    const error = caughtRulesError(() =>
      assessEligibility({ ...COMPANY, region: true as unknown as string }, OPTIONS),
    );
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.path).toEqual(['region']);
    expect(error?.params).toEqual({ problem: 'type', expected: 'string | number', input: 'true' });
  });

  it('says a region name that is too long is too long', () => {
    const error = caughtRulesError(() =>
      assessEligibility({ ...COMPANY, region: '부'.repeat(101) }, OPTIONS),
    );
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.path).toEqual(['region']);
    expect(error?.params).toMatchObject({ problem: 'size', expected: 'at most 100' });
  });

  it('gives one unreadable-input error, at the root, for a company that cannot be read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = {
      get kind(): never {
        throw new Error('no kind');
      },
      region: '부산',
    };
    for (const company of [proxy, throwing]) {
      const error = caughtRulesError(() => assessEligibility(company as unknown as CompanyProfile, OPTIONS));
      expect(error?.code).toBe('INPUT_INVALID');
      expect(error?.path).toEqual([]);
      expect(error?.params).toMatchObject({ problem: 'unreadable', expected: someText });
      expect(error?.issues).toHaveLength(1);
    }
  });
});

describe('a catalogue that stops being readable during the assessment', () => {
  it('is OPTIONS_INVALID at catalogue, never a raw error', () => {
    let reads = 0;
    const catalogue = {
      industries: DEFAULT_CATALOGUE.industries,
      get keyListComplete(): unknown {
        reads += 1;
        if (reads > 1) throw new Error('gone');
        return DEFAULT_CATALOGUE.keyListComplete;
      },
    };
    let caught: unknown;
    try {
      assessEligibility(aCompany(), {
        edition: '2026',
        track: 'supply-chain',
        catalogue: catalogue as never,
      });
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught, 'OPTIONS_INVALID') && caught.path).toEqual(['catalogue']);
  });
});

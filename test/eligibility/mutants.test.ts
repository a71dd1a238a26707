import { describe, expect, it } from 'vitest';
import {
  assessEligibility,
  type AssessOptions,
  type CompanyProfile,
  type EligibilityOverrides,
} from 'regional-innovation-rnd/eligibility';
import type { EditionId, Finding } from 'regional-innovation-rnd/rules';
import { caughtRulesError } from '../support/errors';

// Meets every rule but the sales rule, which each test decides.
const COMPANY: CompanyProfile = { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading' };
const OPTIONS = { edition: '2026', track: 'supply-chain' } as const;

// Free text in params (what was expected) is for people; tests only ask that it says something.
const someText: unknown = expect.stringMatching(/\S/u);

function salesFinding(
  edition: EditionId,
  figures: Partial<CompanyProfile>,
  overrides?: EligibilityOverrides,
): Finding {
  const options: AssessOptions =
    overrides === undefined
      ? { edition, track: 'supply-chain' }
      : { edition, track: 'supply-chain', overrides };
  const finding = assessEligibility({ ...COMPANY, ...figures }, options).findings.find(
    (f) => f.rule.id === 'eligibility.sales',
  );
  if (finding === undefined) throw new Error('no sales finding');
  return finding;
}

describe('the sales rule with only some thresholds or figures (2025, no R&D-intensity alternative)', () => {
  it('fails on sales below the minimum even when no growth threshold is given', () => {
    const finding = salesFinding('2025', { sales: '10억' }, { minSales: '15억' });
    expect(finding.status).toBe('fail');
    expect(finding.params).toMatchObject({ bySales: 'fail', via: null, sales: 1_000_000_000 });
  });

  it('stays unknown when sales meet the only threshold given', () => {
    for (const sales of ['15억', '20억']) {
      const finding = salesFinding('2025', { sales, salesGrowth: 0.1 }, { minSales: '15억' });
      expect(finding.status).toBe('unknown');
      expect(finding.params).toMatchObject({ bySales: 'unknown', minSalesGrowth: null, via: null });
    }
  });

  it('stays unknown when growth meets the only threshold given', () => {
    const finding = salesFinding('2025', { sales: '20억', salesGrowth: 0.1 }, { minSalesGrowth: 0.05 });
    expect(finding.status).toBe('unknown');
    expect(finding.params).toMatchObject({ bySales: 'unknown', minSales: null });
  });

  it('fails on growth below the minimum even when no sales threshold is given', () => {
    const finding = salesFinding('2025', { salesGrowth: 0.01 }, { minSalesGrowth: 0.05 });
    expect(finding.status).toBe('fail');
    expect(finding.params).toMatchObject({ bySales: 'fail', salesGrowth: 0.01 });
  });

  it('stays unknown when the growth figure a growth threshold needs is missing', () => {
    const finding = salesFinding('2025', { sales: '20억' }, { minSalesGrowth: 0.05 });
    expect(finding.status).toBe('unknown');
    expect(finding.params).toMatchObject({ bySales: 'unknown', salesGrowth: null });
  });

  it('stays unknown with both thresholds but only one of the two figures, when that one meets its threshold', () => {
    const both = { minSales: '15억', minSalesGrowth: 0.05 };
    const noSales = salesFinding('2025', { salesGrowth: 0.1 }, both);
    expect(noSales.status).toBe('unknown');
    expect(noSales.params).toMatchObject({ bySales: 'unknown', sales: null, salesGrowth: 0.1 });
    const noGrowth = salesFinding('2025', { sales: '20억' }, both);
    expect(noGrowth.status).toBe('unknown');
    expect(noGrowth.params).toMatchObject({ bySales: 'unknown', sales: 2_000_000_000, salesGrowth: null });
  });

  it('passes by sales with both thresholds met, and echoes the figures', () => {
    const finding = salesFinding(
      '2025',
      { sales: '20억', salesGrowth: 0.1 },
      { minSales: '15억', minSalesGrowth: 0.05 },
    );
    expect(finding.status).toBe('pass');
    expect(finding.params).toMatchObject({
      via: 'sales',
      bySales: 'pass',
      byRndIntensity: null,
      sales: 2_000_000_000,
      salesGrowth: 0.1,
    });
  });

  it('without thresholds is unknown, decided by no way, with thresholds from the sources', () => {
    const finding = salesFinding('2025', { sales: '20억', salesGrowth: 0.1 });
    expect(finding.status).toBe('unknown');
    expect(finding.params).toMatchObject({
      via: null,
      bySales: 'unknown',
      byRndIntensity: null,
      thresholdsFrom: 'sources',
    });
  });
});

describe('the sales rule in 2026, where R&D intensity may replace it', () => {
  it('short of the sales thresholds with no R&D intensity given: unknown, since intensity could still pass', () => {
    const finding = salesFinding(
      '2026',
      { sales: '10억', salesGrowth: 0.1 },
      { minSales: '15억', minSalesGrowth: 0.05 },
    );
    expect(finding.status).toBe('unknown');
    expect(finding.params).toMatchObject({ bySales: 'fail', byRndIntensity: 'unknown', via: null });
  });

  it('short of both ways: fail', () => {
    const finding = salesFinding(
      '2026',
      { sales: '10억', salesGrowth: 0.1, rndIntensity: 0.01 },
      { minSales: '15억', minSalesGrowth: 0.05 },
    );
    expect(finding.status).toBe('fail');
    expect(finding.params).toMatchObject({ bySales: 'fail', byRndIntensity: 'fail' });
  });

  it('intensity below 5% without thresholds: that way fails, the sales way stays unknown', () => {
    const finding = salesFinding('2026', { rndIntensity: 0.0499 });
    expect(finding.status).toBe('unknown');
    expect(finding.params).toMatchObject({ bySales: 'unknown', byRndIntensity: 'fail', via: null });
  });

  it('intensity of 5% passes through R&D intensity', () => {
    const finding = salesFinding('2026', { rndIntensity: 0.05 });
    expect(finding.status).toBe('pass');
    expect(finding.params).toMatchObject({ via: 'rnd-intensity', byRndIntensity: 'pass' });
  });
});

describe('where the sales thresholds came from', () => {
  const from = (overrides?: EligibilityOverrides): unknown =>
    salesFinding('2025', {}, overrides).params['thresholdsFrom'];

  it('is the sources when the caller gives none', () => {
    expect(from()).toBe('sources');
    expect(from({})).toBe('sources');
  });

  it('is the overrides when the caller gives either threshold, or both', () => {
    expect(from({ minSales: '15억' })).toBe('overrides');
    expect(from({ minSalesGrowth: 0.05 })).toBe('overrides');
    expect(from({ minSales: '15억', minSalesGrowth: 0.05 })).toBe('overrides');
  });
});

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

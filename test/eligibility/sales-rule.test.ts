// The sales rule (매출액·매출증가율, or R&D intensity in 2026) with only some thresholds or figures.
import { describe, expect, it } from 'vitest';
import {
  assessEligibility,
  type AssessOptions,
  type CompanyProfile,
  type EligibilityOverrides,
} from 'regional-innovation-rnd/eligibility';
import type { EditionId, Finding } from 'regional-innovation-rnd/rules';

// Meets every rule but the sales rule, which each test decides.
const COMPANY: CompanyProfile = { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading' };

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

// The company's figures as people give them: ratios inside their range (with a warning above 1),
// R&D spending with sales for an exact intensity, and keys from web forms that must not reach
// the prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessEligibility, type CompanyProfile } from 'regional-innovation-rnd/eligibility';
import type { Finding } from 'regional-innovation-rnd/rules';
import { caughtRulesError } from '../support/errors';

const company: CompanyProfile = { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading' };
const options = { edition: '2026', track: 'supply-chain' } as const;

const sales = (profile: Partial<Record<keyof CompanyProfile, unknown>>, overrides?: object): Finding => {
  const assessment = assessEligibility({ ...company, ...profile } as CompanyProfile, {
    ...options,
    ...(overrides === undefined ? {} : { overrides }),
  });
  return assessment.findings.find((f) => f.rule.id === 'eligibility.sales') as Finding;
};

describe('ratios in a profile', () => {
  it('refuses an R&D intensity below 0 and sales growth below −100%, and takes the bounds themselves', () => {
    for (const [field, value] of [
      ['rndIntensity', -0.0001],
      ['rndIntensity', -5],
      ['salesGrowth', -1.0001],
      ['salesGrowth', -2],
    ] as const) {
      const error = caughtRulesError(() => sales({ [field]: value }));
      expect(error?.code, `${field} ${String(value)}`).toBe('INPUT_INVALID');
      expect(error?.path).toEqual([field]);
    }
    expect(sales({ rndIntensity: 0 }).status).toBe('unknown');
    expect(sales({ salesGrowth: -1 }).status).toBe('unknown');
  });

  it('reads an R&D intensity above 1 as a ratio, with a warning in the finding', () => {
    const five = sales({ rndIntensity: 5 });
    expect(five.status).toBe('pass');
    expect(five.params).toMatchObject({ rndIntensityPercent: '500', warnings: ['rndIntensity'] });
    expect(sales({ rndIntensity: 1 }).params['warnings']).toEqual([]);
    expect(sales({ rndIntensity: 1.0001 }).params['warnings']).toEqual(['rndIntensity']);
  });

  it('warns about sales growth above 1 too, and not at 1', () => {
    expect(sales({ salesGrowth: 1.5 }).params['warnings']).toEqual(['salesGrowth']);
    expect(sales({ salesGrowth: 1 }).params['warnings']).toEqual([]);
  });
});

describe('R&D spending with sales', () => {
  it('gives the R&D intensity exactly, on both sides of 5%', () => {
    const at = sales({ rndSpending: '5천만원', sales: '10억원' });
    expect(at.status).toBe('pass');
    expect(at.params).toMatchObject({
      rndIntensityFrom: 'amounts',
      rndIntensityPercent: '5',
      rndSpending: 50_000_000,
    });
    const below = sales({ rndSpending: 49_999_999, sales: 1_000_000_000 });
    expect(below.params['byRndIntensity']).toBe('fail');
    expect(below.params['rndIntensityPercent']).toBe('4.9999999');
  });

  it('matches the cross-multiplied integers for any amounts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 1, max: 10 ** 13 }),
        (spending, total) => {
          const finding = sales({ rndSpending: spending, sales: total });
          const meets = BigInt(spending) * 100n >= 5n * BigInt(total);
          expect(finding.params['byRndIntensity']).toBe(meets ? 'pass' : 'fail');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('asks for the sales when only the spending is given, and for the intensity when sales are zero', () => {
    expect(sales({ rndSpending: 50_000_000 }).needs).toContain('sales');
    const zero = sales({ rndSpending: 50_000_000, sales: 0 });
    expect(zero.status).toBe('unknown');
    expect(zero.needs[0]).toBe('rndIntensity');
  });

  it('accepts a ratio that agrees with the amounts to the decimals it is written with', () => {
    expect(sales({ rndIntensity: 0.0523, rndSpending: 52_345_000, sales: 1_000_000_000 }).status).toBe(
      'pass',
    );
    expect(sales({ rndIntensity: 0.05, rndSpending: 50_000_000, sales: 1_000_000_000 }).status).toBe('pass');
    // 0.05235 rounds half up to 0.0524.
    expect(sales({ rndIntensity: 0.0524, rndSpending: 52_350_000, sales: 1_000_000_000 }).status).toBe(
      'pass',
    );
  });

  it('refuses a ratio that disagrees with the amounts, naming the ratio they give', () => {
    const error = caughtRulesError(() =>
      sales({ rndIntensity: 0.06, rndSpending: 50_000_000, sales: 1_000_000_000 }),
    );
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.path).toEqual(['rndIntensity']);
    expect(error?.params).toMatchObject({ problem: 'value', expected: '0.05' });
    const percent = caughtRulesError(() =>
      sales({ rndIntensity: 5, rndSpending: 50_000_000, sales: 1_000_000_000 }),
    );
    // 5 (meant as 5%) is not the ratio 0.05 that the amounts give.
    expect(percent?.params).toMatchObject({ expected: '0.05', problem: 'value' });
  });

  it('gives a percent that does not end to 20 significant digits, as grant shares are given', () => {
    const third = sales({ rndSpending: 1, sales: 3 });
    expect(third.params['rndIntensityPercent']).toBe('33.333333333333333333');
    expect(sales({ rndSpending: 2, sales: 3 }).params['rndIntensityPercent']).toBe('66.666666666666666667');
    // A ratio that ends is given in full.
    expect(sales({ rndSpending: 1, sales: 2 ** 20 }).params['rndIntensityPercent']).toBe(
      '0.000095367431640625',
    );
  });

  it('reads a ratio as the decimal it prints as, whatever binary fraction holds it', () => {
    // 0.1 + 0.2 prints as 0.30000000000000004: that decimal, not 0.3, and not the double's own value.
    expect(sales({ rndIntensity: 0.1 + 0.2 }).params['rndIntensityPercent']).toBe('30.000000000000004');
    expect(sales({ rndIntensity: 1e-7 }).params['rndIntensityPercent']).toBe('0.00001');
    // 0.07 × 100 is 7.000000000000001 in floating point; as a decimal it is exactly 7, at least 5.
    expect(sales({ rndIntensity: 0.07 }).params).toMatchObject({
      rndIntensityPercent: '7',
      byRndIntensity: 'pass',
    });
    expect(sales({ salesGrowth: -0.5 }).params['salesGrowthPercent']).toBe('-50');
  });

  it('reads each threshold of the overrides once', () => {
    let reads = 0;
    const overrides = {
      get minSales(): string {
        reads += 1;
        return reads === 1 ? '15억' : 'not an amount';
      },
    };
    expect(sales({ sales: '20억원', salesGrowth: 0.1 }, overrides).params['minSales']).toBe(1_500_000_000);
    expect(reads).toBe(1);
  });

  it('turns a company field that cannot be read into a RulesError at the root', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const field of ['rndIntensity', 'salesGrowth', 'kind', 'ktop'] as const) {
      const error = caughtRulesError(() => sales({ [field]: proxy }));
      expect(error?.code, field).toBe('INPUT_INVALID');
    }
  });

  it('refuses R&D spending that is not an amount of won', () => {
    for (const value of ['abc', -1, 1.5]) {
      const error = caughtRulesError(() => sales({ rndSpending: value, sales: 1_000_000_000 }));
      expect(error?.code).toBe('MONEY_INVALID');
      expect(error?.path).toEqual(['rndSpending']);
    }
  });
});

describe('keys from web forms', () => {
  const hostile = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'nope'];

  it.each(hostile)('a track named %s is INPUT_INVALID at ["track"], like any unknown track', (track) => {
    const error = caughtRulesError(() =>
      assessEligibility(company, { edition: '2026', track: track as never }),
    );
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.path).toEqual(['track']);
  });

  it.each(hostile)('an edition named %s is EDITION_UNKNOWN', (edition) => {
    const error = caughtRulesError(() =>
      assessEligibility(company, { edition: edition as never, track: 'capability' }),
    );
    expect(error?.code).toBe('EDITION_UNKNOWN');
  });

  it.each(hostile)('a kind or tier named %s is INPUT_INVALID with its path', (value) => {
    expect(
      caughtRulesError(() => assessEligibility({ ...company, kind: value as never }, options))?.path,
    ).toEqual(['kind']);
    expect(
      caughtRulesError(() => assessEligibility({ ...company, tier: value as never }, options))?.path,
    ).toEqual(['tier']);
  });

  it.each(hostile)('a locale named %s is OPTIONS_INVALID', (locale) => {
    expect(
      caughtRulesError(() => assessEligibility(company, { ...options, locale: locale as never }))?.code,
    ).toBe('OPTIONS_INVALID');
  });

  it('reads options and a company without a prototype like plain objects', () => {
    const bare: CompanyProfile = Object.assign(Object.create(null) as object, company);
    const bareOptions: typeof options = Object.assign(Object.create(null) as object, options);
    expect(assessEligibility(bare, bareOptions).outcome).toBe('undetermined');
  });

  it('turns overrides that cannot be read into a RulesError', () => {
    const overrides = {
      get minSales(): number {
        throw new Error('boom');
      },
    };
    const error = caughtRulesError(() => assessEligibility(company, { ...options, overrides }));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['overrides']);
  });

  it('refuses an unknown key in overrides instead of ignoring a misspelt threshold', () => {
    const error = caughtRulesError(() =>
      assessEligibility(company, { ...options, overrides: { minsales: 1 } as never }),
    );
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['overrides', 'minsales']);
  });
});

describe('names people type', () => {
  const findingOf = (profile: Partial<Record<keyof CompanyProfile, unknown>>, id: string): Finding =>
    assessEligibility({ ...company, ...profile } as CompanyProfile, options).findings.find(
      (f) => f.rule.id === id,
    ) as Finding;

  it.each(['', '   ', '·', '산업', ' 산업 '])('takes the blank industry name %j as not given', (industry) => {
    const finding = findingOf({ industry }, 'eligibility.key-industry');
    expect(finding).toMatchObject({ status: 'unknown', needs: ['industry'], params: { reason: 'blank' } });
  });

  it('keeps a typo unknown even where the region’s list is complete, with suggestions from the catalogue', () => {
    const busan = findingOf({ industry: '실버케어테' }, 'eligibility.key-industry');
    expect(busan).toMatchObject({
      status: 'unknown',
      needs: ['industry'],
      params: { reason: 'unrecognised' },
    });
    expect((busan.params['suggestions'] as { id: string }[]).map((s) => s.id)).toContain(
      'busan-silver-care-tech',
    );
    // Where the list is not complete, the name may also be a 주축산업 the sources do not name.
    const daejeon = findingOf({ region: '대전', industry: '지능형로봇' }, 'eligibility.key-industry');
    expect(daejeon.needs).toEqual(['industry', 'catalogue']);
  });

  it('still fails a recognised industry absent from a complete list, naming the one it matched', () => {
    const finding = findingOf({ industry: '디지털헬스케어' }, 'eligibility.key-industry');
    expect(finding.status).toBe('fail');
    expect(finding.params).toMatchObject({
      reason: 'not-listed',
      matched: { ko: '디지털헬스케어', origin: 'library' },
    });
  });

  it('reads an address by its 시·도, and refuses a name that names two places', () => {
    expect(
      findingOf({ region: '부산광역시 해운대구 센텀중앙로 79' }, 'eligibility.non-capital-region').params[
        'region'
      ],
    ).toBe('26');
    expect(findingOf({ region: '경기도 광주시' }, 'eligibility.non-capital-region').status).toBe('fail');
    const error = caughtRulesError(() => findingOf({ region: '광주시' }, 'eligibility.non-capital-region'));
    expect(error?.code).toBe('REGION_AMBIGUOUS');
    expect(error?.path).toEqual(['region']);
  });
});

describe('K-TOP grades as written', () => {
  const ktopOf = (originalityGrade: string | number): Finding =>
    assessEligibility({ ...company, ktop: { originalityGrade } }, options).findings.at(-1) as Finding;

  it('says when a grade was read from a KTRS letter, whose use for K-TOP is not confirmed', () => {
    expect(ktopOf('AAA').params).toMatchObject({ originalityGrade: 1, gradeFrom: 'letter' });
    expect(ktopOf('3등급').params).toMatchObject({ originalityGrade: 3, gradeFrom: 'number' });
    expect(ktopOf(3).params['gradeFrom']).toBe('number');
    expect(ktopOf('AAA').message).not.toBe(ktopOf(1).message);
  });
});

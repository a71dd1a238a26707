import { describe, expect, it } from 'vitest';
import { codeOf } from '../support/errors';
import {
  EDITIONS,
  EDITION_IDS,
  PROGRAM,
  editionFor,
  getEdition,
  isApplicationOpen,
  isEditionId,
  toInstant,
} from 'regional-innovation-rnd/program';
import { isRulesError, type Evidence } from 'regional-innovation-rnd/rules';
import {
  DAILYEN_2025_01_30,
  ETODAY_2026_01_29,
  MSS_CALL_2026,
  NATIONAL_RND_DECREE,
  NEWS_2026_01_29,
  NEWSEYES_2025_01_30,
  NEWSIS_2025_01_30,
  NEWSPIC_2025_01_30,
  SBS_2026_01_29,
  STEPI_BRIEF_2023_12_11,
} from 'regional-innovation-rnd/sources';

describe('PROGRAM (DOMAIN §1)', () => {
  it('states the press release’s facts', () => {
    expect(PROGRAM.totalBudget).toBe(1_044_500_000_000);
    expect(PROGRAM.years).toEqual({ from: 2025, to: 2029 });
    expect(PROGRAM.plannedProjects).toBe(926);
    expect(PROGRAM.targets).toEqual({ salesGrowthPercent: 16, newJobs: 11_000 });
    expect(PROGRAM.name.ko).toBe('지역혁신선도기업육성(R&D)');
    expect(PROGRAM.legalBases.map((b) => b.ko)).toEqual([
      '지역중소기업 육성 및 혁신촉진 등에 관한 법률 제12조',
      '중소기업기술혁신 촉진법 제9조',
      '지방자치분권 및 지역균형발전에 관한 특별법 제14조',
    ]);
    expect(PROGRAM.provenance.totalBudget.confidence).toBe('confirmed');
    expect(PROGRAM.provenance.totalBudget.sources[0]?.date).toBe('2025-01-24');
  });

  it('notes the two wordings of 926', () => {
    expect(PROGRAM.provenance.plannedProjects.note).toMatch(/품목/u);
    expect(PROGRAM.provenance.plannedProjects.note).toMatch(/과제/u);
  });
});

// An independent transcription of DOMAIN §2 and §4.
const TRACKS = {
  '2025': {
    'supply-chain': [700_000_000, 2, 1_400_000_000, 'leading'],
    capability: [200_000_000, 2, 400_000_000, 'potential'],
  },
  '2026': {
    'supply-chain': [700_000_000, 2, 1_400_000_000, 'leading'],
    capability: [200_000_000, 2, 400_000_000, 'potential'],
  },
} as const;

describe('EDITIONS (DOMAIN §2, §4, §7)', () => {
  it('knows the 2025 and 2026 calls, in order', () => {
    expect(EDITION_IDS).toEqual(['2025', '2026']);
    expect(Object.keys(EDITIONS)).toEqual(['2025', '2026']);
    for (const id of EDITION_IDS) expect(EDITIONS[id].id).toBe(id);
  });

  it.each(EDITION_IDS)('%s: each track’s caps, years and applicant tier', (id) => {
    for (const [track, [perYear, years, total, tier]] of Object.entries(TRACKS[id])) {
      const rules = getEdition(id).tracks[track as keyof (typeof TRACKS)[typeof id]];
      expect([rules.maxGrantPerYear, rules.maxYears, rules.maxGrantTotal, rules.applicantTier]).toEqual([
        perYear,
        years,
        total,
        tier,
      ]);
      expect(rules.maxGrantTotal).toBe(rules.maxGrantPerYear * rules.maxYears);
      expect(rules.provenance.maxGrantPerYear.confidence).toBe('confirmed');
      expect(rules.provenance.grantCovers.confidence).toBe('derived');
    }
  });

  it.each(EDITION_IDS)('%s: tiers are the top 30%% and top 30–50%% (press release)', (id) => {
    const { tiers } = getEdition(id);
    expect([tiers.leadingPercent, tiers.potentialPercent]).toEqual([30, 50]);
    expect(tiers.provenance.confidence).toBe('confirmed');
  });

  it('gives the application windows in KST, closing at 18:00', () => {
    expect(getEdition('2025').applicationWindow).toMatchObject({
      opens: '2025-02-17T00:00:00.000+09:00',
      closes: '2025-03-04T18:00:00.000+09:00',
    });
    expect(getEdition('2026').applicationWindow).toMatchObject({
      opens: '2026-02-11T00:00:00.000+09:00',
      closes: '2026-03-03T18:00:00.000+09:00',
    });
  });

  it.each(EDITION_IDS)('%s: cost sharing by institution kind', (id) => {
    const table = getEdition(id).costSharing;
    const rows = Object.fromEntries(
      Object.entries(table).map(([kind, row]) => [
        kind,
        [row.maxPublicPercent, row.minCashPercentOfOwnShare],
      ]),
    );
    expect(rows).toEqual({
      sme: [75, 10],
      midsize: [70, 13],
      large: [50, 15],
      university: [100, null],
      'research-institute': [100, null],
      nonprofit: [100, null],
    });
  });

  it('marks the SME row reported in 2026 (the call, p.31) and derived in 2025', () => {
    expect(getEdition('2026').costSharing.sme.provenance.confidence).toBe('reported');
    expect(getEdition('2026').costSharing.sme.provenance.sources[0]?.locator).toBe('붙임3, p.31');
    expect(getEdition('2025').costSharing.sme.provenance.confidence).toBe('derived');
  });

  it('gives the calls’ money and counts', () => {
    const call2025 = getEdition('2025').call;
    expect([call2025.nationalBudget, call2025.plannedProjects, call2025.supportItems]).toEqual([
      21_560_000_000, 111, 342,
    ]);
    expect(call2025.notice).toBeNull();
    const call2026 = getEdition('2026').call;
    expect([call2026.nationalBudget, call2026.localBudget, call2026.totalBudget]).toEqual([
      73_430_000_000, 31_500_000_000, 104_900_000_000,
    ]);
    expect([call2026.plannedProjects, call2026.supportItems, call2026.notice]).toEqual([
      306,
      684,
      '중소벤처기업부 공고 제2026-57호',
    ]);
    expect(call2026.plannedProjectsByTrack).toEqual({ 'supply-chain': 157, capability: 149 });
    expect(call2026.provenance.plannedProjectsByTrack.confidence).toBe('reported');
    expect(call2026.fields).toHaveLength(6);
  });

  it('gives the 2025 outcome, whose figures add up', () => {
    const outcome = getEdition('2025').outcome;
    expect(outcome).not.toBeNull();
    if (outcome === null) return;
    expect([outcome.applications, outcome.passedPanel, outcome.selected]).toEqual([278, 127, 115]);
    expect(outcome.selectedByTrack['supply-chain'] + outcome.selectedByTrack.capability).toBe(
      outcome.selected,
    );
    const funding = Object.values(outcome.fundingByTrack).reduce((sum, t) => sum + t.national + t.local, 0);
    expect(funding).toBe(outcome.fundingTwoYears);
    // The derivation behind grantCovers: 38 projects × 14억원 = 국비 370억 + 지방비 162억.
    const supply = outcome.fundingByTrack['supply-chain'];
    expect(
      outcome.selectedByTrack['supply-chain'] * getEdition('2025').tracks['supply-chain'].maxGrantTotal,
    ).toBe(supply.national + supply.local);
    expect(getEdition('2026').outcome).toBeNull();
  });

  it('records what changed in 2026: the consortium rule and the R&D-intensity alternative', () => {
    const edition = getEdition('2026');
    const requirements = edition.tracks['supply-chain'].consortium.requirements;
    expect(requirements.map((r) => [r.id, r.kinds, r.min, r.countsLead])).toEqual([
      ['consortium.2026.min-smes', ['sme'], 2, true],
      ['consortium.2026.min-universities', ['university'], 1, false],
    ]);
    expect(edition.eligibility.rndIntensityAlternative?.minPercent).toBe(5);
    expect(edition.eligibility.rndIntensityAlternative?.provenance.confidence).toBe('confirmed');
    expect(edition.changes.map((c) => c.ruleId)).toEqual(
      expect.arrayContaining([
        'consortium.2026.min-smes',
        'consortium.2026.min-universities',
        'eligibility.rnd-intensity',
      ]),
    );
    expect(getEdition('2025').eligibility.rndIntensityAlternative).toBeNull();
    expect(getEdition('2025').changes).toEqual([]);
  });

  it('gives the 2025 consortium rule: one partner among university, large, midsize, research institute', () => {
    const [partner] = getEdition('2025').tracks['supply-chain'].consortium.requirements;
    expect(partner?.kinds).toEqual(['university', 'large', 'midsize', 'research-institute']);
    expect(partner?.min).toBe(1);
  });

  it('leaves the unknown thresholds unknown (DOMAIN §4: never invent)', () => {
    for (const id of EDITION_IDS) {
      const { salesRule, unknown, requirements } = getEdition(id).eligibility;
      expect(salesRule.minSales).toBeNull();
      expect(salesRule.minSalesGrowth).toBeNull();
      expect(unknown.map((item) => item.en)).toEqual([
        'the sales and sales-growth thresholds',
        'how K-TOP results enter the evaluation',
      ]);
      // The requirements whose content is not known: derived, and each an unknown finding.
      expect(requirements.length).toBe(6);
      expect(requirements.every((r) => r.provenance.confidence === 'derived')).toBe(true);
    }
    expect(getEdition('2025').budgetItemRules).toBeNull();
    expect(getEdition('2025').tracks.capability.consortium.memberKinds).toBeNull();
  });

  it('gives the 2026 budget-item limits of [붙임3] p.18 as reported, 외부기술활용 included', () => {
    const rules = getEdition('2026').budgetItemRules;
    expect(rules).toMatchObject({
      indirectCostMaxPercentOfDirect: 10,
      researchAllowanceMaxPercentOfAdjustedPersonnel: 20,
      subcontractMaxPercent: 40,
      externalTechnologyMaxPercentOfDirect: 40,
      provenance: { confidence: 'reported' },
    });
    expect(rules?.provenance.sources.map((source) => [source.title, source.locator])).toEqual([
      [MSS_CALL_2026.title, '붙임3, p.18'],
    ]);
  });
});

// The 2026-12 audit (DOMAIN §9): each correction, pinned to its source.
describe('EDITIONS: the audited sources (DOMAIN §9)', () => {
  const publishers = (evidence: Evidence): string[] => evidence.sources.map((source) => source.publisher);

  it('titles the 2026 call 「…시행계획 공고」, confirmed, at the 강원지역산업진흥원 notice', () => {
    const { call } = getEdition('2026');
    expect(call.title).toBe('2026년 지역혁신선도기업육성(R&D) 시행계획 공고');
    expect(call.provenance.title.confidence).toBe('confirmed');
    expect(call.provenance.title.sources).toEqual([MSS_CALL_2026]);
    expect(MSS_CALL_2026.title).toBe(call.title);
    expect(MSS_CALL_2026.url).toMatch(/^https:\/\/gw\.riia\.or\.kr\/board\/businessAnnouncement\/view\//u);
    expect(MSS_CALL_2026.note).toContain('제2026-57호');
    expect(call.provenance.notice.confidence).toBe('reported');
    expect(getEdition('2025').call.title).toBeNull();
  });

  it('dates the 2025 call to 2025-01-30 (two reports), with the planned 2025-01-31 only as a labelled plan', () => {
    const { call } = getEdition('2025');
    expect(call.announced).toBe('2025-01-30');
    expect(call.provenance.announced.confidence).toBe('confirmed');
    expect(call.provenance.announced.sources).toEqual([NEWSIS_2025_01_30, NEWSEYES_2025_01_30]);
    expect(call.provenance.announced.note).toMatch(/planned 2025-01-31/u);
    // The program timeline carries the day of the call, and names the plan as a plan.
    const first = PROGRAM.timeline.find((entry) => entry.event.en.startsWith('First call'));
    expect(first?.date).toBe('2025-01-30');
    expect(first?.event.en).toMatch(/planned 2025-01-31/u);
    expect(PROGRAM.timeline.map((entry) => entry.date)).not.toContain('2025-01-31');
    expect(PROGRAM.provenance.timeline.sources).toEqual(
      expect.arrayContaining([NEWSIS_2025_01_30, NEWSEYES_2025_01_30]),
    );
  });

  it('cites the 2026 reports for the 2026 track-2 caps, the 2025 ones for 2025', () => {
    for (const field of ['maxGrantPerYear', 'maxYears', 'maxGrantTotal'] as const) {
      const caps2026 = getEdition('2026').tracks.capability.provenance[field];
      expect(caps2026.sources).toEqual([SBS_2026_01_29, NEWS_2026_01_29]);
      expect(caps2026.sources.every((source) => source.date === '2026-01-29')).toBe(true);
      expect(caps2026.confidence).toBe('confirmed');
      expect(publishers(getEdition('2025').tracks.capability.provenance[field])).toEqual([
        '중소벤처기업부',
        '데일리이엔',
      ]);
    }
  });

  it('cites the 2025-01-30 reports for the 15억–140억 sales note, and says the reports disagree', () => {
    const rule2025 = getEdition('2025').eligibility.salesRule;
    expect(rule2025.provenance.sources).toEqual(
      expect.arrayContaining([
        DAILYEN_2025_01_30,
        NEWSPIC_2025_01_30,
        NEWSEYES_2025_01_30,
        ETODAY_2026_01_29,
      ]),
    );
    expect(rule2025.provenance.note).toContain('매출액과 연구개발 투자 비율 등의 기준');
    expect(rule2025.provenance.note).toContain('매출액과 매출증가율');
    expect(rule2025.provenance.note).toMatch(/15억원 to 140억원/u);
    const rule2026 = getEdition('2026').eligibility.salesRule;
    expect(rule2026.provenance.note).not.toMatch(/15억|140억/u);
    for (const rule of [rule2025, rule2026]) {
      expect([rule.minSales, rule.minSalesGrowth]).toEqual([null, null]);
      expect(rule.provenance.confidence).toBe('reported');
    }
  });

  it('reads the 2025 track-1 partner rule as derived, and the counting of the 2026 lead as derived', () => {
    const [partner] = getEdition('2025').tracks['supply-chain'].consortium.requirements;
    expect(partner?.provenance.confidence).toBe('derived');
    expect(partner?.provenance.note).toContain('대학, 대·중견, 연구기관 컨소시엄형');
    const [smes, universities] = getEdition('2026').tracks['supply-chain'].consortium.requirements;
    expect(smes?.provenance.confidence).toBe('confirmed');
    expect(smes?.countsLead).toBe(true);
    expect(smes?.countsLeadProvenance.confidence).toBe('derived');
    expect(universities?.provenance.confidence).toBe('confirmed');
    for (const id of EDITION_IDS) {
      for (const track of Object.values(getEdition(id).tracks)) {
        for (const requirement of track.consortium.requirements) {
          expect(requirement.countsLeadProvenance.confidence, requirement.id).toBe('derived');
        }
      }
    }
  });

  it('cites STEPI by its title for the for-profit rows only; the non-profit rows rest on p.31 (2026) or the decree (2025)', () => {
    expect(STEPI_BRIEF_2023_12_11.title).toBe(
      '신흥 핵심전략기술 분야 경쟁력 제고를 위한 국가R&D 참여방안의 유연화, 즉시 도입되어야',
    );
    const nonProfit = ['university', 'research-institute', 'nonprofit'] as const;
    for (const kind of nonProfit) {
      const row2026 = getEdition('2026').costSharing[kind].provenance;
      expect(row2026.sources.map((source) => [source.title, source.locator])).toEqual([
        [MSS_CALL_2026.title, '붙임3, p.31'],
      ]);
      expect(row2026.confidence).toBe('reported');
      const row2025 = getEdition('2025').costSharing[kind].provenance;
      expect(row2025.sources).toEqual([NATIONAL_RND_DECREE]);
      expect(row2025.confidence).toBe('derived');
    }
    for (const id of EDITION_IDS) {
      for (const kind of ['sme', 'midsize', 'large'] as const) {
        expect(getEdition(id).costSharing[kind].provenance.sources).toContain(STEPI_BRIEF_2023_12_11);
      }
      // [별표 1]'s 50% / 15% row is every company neither SME nor midsize, not 대기업 alone.
      expect(getEdition(id).costSharing.large.provenance.note).toContain('중소기업·중견기업이 아닌 기업');
    }
  });
});

describe('getEdition', () => {
  it('accepts the ids and their numbers', () => {
    expect(getEdition('2025')).toBe(EDITIONS['2025']);
    expect(getEdition(2026)).toBe(EDITIONS['2026']);
  });

  it.each([
    ['2024'],
    ['2027'],
    [2024],
    [''],
    [null],
    [undefined],
    ['__proto__'],
    ['toString'],
    [{}],
    [2025.5],
  ])('throws EDITION_UNKNOWN for %o, naming the known ids', (id) => {
    let caught: unknown;
    try {
      getEdition(id as never); // as a JavaScript caller may pass it
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught, 'EDITION_UNKNOWN')).toBe(true);
    if (isRulesError(caught, 'EDITION_UNKNOWN')) expect(caught.params.known).toEqual(['2025', '2026']);
  });

  it('isEditionId agrees', () => {
    expect(isEditionId('2025')).toBe(true);
    expect(isEditionId(2025)).toBe(false);
    expect(isEditionId('constructor')).toBe(false);
  });
});

describe('isApplicationOpen', () => {
  it.each([
    ['2025', '2025-02-16T23:59:59.999+09:00', false],
    ['2025', '2025-02-17T00:00:00.000+09:00', true],
    ['2025', '2025-02-16T15:00:00.000Z', true],
    ['2025', '2025-03-04T18:00:00.000+09:00', true],
    ['2025', '2025-03-04T18:00:00.001+09:00', false],
    ['2025', '2025-03-04T09:00:00Z', true],
    ['2025', '2025-03-04T09:00:00.001Z', false],
    ['2026', '2026-02-10T23:59:59.999+09:00', false],
    ['2026', '2026-02-11T00:00:00+09:00', true],
    ['2026', '2026-03-03T18:00:00.000+09:00', true],
    ['2026', '2026-03-03T18:00:00.001+09:00', false],
    ['2026', '2025-03-01T12:00:00+09:00', false],
  ])('%s at %s → %s', (edition, instant, open) => {
    expect(isApplicationOpen(edition as '2025' | '2026', instant)).toBe(open);
  });

  it('accepts a Date and epoch milliseconds alike', () => {
    const closes = Date.parse('2025-03-04T18:00:00.000+09:00');
    expect(isApplicationOpen('2025', closes)).toBe(true);
    expect(isApplicationOpen('2025', closes + 1)).toBe(false);
    expect(isApplicationOpen('2025', new Date(closes))).toBe(true);
    expect(isApplicationOpen('2025', new Date(closes + 1))).toBe(false);
  });

  it('throws EDITION_UNKNOWN and DATE_INVALID with paths', () => {
    expect(codeOf(() => isApplicationOpen('2024' as never, '2025-03-04T18:00:00+09:00'))).toBe(
      'EDITION_UNKNOWN',
    );
    expect(codeOf(() => isApplicationOpen('2025', 'soon'))).toBe('DATE_INVALID');
    try {
      isApplicationOpen('2025', Number.NaN);
    } catch (error) {
      expect(isRulesError(error) && error.path).toEqual(['instant']);
    }
  });
});

describe('toInstant', () => {
  it.each([
    ['2025-03-04T18:00:00+09:00', Date.UTC(2025, 2, 4, 9)],
    ['2025-03-04T18:00:00.000+09:00', Date.UTC(2025, 2, 4, 9)],
    ['2025-03-04T18:00:00+0900', Date.UTC(2025, 2, 4, 9)],
    ['2025-03-04T09:00:00Z', Date.UTC(2025, 2, 4, 9)],
    ['2025-03-04T09:00Z', Date.UTC(2025, 2, 4, 9)],
    [' 2025-03-04T09:00:00z ', Date.UTC(2025, 2, 4, 9)],
    [0, 0],
    [new Date(5), 5],
  ])('reads %o', (input, ms) => {
    expect(toInstant(input)).toBe(ms);
  });

  it.each([
    ['a date without a time', '2025-03-04'],
    ['a date-time without an offset', '2025-03-04T18:00:00'],
    ['an impossible date', '2025-02-30T00:00:00+09:00'],
    ['an impossible hour', '2025-03-04T25:00:00+09:00'],
    ['words', 'next tuesday'],
    ['an empty string', ''],
    ['an invalid Date', new Date(Number.NaN)],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a number beyond the Date range', 8.64e15 + 1],
    ['null', null],
    ['an object', {}],
    ['a long string', `2025-03-04T18:00:00+09:00${' '.repeat(100)}`],
  ])('refuses %s with DATE_INVALID', (_label, input) => {
    expect(codeOf(() => toInstant(input as never))).toBe('DATE_INVALID');
  });

  it.each([
    ['an object with Date.prototype', () => Object.create(Date.prototype) as unknown],
    ['an object with a getTime method', () => ({ getTime: () => 0 })],
    [
      'a revoked proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
    ['a proxy of a Date', () => new Proxy(new Date(0), {})],
  ])('refuses %s with DATE_INVALID: only a real Date is a date', (_label, make) => {
    expect(codeOf(() => toInstant(make() as never))).toBe('DATE_INVALID');
  });

  it('reads a Date subclass by its date, whatever its methods do', () => {
    class Hostile extends Date {
      override getTime(): number {
        throw new Error('no');
      }
      override valueOf(): number {
        throw new Error('no');
      }
    }
    expect(toInstant(new Hostile(1_741_078_800_000))).toBe(1_741_078_800_000);
  });
});

describe('instants finer than a millisecond', () => {
  const closes = Date.parse('2026-03-03T18:00:00.000+09:00');

  it.each([
    ['2026-03-03T18:00:00.0005+09:00', closes],
    ['2026-03-03T18:00:00.9999+09:00', closes + 999],
    ['2026-03-03T09:00:00,0001Z', closes],
  ])('drops the fraction of %s towards the past', (text, ms) => {
    expect(toInstant(text)).toBe(ms);
  });

  it('drops the fraction of a number the same way, also before 1970', () => {
    expect(toInstant(closes + 0.5)).toBe(closes);
    expect(toInstant(closes + 0.99)).toBe(closes);
    expect(toInstant(-0.5)).toBe(-1);
  });

  it('gives the same answer for the same instant as a string and as a number', () => {
    expect(isApplicationOpen('2026', '2026-03-03T18:00:00.0005+09:00')).toBe(true);
    expect(isApplicationOpen('2026', closes + 0.5)).toBe(true);
    expect(isApplicationOpen('2026', closes + 1)).toBe(false);
  });
});

describe('edition ids in TypeScript', () => {
  it('takes an id or the same year as a number, and refuses any other at compile time', () => {
    expect(getEdition(2026).id).toBe('2026');
    expect(isApplicationOpen(2025, '2025-03-04T18:00:00+09:00')).toBe(true);
    // @ts-expect-error -- not an edition
    expect(codeOf(() => getEdition('2027'))).toBe('EDITION_UNKNOWN');
    // @ts-expect-error -- not an edition
    expect(codeOf(() => getEdition(2027))).toBe('EDITION_UNKNOWN');
    // @ts-expect-error -- not an edition
    expect(codeOf(() => isApplicationOpen('2027', 0))).toBe('EDITION_UNKNOWN');
    // @ts-expect-error -- getEdition takes the id alone
    expect(getEdition('2025', 5).id).toBe('2025');
  });
});

describe('editionFor', () => {
  it.each([
    ['2025-01-01T00:00:00+09:00', '2025'],
    ['2024-12-31T23:59:59.999+09:00', undefined],
    ['2024-12-31T15:00:00Z', '2025'],
    ['2024-12-31T14:59:59.999Z', undefined],
    ['2025-12-31T23:59:59.999+09:00', '2025'],
    ['2025-12-31T15:00:00Z', '2026'],
    ['2026-02-20T10:00:00+09:00', '2026'],
    ['2027-01-01T00:00:00+09:00', undefined],
  ])('%s → %s (KST calendar year)', (instant, id) => {
    expect(editionFor(instant)?.id).toBe(id);
  });

  it('throws DATE_INVALID for an invalid instant', () => {
    expect(codeOf(() => editionFor('2025-06-01'))).toBe('DATE_INVALID');
  });
});

describe('isEditionId', () => {
  it.each([undefined, null, 2026, '2024', '', ' 2026', {}])('is false for %o', (value) => {
    expect(isEditionId(value)).toBe(false);
  });

  it.each(['2025', '2026'])('is true for %s', (value) => {
    expect(isEditionId(value)).toBe(true);
  });
});

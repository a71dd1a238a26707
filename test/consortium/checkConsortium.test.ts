// checkConsortium: per edition and track, a passing consortium and one failing on exactly each
// rule, with the composition requirements tested one participant on either side.
import { describe, expect, it } from 'vitest';
import { checkConsortium } from 'regional-innovation-rnd/consortium';
import { EDITIONS } from 'regional-innovation-rnd/program';
import type { EditionId, InstitutionKind, TrackId } from 'regional-innovation-rnd/rules';
import {
  EDITION_IDS,
  KINDS,
  TRACK_IDS,
  core,
  goodConsortium,
  goodLead,
  issuesOf,
  member,
  without,
  type ConsortiumData,
} from '../support/builders';

const SCENARIOS = EDITION_IDS.flatMap((edition) => TRACK_IDS.map((track) => ({ edition, track })));

// How sure the sources are of the lead rule, edition by edition (the 2026 supply-chain lead is an
// SME by a technopark briefing only).
const LEAD_CONFIDENCE: Record<EditionId, Record<TrackId, string>> = {
  '2025': { 'supply-chain': 'confirmed', capability: 'confirmed' },
  '2026': { 'supply-chain': 'reported', capability: 'confirmed' },
};
const TIER: Record<TrackId, string> = { 'supply-chain': 'leading', capability: 'potential' };

const withLead = (c: ConsortiumData, lead: Partial<ConsortiumData['lead']>): ConsortiumData => ({
  ...c,
  lead: { ...c.lead, ...lead },
});

describe.each(SCENARIOS)('checkConsortium lead rules, $edition $track', ({ edition, track }) => {
  const good = goodConsortium(edition, track);
  const leadRule = { rule: 'consortium.lead', confidence: LEAD_CONFIDENCE[edition][track] };

  it('passes the good consortium', () => {
    const result = checkConsortium(good);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({ edition, track, leadRegion: '26' });
  });

  it.each(['midsize', 'large', 'university', 'research-institute', 'nonprofit'] as const)(
    'refuses a %s lead with CONSORTIUM_LEAD_KIND at [lead, kind]',
    (kind) => {
      // Keep every composition rule met without the lead: two more SMEs and a university.
      const members =
        edition === '2026' && track === 'supply-chain'
          ? [member('s1', 'sme'), member('s2', 'sme'), member('uni', 'university')]
          : good.members;
      const result = checkConsortium({ ...withLead(good, { kind }), members });
      expect(issuesOf(result).map(core)).toEqual([
        {
          code: 'CONSORTIUM_LEAD_KIND',
          path: ['lead', 'kind'],
          params: { expected: ['sme'], actual: kind },
          ...leadRule,
        },
      ]);
      expect(issuesOf(result)[0]?.rule.sources).toEqual(
        EDITIONS[edition].tracks[track].consortium.lead.provenance.sources,
      );
    },
  );

  it.each([
    ['the other tier', track === 'supply-chain' ? 'potential' : 'leading', undefined],
    ['none', 'none', undefined],
    ['a missing tier', undefined, null],
  ] as const)('refuses %s with CONSORTIUM_LEAD_TIER at [lead, tier]', (_label, tier, actualWhenMissing) => {
    const leadWithoutTier = without(good.lead, 'tier');
    const lead = tier === undefined ? leadWithoutTier : { ...leadWithoutTier, tier };
    const result = checkConsortium({ ...good, lead });
    expect(issuesOf(result).map(core)).toEqual([
      {
        code: 'CONSORTIUM_LEAD_TIER',
        path: ['lead', 'tier'],
        params: { expected: TIER[track], actual: tier ?? actualWhenMissing },
        ...leadRule,
      },
    ]);
  });

  it.each([
    ['서울', '11'],
    ['인천', '28'],
    ['경기', '41'],
    ['11', '11'],
    ['41', '41'],
    ['서울특별시', '11'],
    ['Gyeonggi-do', '41'],
    [28, '28'],
  ] as const)('refuses a lead in the capital region %o with CONSORTIUM_LEAD_REGION', (region, code) => {
    const result = checkConsortium(withLead(good, { region }));
    expect(issuesOf(result).map(core)).toEqual([
      { code: 'CONSORTIUM_LEAD_REGION', path: ['lead', 'region'], params: { actual: code }, ...leadRule },
    ]);
    expect(!result.ok && result.summary?.leadRegion).toBe(code);
  });

  it('refuses a lead without a region with CONSORTIUM_LEAD_REGION, actual null', () => {
    const result = checkConsortium({ ...good, lead: without(good.lead, 'region') });
    expect(issuesOf(result).map(core)).toEqual([
      { code: 'CONSORTIUM_LEAD_REGION', path: ['lead', 'region'], params: { actual: null }, ...leadRule },
    ]);
    expect(!result.ok && result.summary?.leadRegion).toBeNull();
  });

  it.each([
    ['서을', '"서을"'],
    ['Atlantis', '"Atlantis"'],
    ['', '""'],
    ['99', '"99"'],
    [99, '99'],
    [0, '0'],
    [26.5, '26.5'],
  ] as const)('refuses the unknown region %o with REGION_UNKNOWN at [lead, region]', (region, input) => {
    const result = checkConsortium(withLead(good, { region }));
    expect(issuesOf(result).map(core)).toEqual([
      { code: 'REGION_UNKNOWN', path: ['lead', 'region'], params: { input }, ...leadRule },
    ]);
    expect(!result.ok && result.summary?.leadRegion).toBeNull();
  });

  it.each(['광주시', 'Gwangju-si'])(
    'reports the ambiguous region %s as REGION_AMBIGUOUS at [lead, region]',
    (region) => {
      const result = checkConsortium(withLead(good, { region }));
      const [issue, ...rest] = issuesOf(result);
      expect(rest).toEqual([]);
      expect(issue?.code).toBe('REGION_AMBIGUOUS');
      expect(issue?.path).toEqual(['lead', 'region']);
      expect(issue?.rule.id).toBe('consortium.lead');
      const candidates = (issue?.params as unknown as { candidates: { region: string; capital: boolean }[] })
        .candidates;
      expect(candidates.map((c) => [c.region, c.capital])).toEqual([
        ['29', false],
        ['41', true],
      ]);
      expect(!result.ok && result.summary?.leadRegion).toBeNull();
    },
  );

  it.each([
    ['42', '51'],
    [42, '51'],
    ['45', '52'],
    ['강원도', '51'],
    ['전라북도', '52'],
    ['부산광역시', '26'],
    ['Busan', '26'],
    [' 대 구 ', '27'],
    ['광주', '29'],
    ['대전', '30'],
    ['울산', '31'],
    ['세종', '36'],
    ['충북', '43'],
    ['충남', '44'],
    ['전남', '46'],
    ['경북', '47'],
    ['경남', '48'],
    ['제주', '50'],
    ['강원', '51'],
    ['전북', '52'],
  ] as const)('accepts a lead in the non-capital region %o as %s', (region, code) => {
    const result = checkConsortium(withLead(good, { region }));
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.value.leadRegion).toBe(code);
  });

  it('reports every broken lead rule at once', () => {
    const result = checkConsortium({ ...good, lead: { id: 'lead', kind: 'large', region: '서울' } });
    expect(issuesOf(result).map((i) => i.code)).toEqual(
      expect.arrayContaining(['CONSORTIUM_LEAD_KIND', 'CONSORTIUM_LEAD_TIER', 'CONSORTIUM_LEAD_REGION']),
    );
  });
});

describe('2025 supply-chain: at least one university, large or midsize company, or research institute', () => {
  const base = goodConsortium('2025', 'supply-chain');
  const requirementIssue = (actual: number) => ({
    code: 'CONSORTIUM_REQUIREMENT_UNMET',
    path: ['members'],
    params: {
      requirement: 'consortium.2025.partner',
      kinds: ['university', 'large', 'midsize', 'research-institute'],
      limit: 1,
      actual,
    },
    rule: 'consortium.2025.partner',
    confidence: 'derived', // the release names the partner kinds; "at least one" is our reading
  });

  it.each(['university', 'large', 'midsize', 'research-institute'] as const)('one %s is enough', (kind) => {
    const result = checkConsortium({ ...base, members: [member('partner', kind)] });
    expect(issuesOf(result)).toEqual([]);
  });

  it.each([
    ['no members', []],
    ['only SMEs', [member('s1', 'sme'), member('s2', 'sme')]],
    ['only a non-profit', [member('np', 'nonprofit')]],
  ] as const)('refuses %s: limit 1, actual 0', (_label, members) => {
    const result = checkConsortium({ ...base, members: [...members] });
    expect(issuesOf(result).map(core)).toEqual([requirementIssue(0)]);
  });

  it('does not count the lead: a midsize lead with SME members is short of a partner', () => {
    const result = checkConsortium({
      ...base,
      lead: { ...base.lead, kind: 'midsize' },
      members: [member('s', 'sme')],
    });
    expect(issuesOf(result).map(core)).toEqual([
      expect.objectContaining({ code: 'CONSORTIUM_LEAD_KIND' }),
      requirementIssue(0),
    ]);
  });

  it('warns that members’ kinds were not checked, and still passes', () => {
    const result = checkConsortium({
      ...base,
      members: [member('uni', 'university'), member('np', 'nonprofit')],
    });
    expect(result.ok).toBe(true);
    expect(result.warnings.map(core)).toEqual([
      {
        code: 'CONSORTIUM_MEMBER_KINDS_UNKNOWN',
        path: ['members'],
        params: { track: 'supply-chain', edition: '2025' },
        rule: 'consortium.supply-chain.member-kinds',
        confidence: 'confirmed',
      },
    ]);
  });
});

describe('2026 supply-chain: at least two SMEs with the lead, at least one university', () => {
  const base = goodConsortium('2026', 'supply-chain');
  const smes = (actual: number) => ({
    code: 'CONSORTIUM_REQUIREMENT_UNMET',
    path: ['members'],
    params: { requirement: 'consortium.2026.min-smes', kinds: ['sme'], limit: 2, actual },
    rule: 'consortium.2026.min-smes',
    confidence: 'confirmed',
  });
  const universities = (actual: number) => ({
    code: 'CONSORTIUM_REQUIREMENT_UNMET',
    path: ['members'],
    params: { requirement: 'consortium.2026.min-universities', kinds: ['university'], limit: 1, actual },
    rule: 'consortium.2026.min-universities',
    confidence: 'confirmed',
  });

  it('passes the lead, one more SME and a university, without warnings', () => {
    const result = checkConsortium(base);
    expect(issuesOf(result)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('refuses the lead and a university alone: one SME of two', () => {
    const result = checkConsortium({ ...base, members: [member('uni', 'university')] });
    expect(issuesOf(result).map(core)).toEqual([smes(1)]);
  });

  it('counts the lead: a midsize lead with one SME member has one SME of two', () => {
    const result = checkConsortium({
      ...base,
      lead: { ...base.lead, kind: 'midsize' },
      members: [member('s', 'sme'), member('uni', 'university')],
    });
    expect(issuesOf(result).map(core)).toEqual([
      expect.objectContaining({ code: 'CONSORTIUM_LEAD_KIND' }),
      smes(1),
    ]);
  });

  it('refuses two SMEs without a university, and a research institute is no university', () => {
    for (const members of [[member('s', 'sme')], [member('s', 'sme'), member('ri', 'research-institute')]]) {
      const result = checkConsortium({ ...base, members });
      expect(issuesOf(result).map(core)).toEqual([universities(0)]);
    }
  });

  it('does not count a university lead among the universities', () => {
    const result = checkConsortium({
      ...base,
      lead: { ...base.lead, kind: 'university' },
      members: [member('s1', 'sme'), member('s2', 'sme')],
    });
    expect(issuesOf(result).map(core)).toEqual([
      expect.objectContaining({ code: 'CONSORTIUM_LEAD_KIND' }),
      universities(0),
    ]);
  });

  it('refuses a lead alone on both requirements', () => {
    const result = checkConsortium({ ...base, members: [] });
    expect(issuesOf(result).map(core)).toEqual([smes(1), universities(0)]);
  });

  it('takes many SMEs, universities, companies and research institutes', () => {
    const members = (
      ['sme', 'sme', 'university', 'university', 'midsize', 'large', 'research-institute'] as const
    ).map((kind, i) => member(`m${String(i)}`, kind));
    const result = checkConsortium({ ...base, members });
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.value.countsByKind).toEqual({
      sme: 3,
      midsize: 1,
      large: 1,
      university: 2,
      'research-institute': 1,
      nonprofit: 0,
    });
  });

  it('refuses a non-profit member with CONSORTIUM_MEMBER_KIND_NOT_ALLOWED (reported)', () => {
    const result = checkConsortium({ ...base, members: [...base.members, member('np', 'nonprofit')] });
    expect(issuesOf(result).map(core)).toEqual([
      {
        code: 'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED',
        path: ['members', 2, 'kind'],
        params: {
          allowed: ['sme', 'university', 'midsize', 'large', 'research-institute'],
          actual: 'nonprofit',
        },
        rule: 'consortium.supply-chain.member-kinds',
        confidence: 'reported',
      },
    ]);
  });
});

describe.each(EDITION_IDS)('%s capability', (edition) => {
  const base = goodConsortium(edition, 'capability');

  it('passes a lead alone, without warnings', () => {
    const result = checkConsortium(base);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        edition,
        track: 'capability',
        leadRegion: '26',
        participants: 1,
        countsByKind: { sme: 1, midsize: 0, large: 0, university: 0, 'research-institute': 0, nonprofit: 0 },
        rulesApplied:
          edition === '2025'
            ? ['consortium.lead', 'consortium.unique', 'consortium.business-number']
            : [
                'consortium.lead',
                'consortium.capability.member-kinds',
                'consortium.unique',
                'consortium.business-number',
              ],
      },
    });
  });

  it('passes a university and a research institute as members', () => {
    const result = checkConsortium({
      ...base,
      members: [member('u', 'university'), member('r', 'research-institute')],
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.participants).toBe(3);
  });
});

describe('2026 capability: members are universities or research institutes only', () => {
  const base = goodConsortium('2026', 'capability');

  it('refuses every other kind, each at its index, with the reported rule', () => {
    const kinds: InstitutionKind[] = [
      'sme',
      'university',
      'midsize',
      'research-institute',
      'large',
      'nonprofit',
    ];
    const result = checkConsortium({
      ...base,
      members: kinds.map((kind, i) => member(`m${String(i)}`, kind)),
    });
    expect(issuesOf(result).map(core)).toEqual(
      [0, 2, 4, 5].map((i) => ({
        code: 'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED',
        path: ['members', i, 'kind'],
        params: { allowed: ['university', 'research-institute'], actual: kinds[i] },
        rule: 'consortium.capability.member-kinds',
        confidence: 'reported',
      })),
    );
    expect(issuesOf(result)[0]?.rule.sources).toEqual(
      EDITIONS['2026'].tracks.capability.consortium.memberKindsProvenance.sources,
    );
    expect(result.warnings).toEqual([]);
  });
});

describe('2025 capability: who may join is not stated', () => {
  const base = goodConsortium('2025', 'capability');

  it.each(KINDS)('a %s member passes with a CONSORTIUM_MEMBER_KINDS_UNKNOWN warning', (kind) => {
    const result = checkConsortium({ ...base, members: [member('m', kind)] });
    expect(result.ok).toBe(true);
    expect(result.warnings.map(core)).toEqual([
      {
        code: 'CONSORTIUM_MEMBER_KINDS_UNKNOWN',
        path: ['members'],
        params: { track: 'capability', edition: '2025' },
        rule: 'consortium.capability.member-kinds',
        confidence: 'reported',
      },
    ]);
    expect(result.warnings[0]?.message.length).toBeGreaterThan(0);
  });

  it('keeps the warning beside the issues when something else fails', () => {
    const result = checkConsortium({
      ...base,
      lead: { ...base.lead, tier: 'leading' },
      members: [member('m', 'sme')],
    });
    expect(issuesOf(result).map((i) => i.code)).toEqual(['CONSORTIUM_LEAD_TIER']);
    expect(result.warnings.map((w) => w.code)).toEqual(['CONSORTIUM_MEMBER_KINDS_UNKNOWN']);
  });
});

describe('summary', () => {
  it.each(SCENARIOS)('lists the rules applied for $edition $track', ({ edition, track }) => {
    const result = checkConsortium(goodConsortium(edition, track));
    const expected: Record<string, string[]> = {
      '2025 supply-chain': [
        'consortium.lead',
        'consortium.2025.partner',
        'consortium.unique',
        'consortium.business-number',
      ],
      '2025 capability': ['consortium.lead', 'consortium.unique', 'consortium.business-number'],
      '2026 supply-chain': [
        'consortium.lead',
        'consortium.2026.min-smes',
        'consortium.2026.min-universities',
        'consortium.supply-chain.member-kinds',
        'consortium.unique',
        'consortium.business-number',
      ],
      '2026 capability': [
        'consortium.lead',
        'consortium.capability.member-kinds',
        'consortium.unique',
        'consortium.business-number',
      ],
    };
    expect(result.ok && result.value.rulesApplied).toEqual(expected[`${edition} ${track}`]);
  });

  it('gives the summary on a rule failure, counting the lead', () => {
    const result = checkConsortium({
      edition: '2026',
      track: 'supply-chain',
      lead: goodLead('supply-chain', { region: '경기' }),
      members: [member('a', 'sme'), member('b', 'university'), member('c', 'university')],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.summary).toEqual({
      edition: '2026',
      track: 'supply-chain',
      leadRegion: '41',
      participants: 4,
      countsByKind: { sme: 2, midsize: 0, large: 0, university: 2, 'research-institute': 0, nonprofit: 0 },
      rulesApplied: expect.any(Array) as unknown,
    });
  });

  it('ignores members’ regions and roles', () => {
    const base = goodConsortium('2026', 'supply-chain');
    const members = base.members.map((m) => ({ ...m, region: '서울', role: '공동' }));
    expect(checkConsortium({ ...base, members, lead: { ...base.lead, role: '주관' } }).ok).toBe(true);
  });
});

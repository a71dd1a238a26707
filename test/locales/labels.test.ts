// The names of the library's ids in both languages: one for every id of each union, the same names
// the editions use, one for every rule id the library reports, all frozen.
import { describe, expect, it } from 'vitest';
import { checkConsortium } from 'regional-innovation-rnd/consortium';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { checkInnovationScore } from 'regional-innovation-rnd/ktop';
import { formatMessage } from 'regional-innovation-rnd/locales';
import { EDITIONS } from 'regional-innovation-rnd/program';
import { REGIONS } from 'regional-innovation-rnd/regions';
import {
  INSTITUTION_KINDS,
  INSTITUTION_KIND_LABELS,
  RULE_LABELS,
  TIER_LABELS,
  TRACK_IDS,
  TRACK_LABELS,
  type InstitutionKind,
  type Label,
  type Tier,
  type TrackId,
} from 'regional-innovation-rnd/rules';
import { explainTier } from 'regional-innovation-rnd/tiering';

// The tables are keyed by exactly the ids of their unions: a missing or extra key is a type error.
const tiers: Readonly<Record<Tier, Label>> = TIER_LABELS;
const kinds: Readonly<Record<InstitutionKind, Label>> = INSTITUTION_KIND_LABELS;
const tracks: Readonly<Record<TrackId, Label>> = TRACK_LABELS;
const exactKeys = <K extends string>(table: Readonly<Record<K, Label>>, keys: readonly K[]): void => {
  expect(Object.keys(table).sort()).toEqual([...keys].sort());
};

const HANGUL = /[가-힣]/u;

describe('labels', () => {
  it('name every tier, kind and track, in Korean and in English', () => {
    exactKeys(tiers, ['leading', 'potential', 'none']);
    exactKeys(kinds, INSTITUTION_KINDS);
    exactKeys(tracks, TRACK_IDS);
    for (const label of [...Object.values(tiers), ...Object.values(kinds), ...Object.values(tracks)]) {
      expect(label.ko).toMatch(HANGUL);
      expect(label.en).toMatch(/^[A-Za-z]/u);
    }
    expect(TIER_LABELS.leading).toEqual({ ko: '(예비)선도기업', en: 'leading company' });
    expect(TIER_LABELS.potential.ko).toBe('잠재기업');
    expect(INSTITUTION_KIND_LABELS.large.ko).toBe('대기업');
    expect(INSTITUTION_KIND_LABELS['research-institute'].ko).toBe('연구기관');
  });

  it('name the tracks as every edition does', () => {
    for (const edition of Object.values(EDITIONS)) {
      for (const id of TRACK_IDS) expect(edition.tracks[id].name).toEqual(TRACK_LABELS[id]);
    }
  });

  it('are frozen, all the way down', () => {
    for (const table of [TIER_LABELS, INSTITUTION_KIND_LABELS, TRACK_LABELS, RULE_LABELS]) {
      expect(Object.isFrozen(table)).toBe(true);
      for (const label of Object.values(table)) expect(Object.isFrozen(label)).toBe(true);
    }
    expect(() => {
      (TIER_LABELS as unknown as Record<string, unknown>)['leading'] = { ko: '선도기업', en: 'x' };
    }).toThrow(TypeError);
    expect(() => {
      (RULE_LABELS['grants.cap.total'] as { ko: string }).ko = 'x';
    }).toThrow(TypeError);
  });
});

describe('rule labels', () => {
  // The rule ids the library reports: the editions' own, and those the checks give for inputs
  // that break each rule once.
  const fromData = Object.values(EDITIONS).flatMap((edition) => [
    ...TRACK_IDS.flatMap((track) => [
      ...edition.tracks[track].consortium.requirements.map((requirement) => requirement.id),
      `consortium.${track}.member-kinds`,
    ]),
    ...edition.eligibility.requirements.map((requirement) => requirement.id),
    ...edition.changes.map((change) => change.ruleId),
  ]);
  const fromKinds = INSTITUTION_KINDS.flatMap((kind) => [
    `grants.cost-share.public.${kind}`,
    `grants.cost-share.cash.${kind}`,
  ]);
  const plan = {
    edition: '2026',
    track: 'capability',
    years: [1, 2, 3].map(() => ({
      participants: [
        { id: 'a', kind: 'sme', publicFunding: 300_000_000, cash: 0, inKind: 1_000 },
        { id: 'a', kind: 'sme', publicFunding: 0, cash: 0, inKind: 0 },
        { id: 'b', kind: 'sme', publicFunding: 0, cash: 0, inKind: 0 },
      ],
    })),
  };
  const unsafe = {
    edition: '2026',
    track: 'capability',
    years: [
      {
        participants: [1, 2].map((n) => ({
          id: `p${n}`,
          kind: 'sme',
          publicFunding: 5e15,
          cash: 0,
          inKind: 0,
        })),
      },
    ],
  };
  const consortium = {
    edition: '2026',
    track: 'supply-chain',
    lead: { id: 'a', kind: 'large', region: '서울', tier: 'potential', businessNumber: '123-45-67890' },
    members: [{ id: 'a', kind: 'nonprofit', businessNumber: '123-45-67890' }],
  };
  const fromChecks = [
    ...[plan, unsafe, { ...plan, yaers: [] }].flatMap((input) => {
      const result = checkGrantPlan(input as never);
      return result.ok ? [] : result.issues.map((issue) => issue.rule.id);
    }),
    ...(() => {
      const result = checkConsortium(consortium as never);
      return [...(result.ok ? [] : result.issues), ...result.warnings].map((issue) => issue.rule.id);
    })(),
    ...(() => {
      const result = checkInnovationScore(101);
      return result.ok ? [] : result.issues.map((issue) => issue.rule.id);
    })(),
    ...Object.values(EDITIONS).flatMap((edition) =>
      TRACK_IDS.flatMap((track) =>
        assessEligibility(
          {
            kind: 'sme',
            region: '부산',
            industry: '실버케어테크',
            tier: 'leading',
            ktop: { innovationScore: 80 },
          },
          { edition: edition.id, track },
        ).findings.map((finding) => finding.rule.id),
      ),
    ),
    ...(() => {
      const { rule, convention } = explainTier({ rank: 1, cohortSize: 10, tier: 'leading' });
      return [rule.id, convention.id];
    })(),
  ];

  it('name every rule id the library reports', () => {
    const ids = new Set([...fromData, ...fromKinds, ...fromChecks]);
    // The checks above reach the rules of every kind of issue.
    expect(fromChecks).toEqual(
      expect.arrayContaining([
        'input.shape',
        'money.safe-integer',
        'grants.max-years',
        'grants.cap.per-year',
        'grants.cap.total',
        'grants.participant.unique',
        'grants.participant.nonzero',
        'grants.cost-share.public.sme',
        'consortium.lead',
        'consortium.unique',
      ]),
    );
    expect(ids.size).toBeGreaterThan(30);
    for (const id of ids) {
      expect(RULE_LABELS[id], id).toBeDefined();
      expect(RULE_LABELS[id]?.ko).toMatch(HANGUL);
    }
  });

  it('name no rule the library does not report', () => {
    const ids = new Set([...fromData, ...fromKinds, ...fromChecks]);
    expect(Object.keys(RULE_LABELS).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the capital regions in a message about the lead', () => {
  it.each(Object.values(REGIONS).filter((region) => region.capital))(
    '%s is named as the regions name it',
    (region) => {
      const params = { actual: region.code };
      expect(formatMessage('CONSORTIUM_LEAD_REGION', params)).toContain(`수도권(${region.name.ko})`);
      expect(formatMessage('CONSORTIUM_LEAD_REGION', params, 'en')).toContain(
        `${region.name.en} (${region.name.ko})`,
      );
    },
  );
});

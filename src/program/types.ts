import type {
  EditionId,
  Evidence,
  InstitutionKind,
  LocalizedText,
  SourceRef,
  Tier,
  TrackId,
} from '../rules/types';

/**
 * What names an edition in a call: its id (`'2026'`) or the same year as a number (`2026`).
 *
 * @example
 * ```ts
 * import type { EditionKey } from 'regional-innovation-rnd/program';
 * const keys: EditionKey[] = ['2025', 2026];
 * ```
 */
export type EditionKey =
  EditionId | { [K in EditionId]: K extends `${infer Year extends number}` ? Year : never }[EditionId];

/**
 * The program as a whole, 2025–2029.
 *
 * @example
 * ```ts
 * import { PROGRAM } from 'regional-innovation-rnd/program';
 * PROGRAM.totalBudget; // 1044500000000
 * ```
 */
export interface Program {
  /** Its name in Korean and English. */
  readonly name: LocalizedText;
  /** The ministry that runs it. */
  readonly ministry: LocalizedText;
  /** Total budget over all years, in won (1조 445억원). */
  readonly totalBudget: number;
  /** The years it runs. */
  readonly years: {
    /** First year. */
    readonly from: number;
    /** Last year. */
    readonly to: number;
  };
  /**
   * Planned scale: 926. The press release says both "926개 품목 규모" (items) and "926개 과제"
   * (projects); the number is confirmed, its unit is not.
   */
  readonly plannedProjects: number;
  /** Goals by 2029. */
  readonly targets: {
    /** Growth of the key industries' sales, in percent (주력산업 매출액 +16%). */
    readonly salesGrowthPercent: number;
    /** New jobs (신규 일자리 1.1만개). */
    readonly newJobs: number;
  };
  /** Its type: 품목지정형 (support items designated per industry). */
  readonly type: LocalizedText;
  /** Who it serves. */
  readonly target: LocalizedText;
  /** The laws it rests on. */
  readonly legalBases: readonly LocalizedText[];
  /** Milestones: date (`YYYY-MM` or `YYYY-MM-DD`) and what happened. */
  readonly timeline: readonly {
    /** When, `YYYY-MM-DD`. */
    readonly date: string;
    /** What happened. */
    readonly event: LocalizedText;
  }[];
  /** Programs its projects link to. */
  readonly followOn: readonly LocalizedText[];
  /** The documents the facts above come from. */
  readonly sources: readonly SourceRef[];
  /** Evidence for each fact, by field name. */
  readonly provenance: Readonly<
    Record<
      | 'name'
      | 'totalBudget'
      | 'years'
      | 'plannedProjects'
      | 'targets'
      | 'type'
      | 'target'
      | 'legalBases'
      | 'timeline'
      | 'followOn',
      Evidence
    >
  >;
}

/**
 * The window in which applications are taken, as ISO 8601 instants with the KST offset
 * (`+09:00`). Both ends are inclusive, to the millisecond.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2026').applicationWindow.closes; // '2026-03-03T18:00:00.000+09:00'
 * ```
 */
export interface ApplicationWindow {
  /** The first instant applications are taken. */
  readonly opens: string;
  /** The last instant applications are taken (18:00:00.000 KST on the closing day). */
  readonly closes: string;
  /** The system that takes them. */
  readonly system: string;
  /** Evidence for the dates and the closing time. */
  readonly provenance: Evidence;
}

/**
 * A composition requirement of a consortium: at least `min` participants of the given kinds.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * const [smes] = getEdition('2026').tracks['supply-chain'].consortium.requirements;
 * smes?.min; // 2
 * ```
 */
export interface CompositionRequirement {
  /** Stable rule id, e.g. `'consortium.2026.min-smes'`. */
  readonly id: string;
  /** The kinds that count. */
  readonly kinds: readonly InstitutionKind[];
  /** How many participants of those kinds are needed at least. */
  readonly min: number;
  /** Whether the lead counts towards `min`. */
  readonly countsLead: boolean;
  /** The requirement in words. */
  readonly description: LocalizedText;
  /** Evidence for the requirement (its kinds and `min`). */
  readonly provenance: Evidence;
  /**
   * Evidence for `countsLead` alone, which the sources may leave to reading: "중소기업 2개사와 대학
   * 참여가 필수" does not say whether the SME lead is one of the two, so that evidence is `derived`.
   */
  readonly countsLeadProvenance: Evidence;
}

/**
 * Who may lead a project of a track, and who may join it.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2025').tracks['supply-chain'].consortium.lead.tier; // 'leading'
 * ```
 */
export interface ConsortiumRules {
  /** `consortium`: a consortium is required; `single-or-consortium`: alone or with partners. */
  readonly form: 'consortium' | 'single-or-consortium';
  /** Evidence for the form. */
  readonly formProvenance: Evidence;
  /** Requirements on the lead (주관기관). */
  readonly lead: {
    /** Kinds of institution that may lead. */
    readonly kinds: readonly InstitutionKind[];
    /** The tier the lead must have. */
    readonly tier: Exclude<Tier, 'none'>;
    /** Whether the lead must be in a non-capital region. */
    readonly nonCapitalRegion: boolean;
    /** Evidence for the lead rules. */
    readonly provenance: Evidence;
  };
  /** Composition requirements; all must hold. */
  readonly requirements: readonly CompositionRequirement[];
  /**
   * The kinds of institution that may join besides the lead, or `null` when the sources do not
   * say (the library then checks nothing about members' kinds and says so).
   */
  readonly memberKinds: readonly InstitutionKind[] | null;
  /** Evidence for `memberKinds` (or for its being unknown). */
  readonly memberKindsProvenance: Evidence;
}

/**
 * The rules of one track in one edition. Money is integer won.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * const track = getEdition('2025').tracks['supply-chain'];
 * track.maxGrantPerYear; // 700000000
 * track.maxGrantTotal; // 1400000000
 * ```
 */
export interface TrackRules {
  /** The track's id. */
  readonly id: TrackId;
  /** Its name (내역). */
  readonly name: LocalizedText;
  /** What it funds. */
  readonly summary: LocalizedText;
  /** Most public money (정부·지자체 지원연구개발비) a project may get in one year, in won. */
  readonly maxGrantPerYear: number;
  /** Most years a project may run. */
  readonly maxYears: number;
  /** Most public money a project may get over all its years, in won. */
  readonly maxGrantTotal: number;
  /** The tier an applicant (the lead) must have. */
  readonly applicantTier: Exclude<Tier, 'none'>;
  /**
   * What the caps limit: `'public'` = national plus local government money (정부·지자체
   * 지원연구개발비). Not stated by the sources; derived from the 2025 selection figures.
   */
  readonly grantCovers: 'public';
  /** Who may lead and join. */
  readonly consortium: ConsortiumRules;
  /** Evidence for each field, by field name. */
  readonly provenance: Readonly<
    Record<'maxGrantPerYear' | 'maxYears' | 'maxGrantTotal' | 'applicantTier' | 'grantCovers', Evidence>
  >;
}

/**
 * How much of its R&D cost an institution of one kind may receive as public money, and how much
 * of its own share it must pay in cash.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * const sme = getEdition('2026').costSharing.sme;
 * sme.maxPublicPercent; // 75
 * sme.minCashPercentOfOwnShare; // 10
 * ```
 */
export interface CostShareRule {
  /** Public money (정부·지자체 지원연구개발비) ÷ the institution's total R&D cost, at most, in percent. */
  readonly maxPublicPercent: number;
  /** Cash ÷ the institution's own share (기관부담연구개발비), at least, in percent; `null` = no cash share required. */
  readonly minCashPercentOfOwnShare: number | null;
  /** Evidence for the row. */
  readonly provenance: Evidence;
}

/**
 * Limits on budget items that the call states (2026 call, [붙임3] p.18); `null` where not known.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2026').budgetItemRules?.indirectCostMaxPercentOfDirect; // 10
 * getEdition('2026').budgetItemRules?.externalTechnologyMaxPercentOfDirect; // 40
 * ```
 */
export interface BudgetItemRules {
  /** 간접비 of a for-profit ≤ this percent of 직접비 (excluding 현물, 위탁, 국제공동, 연구개발부담비). */
  readonly indirectCostMaxPercentOfDirect: number;
  /** 연구수당 ≤ this percent of 수정인건비 (현금·현물 인건비, 학생인건비 and unpaid 인건비 included). */
  readonly researchAllowanceMaxPercentOfAdjustedPersonnel: number;
  /**
   * 위탁연구개발비 ≤ this percent of 직접비 (현물 included) less 위탁연구개발비, 국제공동연구개발비 and
   * 연구개발부담비.
   */
  readonly subcontractMaxPercent: number;
  /** 외부기술활용 (use of outside technology) ≤ this percent of 직접비 (현물 included). */
  readonly externalTechnologyMaxPercentOfDirect: number;
  /** Evidence for the four limits. */
  readonly provenance: Evidence;
}

/**
 * Who may apply, as far as the sources say. Thresholds that are not public are `null`: the
 * library then answers `unknown` or takes them from the caller.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2026').eligibility.rndIntensityAlternative?.minPercent; // 5
 * getEdition('2025').eligibility.rndIntensityAlternative; // null
 * ```
 */
export interface EligibilityRules {
  /** Applicants are SMEs (중소기업). */
  readonly applicantKind: 'sme';
  /** Applicants are located in one of the 14 non-capital 시·도. */
  readonly nonCapitalRegion: true;
  /** Applicants are in a 주력산업 (주축산업) of their region. */
  readonly keyIndustry: true;
  /** Evidence for the three rules above. */
  readonly provenance: Evidence;
  /** The sales rule (매출액, 매출증가율): thresholds are not public. */
  readonly salesRule: {
    /** Minimum 3-year average sales in won, or `null` when not public. */
    readonly minSales: number | null;
    /** Minimum sales growth as a ratio (`0.1` = 10%), or `null` when not public. */
    readonly minSalesGrowth: number | null;
    /** Evidence for the rule (and for its thresholds being unknown). */
    readonly provenance: Evidence;
  };
  /** R&D intensity (R&D ÷ sales) ≥ `minPercent` instead of the sales rule (2026), or `null`. */
  readonly rndIntensityAlternative: {
    /** R&D spending ÷ sales, at least, in percent. */
    readonly minPercent: number;
    /** Evidence for the alternative. */
    readonly provenance: Evidence;
  } | null;
  /**
   * Evidence that the 주축산업 decide eligibility in this edition. 2025: the press release. 2026:
   * `reported` — the call regrouped its support items into fields, and whether the 41 주축산업 still
   * decide who may apply is not confirmed.
   */
  readonly keyIndustryProvenance: Evidence;
  /**
   * Requirements the call has whose content our sources do not state (상시근로자, 기업부설연구소, the
   * location test, exclusions). Each becomes an `unknown` finding of `assessEligibility` until the
   * caller attests it, or, for one with a number, gives the fact and the threshold.
   */
  readonly requirements: readonly EligibilityRequirement[];
  /**
   * What else our sources do not give about who may apply — the sales thresholds, how K-TOP weighs —
   * in words, for the rule tables (the unstated requirements are in `requirements`).
   */
  readonly unknown: readonly LocalizedText[];
}

/**
 * A requirement of a call that our sources do not state: its rule id, its name, how a number
 * decides it (if it has one), and the evidence that it is a requirement at all (never `confirmed`).
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2026').eligibility.requirements.map((r) => r.id)[0]; // 'eligibility.employees'
 * ```
 */
export interface EligibilityRequirement {
  /** The finding's rule id, e.g. `'eligibility.research-institute'`; also its key in `attest`. */
  readonly id: string;
  /** What is required, in words: `{ ko: '기업부설연구소 보유', en: 'a corporate R&D institute (기업부설연구소)' }`. */
  readonly name: LocalizedText;
  /**
   * For a requirement with a number: the company's fact and the caller's threshold (in
   * `overrides`) that decide it together, the fact at least the threshold. `null` for the others.
   */
  readonly threshold: {
    /** The company's fact: `employees` (상시근로자). */
    readonly fact: 'employees';
    /** The threshold's key in `overrides`: `minEmployees`. */
    readonly override: 'minEmployees';
  } | null;
  /** Why the library holds it to be a requirement, and that its content is not known. */
  readonly provenance: Evidence;
}

/**
 * The call's money and counts.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2026').call.plannedProjects; // 306
 * ```
 */
export interface CallFacts {
  /** The notice's number, or `null` when not found. */
  readonly notice: string | null;
  /** The notice's title, or `null` when not found. */
  readonly title: string | null;
  /** The day the call was published, `YYYY-MM-DD` (never a planned date). */
  readonly announced: string;
  /** National money for new projects in the call's first year, in won. */
  readonly nationalBudget: number;
  /** Local government money for new projects, in won, or `null` when not stated. */
  readonly localBudget: number | null;
  /** Total stated for new projects, in won, or `null` when not stated. */
  readonly totalBudget: number | null;
  /** New projects planned. */
  readonly plannedProjects: number;
  /** New projects planned per track, or `null` when not stated. */
  readonly plannedProjectsByTrack: Readonly<Record<TrackId, number>> | null;
  /** Support items (품목) in the call. */
  readonly supportItems: number;
  /** The fields the items are grouped in, or `null` when not stated. */
  readonly fields: readonly string[] | null;
  /** Evidence for each field, by field name. */
  readonly provenance: Readonly<
    Record<
      | 'notice'
      | 'title'
      | 'announced'
      | 'budget'
      | 'plannedProjects'
      | 'plannedProjectsByTrack'
      | 'supportItems'
      | 'fields',
      Evidence
    >
  >;
}

/**
 * How a call turned out, where reported.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2025').outcome?.selected; // 115
 * ```
 */
export interface CallOutcome {
  /** Applications received. */
  readonly applications: number;
  /** Projects that passed the panel interview (대면평가). */
  readonly passedPanel: number;
  /** Projects selected. */
  readonly selected: number;
  /** Projects selected per track. */
  readonly selectedByTrack: Readonly<Record<TrackId, number>>;
  /** Public money for the selected projects over two years, in won. */
  readonly fundingTwoYears: number;
  /** That money per track, national and local, in won. */
  readonly fundingByTrack: Readonly<
    Record<
      TrackId,
      {
        /** National money (국비), in won. */
        readonly national: number;
        /** Local government money (지방비), in won. */
        readonly local: number;
      }
    >
  >;
  /** Evidence for the counts and the money. */
  readonly provenance: Readonly<Record<'counts' | 'funding', Evidence>>;
}

/**
 * One yearly call of the program with every rule it states.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * const edition = getEdition('2026');
 * edition.tracks.capability.maxGrantPerYear; // 200000000
 * edition.changes.map((change) => change.ruleId); // ['consortium.2026.min-smes', …]
 * ```
 */
export interface Edition {
  /** The edition's id: the year of the call. */
  readonly id: EditionId;
  /** The calendar year of the call. */
  readonly year: number;
  /** When applications are taken. */
  readonly applicationWindow: ApplicationWindow;
  /** The tier thresholds within each industry, in percent of the cohort (30 and 50). */
  readonly tiers: {
    /** (예비)선도기업: top share at most this percent. */
    readonly leadingPercent: number;
    /** 잠재기업: top share at most this percent. */
    readonly potentialPercent: number;
    /** Evidence for the thresholds. */
    readonly provenance: Evidence;
    /** Evidence for how the library applies them (rank ÷ size, ties, small cohorts): `derived`. */
    readonly convention: Evidence;
  };
  /** The two tracks. */
  readonly tracks: Readonly<Record<TrackId, TrackRules>>;
  /**
   * Cost sharing by institution kind. The `large` row is [별표 1]'s "중소기업·중견기업이 아닌 기업":
   * every company that is neither an SME nor midsize, which is wider than 대기업.
   */
  readonly costSharing: Readonly<Record<InstitutionKind, CostShareRule>>;
  /** Limits on budget items, or `null` when the call's are not known. */
  readonly budgetItemRules: BudgetItemRules | null;
  /** Who may apply. */
  readonly eligibility: EligibilityRules;
  /** Money and counts. */
  readonly call: CallFacts;
  /** How the call turned out, or `null` when not reported. */
  readonly outcome: CallOutcome | null;
  /** What changed from the previous edition, each with the rule it touches. */
  readonly changes: readonly {
    /** The rule id the change touches. */
    readonly ruleId: string;
    /** The change in words. */
    readonly description: LocalizedText;
    /** Evidence for it. */
    readonly provenance: Evidence;
  }[];
}

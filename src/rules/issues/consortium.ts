/**
 * Codes of consortia: the lead, the composition, duplicates, business registration numbers.
 *
 * @module
 */
// Params are object types, not interfaces: like the inline types they were, they stay assignable to
// Record<string, unknown>, which an app that reads params generically relies on.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import { INSTITUTION_KIND_LABELS, TIER_LABELS, TRACK_LABELS, labelOf } from '../labels';
import { defineIssue } from './define';

const kindKo = (kind: string): string => labelOf(INSTITUTION_KIND_LABELS, kind, 'ko');
const kindEn = (kind: string): string => labelOf(INSTITUTION_KIND_LABELS, kind, 'en');
const kindsKo = (kinds: readonly string[]): string => kinds.map(kindKo).join('·');
/** `an SME`, `a university`: an English kind with its article. */
const withArticle = (name: string): string => `${/^(?:[aeiou]|SME)/iu.test(name) ? 'an' : 'a'} ${name}`;
const kindsEn = (kinds: readonly string[], joiner: string): string =>
  kinds.map((kind) => withArticle(kindEn(kind))).join(joiner);
const tierKo = (tier: string): string => labelOf(TIER_LABELS, tier, 'ko');
/** `a leading company ((예비)선도기업)`, or `in neither company group (기업군)`. */
const tierEn = (tier: string): string =>
  tier === 'none'
    ? 'in neither company group (기업군)'
    : `${withArticle(labelOf(TIER_LABELS, tier, 'en'))} (${tierKo(tier)})`;

// The lead's region is reported only when it is in the capital region (수도권): the three 시·도 by
// code, with their Korean and English names (the regions module's data; a test holds them equal).
const CAPITAL: Readonly<Record<string, readonly [ko: string, en: string]>> = {
  '11': ['서울특별시', 'Seoul'],
  '28': ['인천광역시', 'Incheon'],
  '41': ['경기도', 'Gyeonggi'],
};
const capitalOf = (code: string): readonly [string, string] | undefined =>
  Object.hasOwn(CAPITAL, code) ? CAPITAL[code] : undefined;

/** The lead is not of a kind that may lead this track. */
export type ConsortiumLeadKindParams = {
  /** The kinds that may lead. */
  readonly expected: readonly string[];
  /** The lead's kind. */
  readonly actual: string;
};

/** 주관연구개발기관의 기관 유형이 내역의 요건과 다릅니다. */
export const CONSORTIUM_LEAD_KIND = /* @__PURE__ */ defineIssue('CONSORTIUM_LEAD_KIND', {
  ko: (p: ConsortiumLeadKindParams) =>
    `주관연구개발기관이 ${kindKo(p.actual)}입니다. 이 내역은 ${kindsKo(p.expected)}만 주관할 수 있습니다.`,
  en: (p) =>
    `The lead (주관연구개발기관) is ${withArticle(kindEn(p.actual))}; only ${kindsEn(p.expected, ' or ')} may lead this track.`,
});

/** The lead's tier is not the one the track requires, or not given. */
export type ConsortiumLeadTierParams = {
  /** The tier required. */
  readonly expected: string;
  /** The lead's tier, or null when not given. */
  readonly actual: string | null;
};

/** 주관연구개발기관의 기업군이 내역의 요건과 다릅니다. */
export const CONSORTIUM_LEAD_TIER = /* @__PURE__ */ defineIssue('CONSORTIUM_LEAD_TIER', {
  ko: (p: ConsortiumLeadTierParams) =>
    `${p.actual === null ? '주관연구개발기관의 기업군이 입력되지 않았습니다' : `주관연구개발기관의 기업군이 ${tierKo(p.actual)}입니다`}. 이 내역은 ${tierKo(p.expected)}만 주관할 수 있습니다.`,
  en: (p) =>
    `${p.actual === null ? "The lead's company group (기업군) is not given" : `The lead is ${tierEn(p.actual)}`}; this track is led by ${tierEn(p.expected)}.`,
});

/** The lead is not in a non-capital region, or its region is not given. */
export type ConsortiumLeadRegionParams = {
  /** The lead's region code, or null when not given. */
  readonly actual: string | null;
};

/** 주관연구개발기관이 비수도권에 있지 않습니다. */
export const CONSORTIUM_LEAD_REGION = /* @__PURE__ */ defineIssue('CONSORTIUM_LEAD_REGION', {
  ko: (p: ConsortiumLeadRegionParams) => {
    const capital = p.actual === null ? undefined : capitalOf(p.actual);
    const where =
      p.actual === null
        ? '주관연구개발기관의 소재지가 입력되지 않았습니다'
        : `주관연구개발기관의 소재지가 ${capital === undefined ? '비수도권이 아닙니다' : `수도권(${capital[0]})입니다`}`;
    return `${where}. 비수도권 14개 시·도에 있어야 합니다.`;
  },
  en: (p) => {
    const capital = p.actual === null ? undefined : capitalOf(p.actual);
    const where =
      p.actual === null
        ? "The lead's region is not given"
        : `The lead is located ${capital === undefined ? 'outside the non-capital regions' : `in ${capital[1]} (${capital[0]}), in the capital region`}`;
    return `${where}; it must be in one of the 14 non-capital regions.`;
  },
});

/** A composition requirement of the consortium is not met. */
export type ConsortiumRequirementUnmetParams = {
  /** The requirement's rule id. */
  readonly requirement: string;
  /** The kinds that count. */
  readonly kinds: readonly string[];
  /** How many are needed. */
  readonly limit: number;
  /** How many there are. */
  readonly actual: number;
};

/** 컨소시엄 구성 요건(예: 중소기업 2곳 이상, 대학 1곳 이상)을 채우지 못했습니다. */
export const CONSORTIUM_REQUIREMENT_UNMET = /* @__PURE__ */ defineIssue('CONSORTIUM_REQUIREMENT_UNMET', {
  ko: (p: ConsortiumRequirementUnmetParams) =>
    `컨소시엄 구성 요건을 채우지 못했습니다: ${kindsKo(p.kinds)} ${String(p.limit)}곳 이상이 참여해야 하는데 ${String(p.actual)}곳입니다.`,
  en: (p) =>
    `Consortium requirement not met: participants that are ${kindsEn(p.kinds, ' or ')}: ${String(p.actual)}, at least ${String(p.limit)} needed.`,
});

/** A member is of a kind that may not join this track. */
export type ConsortiumMemberKindNotAllowedParams = {
  /** The kinds that may join. */
  readonly allowed: readonly string[];
  /** The member's kind. */
  readonly actual: string;
};

/** 이 내역에 참여할 수 없는 기관 유형의 참여기관이 있습니다. */
export const CONSORTIUM_MEMBER_KIND_NOT_ALLOWED = /* @__PURE__ */ defineIssue(
  'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED',
  {
    ko: (p: ConsortiumMemberKindNotAllowedParams) =>
      `이 내역에 참여할 수 없는 기관 유형입니다: ${kindKo(p.actual)}. 참여할 수 있는 기관: ${p.allowed.map(kindKo).join(', ')}.`,
    en: (p) =>
      `${withArticle(kindEn(p.actual)).replace(/^a/u, 'A')} may not join this track; members may be ${kindsEn(p.allowed, ' or ')}.`,
  },
);

/** The sources do not say which kinds may join this track; members' kinds were not checked. */
export type ConsortiumMemberKindsUnknownParams = {
  /** The track. */
  readonly track: string;
  /** The edition. */
  readonly edition: string;
};

/** 이 공고·내역에 참여할 수 있는 기관 유형이 확인되지 않아 참여기관의 유형을 판정하지 않았습니다(경고). */
export const CONSORTIUM_MEMBER_KINDS_UNKNOWN = /* @__PURE__ */ defineIssue(
  'CONSORTIUM_MEMBER_KINDS_UNKNOWN',
  {
    ko: (p: ConsortiumMemberKindsUnknownParams) =>
      `${p.edition}년 공고 ${labelOf(TRACK_LABELS, p.track, 'ko')}에 참여할 수 있는 기관 유형이 확인되지 않아, 참여기관의 유형은 확인하지 않았습니다.`,
    en: (p) =>
      `The sources of the ${p.edition} call do not say who may join this track (${labelOf(TRACK_LABELS, p.track, 'en')}); members' kinds were not checked.`,
  },
);

/** Two participants of a consortium have the same id. */
export type ConsortiumDuplicateIdParams = {
  /** The repeated id. */
  readonly id: string;
};

/** 컨소시엄 안에 같은 참여기관 식별자가 두 번 나옵니다. */
export const CONSORTIUM_DUPLICATE_ID = /* @__PURE__ */ defineIssue('CONSORTIUM_DUPLICATE_ID', {
  ko: (p: ConsortiumDuplicateIdParams) => `같은 참여기관 식별자가 두 번 있습니다: ${p.id}.`,
  en: (p) => `Participant id ${p.id} appears twice.`,
});

/** Two participants of a consortium have the same business registration number. */
export type ConsortiumDuplicateBusinessNumberParams = {
  /** The repeated number, as ten digits. */
  readonly businessNumber: string;
};

/** 컨소시엄 안에 같은 사업자등록번호가 두 번 나옵니다. */
export const CONSORTIUM_DUPLICATE_BUSINESS_NUMBER = /* @__PURE__ */ defineIssue(
  'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER',
  {
    ko: (p: ConsortiumDuplicateBusinessNumberParams) =>
      `같은 사업자등록번호가 두 번 있습니다: ${p.businessNumber}.`,
    en: (p) => `Business registration number ${p.businessNumber} appears twice.`,
  },
);

/** A business registration number is not ten digits or fails the national checksum. */
export type BusinessNumberInvalidParams = {
  /** The value given, echoed. */
  readonly input: string;
  /** Why it was refused. */
  readonly reason: 'format' | 'checksum';
};

/** 사업자등록번호가 10자리가 아니거나 검증번호가 맞지 않습니다. */
export const BUSINESS_NUMBER_INVALID = /* @__PURE__ */ defineIssue('BUSINESS_NUMBER_INVALID', {
  ko: (p: BusinessNumberInvalidParams) =>
    `사업자등록번호가 올바르지 않습니다: ${p.input} (${p.reason === 'format' ? '10자리 숫자가 아닙니다' : '검증번호가 맞지 않습니다'}).`,
  en: (p) =>
    `Business registration number ${p.input} is invalid (${p.reason === 'format' ? 'not ten digits' : 'checksum mismatch'}).`,
});

// The sentences of eligibility findings, in Korean and English: one entry per finding key, with
// both sentences. (Issue and error messages live in the registry of codes, rules/issues; these
// explain verdicts.) Kinds, tiers and regions are printed by their names, never their ids, and
// every particle after a name is chosen for that name (es-hangul's josa).
import { josa } from 'es-hangul';
import { INSTITUTION_KIND_LABELS, TIER_LABELS, labelOf } from '../rules/labels';
import type { Locale } from '../rules/types';

type Params = Readonly<Record<string, unknown>>;
type Sentence = (p: Params) => string;

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));

// Tiers (기업군) and kinds by their program names, not their ids.
const tierKo = (tier: unknown): string => labelOf(TIER_LABELS, text(tier), 'ko');
const tierEn = (tier: unknown): string =>
  tier === 'none' ? 'in neither group' : `a ${labelOf(TIER_LABELS, text(tier), 'en')} (${tierKo(tier)})`;
const kindKo = (kind: unknown): string => labelOf(INSTITUTION_KIND_LABELS, text(kind), 'ko');
const kindEn = (kind: unknown): string => {
  const name = labelOf(INSTITUTION_KIND_LABELS, text(kind), 'en');
  return `${/^(?:[aeiou]|SME)/iu.test(name) ? 'an' : 'a'} ${name}${kind === 'sme' ? '' : ` (${kindKo(kind)})`}`;
};

interface Named {
  readonly ko: string;
  readonly en: string;
}
const named = (value: unknown): Named => value as Named;
const suggestionsOf = (p: Params): readonly Named[] => p['suggestions'] as readonly Named[];
/**
 * A name with the particle its reading takes (`실버케어테크는`, `소재부품가공은`). A closing bracket at
 * the end is read past, and Latin letters at the end are read as letters: `도심항공교통(UAM)은`, as
 * UAM ends in 엠 (es-hangul reads a Latin word only when it stands alone).
 */
function withParticle(word: string, particle: '은/는' | '이/가' | '으로/로'): string {
  const core = word.replace(/[)\]\s]+$/u, '');
  const reading = /[A-Za-z0-9]+$/u.exec(core)?.[0] ?? core;
  return `${word}${josa(reading, particle).slice(reading.length)}`;
}
/** The matched industry's Korean name with the particle its reading takes. */
const industryKo = (p: Params, particle: '은/는' | '이/가'): string =>
  withParticle(named(p['matched']).ko, particle);
/** The matched industry in English, its Korean name beside it. */
const industryEn = (p: Params): string => `${named(p['matched']).en} (${named(p['matched']).ko})`;

/** The K-TOP results given, as phrases; empty when none was given. */
function ktopParts(p: Params, score: (value: string) => string, grade: (value: string) => string): string[] {
  const parts: string[] = [];
  if (p['innovationScore'] !== null) parts.push(score(text(p['innovationScore'])));
  if (p['originalityGrade'] !== null) parts.push(grade(text(p['originalityGrade'])));
  return parts;
}

/**
 * Why the sales rule is undecided, from the finding's params: the company's figures fall short of
 * thresholds the caller gave but R&D intensity could still replace the rule; or the thresholds are
 * not known; or the company's own figures are missing. Each says what would decide it.
 */
function salesUndecided(p: Params): 'short' | 'thresholds' | 'figures' {
  if (p['bySales'] === 'fail') return 'short';
  return p['minSales'] === null || p['minSalesGrowth'] === null ? 'thresholds' : 'figures';
}
const intensityHint = (p: Params): boolean => p['minPercent'] !== null && p['rndIntensityPercent'] === null;
const intensityShort = (p: Params): boolean => p['byRndIntensity'] === 'fail';
const warned = (p: Params, field: string): boolean => (p['warnings'] as readonly string[]).includes(field);

/** The sentences that warn about ratios above 1 (a percent written where a ratio was meant?). */
function ratioWarnings(p: Params, locale: Locale): string {
  const parts: string[] = [];
  if (warned(p, 'rndIntensity')) {
    parts.push(
      locale === 'ko'
        ? ` R&D 집약도를 ${text(p['rndIntensityPercent'])}%로 읽었습니다. 5%라면 0.05로 입력하세요.`
        : ` The R&D intensity was read as ${text(p['rndIntensityPercent'])}%; for 5%, give 0.05.`,
    );
  }
  if (warned(p, 'salesGrowth')) {
    parts.push(
      locale === 'ko'
        ? ` 매출증가율을 ${text(p['salesGrowthPercent'])}%로 읽었습니다. 5%라면 0.05로 입력하세요.`
        : ` Sales growth was read as ${text(p['salesGrowthPercent'])}%; for 5%, give 0.05.`,
    );
  }
  return parts.join('');
}

/** The hint that R&D intensity can decide the sales rule, or falls short of replacing it. */
function intensityText(p: Params, locale: Locale): string {
  if (intensityHint(p)) {
    return locale === 'ko'
      ? ` 이 공고는 R&D 집약도 ${text(p['minPercent'])}% 이상이면 매출 요건을 대신하므로, R&D 집약도(또는 연구개발비와 매출액)를 입력해도 판단할 수 있습니다.`
      : ` In this call an R&D intensity of at least ${text(p['minPercent'])}% replaces the sales rule, so giving it (or R&D spending with sales) can also decide.`;
  }
  if (intensityShort(p)) {
    return locale === 'ko'
      ? ` R&D 집약도 ${text(p['rndIntensityPercent'])}%는 매출 요건을 대신하는 기준 ${text(p['minPercent'])}%에 못 미칩니다.`
      : ` Its R&D intensity of ${text(p['rndIntensityPercent'])}% is below the ${text(p['minPercent'])}% that would replace the sales rule.`;
  }
  return '';
}

const KEY_INDUSTRY_UNCONFIRMED = {
  ko: ' 다만 2026년 공고는 지원 품목을 분야별로 재편해, 주축산업이 여전히 신청 자격을 정하는지는 확인되지 않았습니다.',
  en: ' The 2026 call regrouped its support items, though: whether the key industries still decide who may apply is not confirmed.',
} as const;
const unconfirmed = (p: Params, locale: Locale): string =>
  p['confirmed'] === true ? '' : KEY_INDUSTRY_UNCONFIRMED[locale];

/**
 * The sentences of every finding key, Korean and English side by side: a key without both is a
 * type error.
 */
const FINDINGS = {
  'sme.pass': {
    ko: () => '중소기업입니다.',
    en: () => 'It is an SME.',
  },
  'sme.fail': {
    ko: (p) => `중소기업이 아닙니다(${kindKo(p['kind'])}).`,
    en: (p) => `It is not an SME: it is ${kindEn(p['kind'])}.`,
  },
  'region.pass': {
    ko: (p) => `비수도권 ${text(p['regionName'])}에 소재합니다.`,
    en: (p) => `It is located in ${text(p['regionNameEn'])}, a non-capital region.`,
  },
  'region.fail': {
    ko: (p) =>
      `수도권(${text(p['regionName'])})에 소재합니다. 비수도권 14개 시·도 기업만 신청할 수 있습니다.`,
    en: (p) =>
      `It is located in ${text(p['regionNameEn'])}, in the capital region; only companies in the 14 non-capital regions may apply.`,
  },
  'industry.pass': {
    ko: (p) => `${industryKo(p, '은/는')} ${text(p['regionName'])}의 주축산업입니다.${unconfirmed(p, 'ko')}`,
    en: (p) =>
      `${industryEn(p)} is a key industry (주축산업) of ${text(p['regionNameEn'])}.${unconfirmed(p, 'en')}`,
  },
  'industry.fail': {
    ko: (p) => {
      switch (p['reason']) {
        case 'capital-region':
          return `수도권(${text(p['regionName'])})에는 이 사업의 주축산업이 없습니다.`;
        case 'future-industry':
          return `${industryKo(p, '은/는')} ${text(p['regionName'])}의 미래신산업으로, 주축산업이 아닙니다.`;
        default:
          return `${industryKo(p, '은/는')} ${text(p['regionName'])}의 주축산업이 아닙니다(${text(p['regionName'])}의 주축산업 목록은 완전합니다).${unconfirmed(p, 'ko')}`;
      }
    },
    en: (p) => {
      switch (p['reason']) {
        case 'capital-region':
          return `${text(p['regionNameEn'])} is in the capital region, which has no key industries (주축산업) in this program.`;
        case 'future-industry':
          return `${industryEn(p)} is a future industry (미래신산업) of ${text(p['regionNameEn'])}, not a key industry (주축산업).`;
        default:
          return `${industryEn(p)} is not a key industry (주축산업) of ${text(p['regionNameEn'])}, whose list is complete.${unconfirmed(p, 'en')}`;
      }
    },
  },
  'industry.unknown': {
    ko: (p) => {
      switch (p['reason']) {
        case 'blank':
          return '산업이 입력되지 않아 주축산업인지 판단할 수 없습니다.';
        case 'unrecognised': {
          const near = suggestionsOf(p).map((s) => s.ko);
          return `입력한 산업 이름을 목록에서 찾지 못했습니다: "${text(p['industry'])}".${near.length > 0 ? ` 비슷한 이름: ${near.join(', ')}.` : ''} 산업 이름을 확인해 주세요.${p['listComplete'] === true ? '' : ` ${text(p['regionName'])}의 주축산업 목록은 완전하지 않으니, 출처에 없는 주축산업이라면 카탈로그에 추가하세요.`}`;
        }
        default:
          return `${text(p['regionName'])}의 주축산업 목록이 완전하지 않아, ${industryKo(p, '이/가')} 주축산업인지 알 수 없습니다.`;
      }
    },
    en: (p) => {
      switch (p['reason']) {
        case 'blank':
          return 'No industry was given, so whether it is a key industry (주축산업) cannot be told.';
        case 'unrecognised': {
          const near = suggestionsOf(p).map((s) => `${s.en} (${s.ko})`);
          return `The industry "${text(p['industry'])}" is not in the catalogue.${near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : ''} Check the name.${p['listComplete'] === true ? '' : ` The list of key industries (주축산업) of ${text(p['regionNameEn'])} is not complete: if it is a key industry the sources do not name, add it to the catalogue.`}`;
        }
        default:
          return `The list of key industries (주축산업) of ${text(p['regionNameEn'])} is not complete, so whether ${industryEn(p)} is one cannot be told.`;
      }
    },
  },
  'tier.pass': {
    ko: (p) => `기업군이 ${withParticle(tierKo(p['tier']), '으로/로')}, 이 내역의 신청 대상입니다.`,
    en: (p) => `It is ${tierEn(p['tier'])}, the company group (기업군) this track takes.`,
  },
  'tier.fail': {
    ko: (p) =>
      `기업군이 ${tierKo(p['tier'])}입니다. 이 내역은 ${withParticle(tierKo(p['expected']), '이/가')} 신청합니다.`,
    en: (p) => `It is ${tierEn(p['tier'])}; this track takes ${tierEn(p['expected'])}.`,
  },
  'tier.unknown': {
    ko: (p) =>
      `기업군이 입력되지 않았습니다. 이 내역은 ${withParticle(tierKo(p['expected']), '이/가')} 신청합니다.`,
    en: (p) => `No company group (기업군) was given; this track takes ${tierEn(p['expected'])}.`,
  },
  'sales.pass': {
    ko: (p) =>
      (p['via'] === 'rnd-intensity'
        ? `R&D 집약도 ${text(p['rndIntensityPercent'])}%가 기준 ${text(p['minPercent'])}% 이상이므로 매출 요건을 대신합니다.`
        : '매출액·매출증가율이 입력된 기준을 충족합니다.') + ratioWarnings(p, 'ko'),
    en: (p) =>
      (p['via'] === 'rnd-intensity'
        ? `Its R&D intensity of ${text(p['rndIntensityPercent'])}% is at least ${text(p['minPercent'])}%, which replaces the sales rule.`
        : 'Its sales and sales growth meet the thresholds given.') + ratioWarnings(p, 'en'),
  },
  'sales.fail': {
    ko: (p) => `매출 요건을 충족하지 않습니다.${ratioWarnings(p, 'ko')}`,
    en: (p) => `It does not meet the sales rule.${ratioWarnings(p, 'en')}`,
  },
  'sales.unknown': {
    ko: (p) => {
      const rest = `${intensityText(p, 'ko')}${ratioWarnings(p, 'ko')}`;
      switch (salesUndecided(p)) {
        case 'short':
          return `입력된 기준으로는 매출 요건에 못 미칩니다.${rest}`;
        case 'thresholds':
          return `매출액·매출증가율 기준값이 확인되지 않았습니다. 공고문의 기준값을 입력하세요.${rest}`;
        default:
          return `기업의 매출액·매출증가율이 입력되지 않았습니다.${rest}`;
      }
    },
    en: (p) => {
      const rest = `${intensityText(p, 'en')}${ratioWarnings(p, 'en')}`;
      switch (salesUndecided(p)) {
        case 'short':
          return `Its sales fall short of the thresholds given.${rest}`;
        case 'thresholds':
          return `The sales and growth thresholds are not in our sources; give the call's values as overrides.${rest}`;
        default:
          return `The company's sales and sales growth were not given.${rest}`;
      }
    },
  },
  'requirement.unknown': {
    ko: (p) =>
      p['employees'] !== undefined && p['employees'] !== null
        ? `${text(p['name'])} 요건은 확인되지 않았습니다. 상시근로자 ${text(p['employees'])}명이 입력되었으니, 공고문의 최소 인원을 기준값으로 입력하거나 공고문에서 확인한 결과를 표시하세요.`
        : `${text(p['name'])} 요건은 확인되지 않았습니다. 공고문에서 확인하세요.`,
    en: (p) =>
      p['employees'] !== undefined && p['employees'] !== null
        ? `The call's rule on ${text(p['nameEn'])} is not in our sources. ${text(p['employees'])} employees were given: give the call's minimum as a threshold, or attest what the notice says.`
        : `The call's rule on ${text(p['nameEn'])} is not in our sources: check it in the call's notice, and attest it.`,
  },
  'requirement.pass': {
    ko: (p) =>
      p['decidedBy'] === 'attestation'
        ? `${text(p['name'])}: 공고문에서 확인해 충족한 것으로 표시되었습니다.`
        : `상시근로자 ${text(p['employees'])}명으로, 입력된 기준 ${text(p['minEmployees'])}명 이상입니다.`,
    en: (p) =>
      p['decidedBy'] === 'attestation'
        ? `The call's rule on ${text(p['nameEn'])} was checked in the notice and attested as met.`
        : `It has ${text(p['employees'])} regular employees, at least the ${text(p['minEmployees'])} given.`,
  },
  'requirement.fail': {
    ko: (p) =>
      p['decidedBy'] === 'attestation'
        ? `${text(p['name'])}: 공고문에서 확인해 충족하지 않는 것으로 표시되었습니다.`
        : `상시근로자 ${text(p['employees'])}명으로, 입력된 기준 ${text(p['minEmployees'])}명에 못 미칩니다.`,
    en: (p) =>
      p['decidedBy'] === 'attestation'
        ? `The call's rule on ${text(p['nameEn'])} was checked in the notice and attested as not met.`
        : `It has ${text(p['employees'])} regular employees, fewer than the ${text(p['minEmployees'])} given.`,
  },
  'ktop.information': {
    ko: (p) => {
      const parts = ktopParts(
        p,
        (score) => `혁신역량 ${score}점`,
        (grade) => `원천성 ${grade}등급`,
      );
      const letter =
        p['gradeFrom'] === 'letter'
          ? ' 원천성 등급을 문자(기술보증기금 KTRS 방식)로 읽었지만, K-TOP의 등급 표기는 확인되지 않았습니다.'
          : '';
      return parts.length === 0
        ? 'K-TOP 결과가 입력되지 않았습니다. 입력해도 기록만 합니다. 평가 반영 방식은 확인되지 않았습니다.'
        : `K-TOP 결과(${parts.join(', ')})는 기록만 합니다. 평가 반영 방식은 확인되지 않았습니다.${letter}`;
    },
    en: (p) => {
      const parts = ktopParts(
        p,
        (score) => `innovation ${score} points`,
        (grade) => `originality grade ${grade}`,
      );
      const letter =
        p['gradeFrom'] === 'letter'
          ? " The originality grade was read from a letter (KIBO's KTRS convention); K-TOP's own labels are not confirmed."
          : '';
      return parts.length === 0
        ? 'No K-TOP results were given; they would be recorded only, as how they weigh is not in our sources.'
        : `K-TOP results (${parts.join(', ')}) are recorded only; how they weigh is not in our sources.${letter}`;
    },
  },
} satisfies Readonly<Record<string, Readonly<Record<Locale, Sentence>>>>;

/** The keys of the finding sentences: a rule's key and its status, e.g. `'region.fail'`. */
export type FindingKey = keyof typeof FINDINGS;

/** The sentence of a finding key (e.g. `'region.fail'`) in a locale. */
export function findingMessage(key: FindingKey, params: Params, locale: Locale): string {
  const sentence: Sentence = FINDINGS[key][locale === 'en' ? 'en' : 'ko'];
  return sentence(params);
}

/** The headline of an outcome. */
export function outcomeMessage(outcome: 'eligible' | 'ineligible' | 'undetermined', locale: Locale): string {
  const ko = {
    eligible: '신청 자격이 있습니다.',
    ineligible: '신청 자격이 없습니다.',
    undetermined: '신청 자격을 판단할 수 없습니다: 확인되지 않은 요건이 있습니다.',
  };
  const en = {
    eligible: 'Eligible.',
    ineligible: 'Not eligible.',
    undetermined: 'Cannot be determined: some requirements are not decided.',
  };
  return (locale === 'en' ? en : ko)[outcome];
}

/** The heading of the list of what is still to check. */
export const STILL_TO_CHECK: Readonly<Record<Locale, string>> = {
  ko: '확인할 사항:',
  en: 'Still to check:',
};

const NEED_LABELS: Readonly<Record<string, Named>> = {
  industry: { ko: '산업 이름', en: 'the industry' },
  catalogue: {
    ko: '지역의 주축산업 목록(보완한 카탈로그)',
    en: "the region's key-industry list (a catalogue that completes it)",
  },
  tier: { ko: '기업군((예비)선도기업 또는 잠재기업)', en: 'the tier (leading or potential)' },
  sales: { ko: '매출액(3년 평균)', en: 'sales (3-year average)' },
  salesGrowth: { ko: '매출증가율', en: 'sales growth' },
  rndIntensity: {
    ko: 'R&D 집약도(또는 연구개발비와 매출액)',
    en: 'R&D intensity (or R&D spending with sales)',
  },
  employees: { ko: '상시근로자 수', en: 'the number of regular employees' },
  'overrides.minSales': { ko: '공고문의 매출액 기준값', en: "the call's sales threshold" },
  'overrides.minSalesGrowth': { ko: '공고문의 매출증가율 기준값', en: "the call's sales-growth threshold" },
  'overrides.minEmployees': { ko: '공고문의 최소 인원', en: "the call's minimum" },
};

const TOPICS: Readonly<Record<string, Named>> = {
  'eligibility.key-industry': { ko: '주축산업', en: 'Key industry' },
  'eligibility.tier': { ko: '기업군', en: 'Tier' },
  'eligibility.sales': { ko: '매출 요건', en: 'Sales rule' },
};

/**
 * One line of what is still to check: the rule in words, then what would decide it — company facts,
 * thresholds from the notice, and, last, "check the notice" for an attestation.
 *
 * @param ruleId - the finding's rule id.
 * @param params - the finding's params (a requirement's names are there).
 * @param needs - the finding's needs.
 * @param locale - the language.
 * @returns the line, e.g. `'- 매출 요건: 매출액(3년 평균), 공고문의 매출액 기준값'`.
 */
export function stillToCheck(
  ruleId: string,
  params: Params,
  needs: readonly string[],
  locale: Locale,
): string {
  const name = TOPICS[ruleId]?.[locale] ?? text(locale === 'ko' ? params['name'] : params['nameEn']);
  const topic = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const inputs = needs
    .filter((need) => !need.startsWith('attest.'))
    .map((need) => (NEED_LABELS[need] as Named)[locale]);
  const attest = needs.some((need) => need.startsWith('attest.'));
  const notice = locale === 'ko' ? '공고문에서 확인' : 'check the notice';
  const parts =
    attest && inputs.length > 0
      ? [
          ...inputs.slice(0, -1),
          `${inputs.at(-1) as string}${locale === 'ko' ? ', 또는 ' : ', or '}${notice}`,
        ]
      : attest
        ? [notice]
        : inputs;
  return `- ${topic}: ${parts.join(', ')}`;
}

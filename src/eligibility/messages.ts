// The sentences of eligibility findings, in Korean and English: one function per finding key.
// (Issue and error messages live in locales/ko.ts and locales/en.ts; these explain verdicts.)
import type { InstitutionKind, Locale, Tier } from '../rules/types';

type Params = Readonly<Record<string, unknown>>;
type Sentence = (p: Params) => string;

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));

// Latin letters and digits as Korean reads them: those whose reading ends in a final consonant
// (엘, 엠, 엔, 알; 영, 일, 삼, 육, 칠, 팔).
const LATIN_FINAL = /[lmnr]/iu;
const DIGIT_FINAL = /[013678]/u;

/**
 * Whether a word, read aloud, ends in a final consonant (받침): the last Hangul syllable, Latin
 * letter or digit decides (`'도심항공교통(UAM)'` ends in 엠); closing brackets and spaces are skipped.
 */
function hasFinal(word: string): boolean {
  const last = word.replace(/[^\uAC00-\uD7A3A-Za-z0-9]+$/u, '').slice(-1);
  const syllable = last.charCodeAt(0) - 0xac00;
  if (syllable >= 0 && syllable < 11_172) return syllable % 28 !== 0;
  return LATIN_FINAL.test(last) || DIGIT_FINAL.test(last);
}

/** A word with the particle its reading takes: 은/는, 이/가. */
const particle =
  (withFinal: string, without: string) =>
  (word: string): string =>
    `${word}${hasFinal(word) ? withFinal : without}`;
const topic = particle('은', '는');
const subject = particle('이', '가');

// Tiers (기업군) by their program names, not their ids.
const TIER_KO: Readonly<Record<Tier, string>> = {
  leading: '(예비)선도기업',
  potential: '잠재기업',
  none: '해당 없음',
};
const TIER_EN: Readonly<Record<Tier, string>> = {
  leading: 'leading ((예비)선도기업)',
  potential: 'potential (잠재기업)',
  none: 'none',
};
const tierKo = (tier: unknown): string => TIER_KO[tier as Tier];
const tierEn = (tier: unknown): string => TIER_EN[tier as Tier];

const KIND_KO: Readonly<Record<InstitutionKind, string>> = {
  sme: '중소기업',
  midsize: '중견기업',
  large: '대기업',
  university: '대학',
  'research-institute': '연구기관',
  nonprofit: '비영리기관',
};
const KIND_EN: Readonly<Record<InstitutionKind, string>> = {
  sme: 'an SME',
  midsize: 'a mid-sized company (중견기업)',
  large: 'a large company (대기업)',
  university: 'a university',
  'research-institute': 'a research institute',
  nonprofit: 'a non-profit',
};

interface Named {
  readonly ko: string;
  readonly en: string;
}
const named = (value: unknown): Named => value as Named;
const suggestionsOf = (p: Params): readonly Named[] => p['suggestions'] as readonly Named[];

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

const KEY_INDUSTRY_UNCONFIRMED_KO =
  ' 다만 2026년 공고는 지원 품목을 분야별로 재편해, 주축산업이 여전히 신청 자격을 정하는지는 확인되지 않았습니다.';
const KEY_INDUSTRY_UNCONFIRMED_EN =
  ' The 2026 call regrouped its support items, though: whether the key industries still decide who may apply is not confirmed.';
const unconfirmed = (p: Params, sentence: string): string => (p['confirmed'] === true ? '' : sentence);

const KO = {
  'sme.pass': () => '중소기업입니다.',
  'sme.fail': (p) => `중소기업이 아닙니다(${KIND_KO[p['kind'] as InstitutionKind]}).`,
  'region.pass': (p) => `비수도권 ${text(p['regionName'])}에 소재합니다.`,
  'region.fail': (p) =>
    `수도권(${text(p['regionName'])})에 소재합니다. 비수도권 14개 시·도 기업만 신청할 수 있습니다.`,
  'industry.pass': (p) =>
    `${topic(named(p['matched']).ko)} ${text(p['regionName'])}의 주축산업입니다.${unconfirmed(p, KEY_INDUSTRY_UNCONFIRMED_KO)}`,
  'industry.fail': (p) => {
    switch (p['reason']) {
      case 'capital-region':
        return `수도권(${text(p['regionName'])})에는 이 사업의 주축산업이 없습니다.`;
      case 'future-industry':
        return `${topic(named(p['matched']).ko)} ${text(p['regionName'])}의 미래신산업으로, 주축산업이 아닙니다.`;
      default:
        return `${topic(named(p['matched']).ko)} ${text(p['regionName'])}의 주축산업이 아닙니다(${text(p['regionName'])}의 주축산업 목록은 완전합니다).${unconfirmed(p, KEY_INDUSTRY_UNCONFIRMED_KO)}`;
    }
  },
  'industry.unknown': (p) => {
    switch (p['reason']) {
      case 'blank':
        return '산업이 입력되지 않아 주축산업 여부를 판단할 수 없습니다.';
      case 'unrecognised': {
        const near = suggestionsOf(p).map((s) => s.ko);
        return `입력한 산업 이름을 목록에서 찾지 못했습니다: "${text(p['industry'])}".${near.length > 0 ? ` 비슷한 이름: ${near.join(', ')}.` : ''} 산업 이름을 확인해 주세요.${p['listComplete'] === true ? '' : ` ${text(p['regionName'])}의 주축산업 목록은 완전하지 않으니, 출처에 없는 주축산업이라면 카탈로그에 추가하세요.`}`;
      }
      default:
        return `${text(p['regionName'])}의 주축산업 목록이 완전하지 않아, ${subject(named(p['matched']).ko)} 주축산업인지 알 수 없습니다.`;
    }
  },
  'tier.pass': (p) => `기업군이 ${tierKo(p['tier'])}으로, 이 내역이 받는 기업군입니다.`,
  'tier.fail': (p) => `기업군이 ${tierKo(p['tier'])}입니다. 이 내역은 ${tierKo(p['expected'])}이 신청합니다.`,
  'tier.unknown': (p) => `기업군이 입력되지 않았습니다. 이 내역은 ${tierKo(p['expected'])}이 신청합니다.`,
  'sales.pass': (p) =>
    (p['via'] === 'rnd-intensity'
      ? `R&D 집약도 ${text(p['rndIntensityPercent'])}%가 기준 ${text(p['minPercent'])}% 이상이므로 매출 요건을 대신합니다.`
      : '매출액·매출증가율이 입력된 기준을 충족합니다.') + ratioWarnings(p, 'ko'),
  'sales.fail': (p) => `매출 요건을 충족하지 않습니다.${ratioWarnings(p, 'ko')}`,
  'sales.unknown': (p) => {
    const hint = intensityHint(p)
      ? ` 이 공고는 R&D 집약도 ${text(p['minPercent'])}% 이상이면 매출 요건을 대신하므로, R&D 집약도(또는 연구개발비와 매출액)를 입력해도 판단할 수 있습니다.`
      : intensityShort(p)
        ? ` R&D 집약도 ${text(p['rndIntensityPercent'])}%는 매출 요건을 대신하는 기준 ${text(p['minPercent'])}%에 못 미칩니다.`
        : '';
    const warnings = ratioWarnings(p, 'ko');
    switch (salesUndecided(p)) {
      case 'short':
        return `입력된 기준으로는 매출 요건에 못 미칩니다.${hint}${warnings}`;
      case 'thresholds':
        return `매출액·매출증가율 기준값이 확인되지 않았습니다. 공고문의 기준값을 입력하세요.${hint}${warnings}`;
      default:
        return `기업의 매출액·매출증가율이 입력되지 않았습니다.${hint}${warnings}`;
    }
  },
  'requirement.unknown': (p) =>
    p['employees'] !== undefined && p['employees'] !== null
      ? `${text(p['name'])} 요건은 확인되지 않았습니다. 상시근로자 ${text(p['employees'])}명이 입력되었으니, 공고문의 최소 인원을 기준값으로 입력하거나 공고문에서 확인한 결과를 표시하세요.`
      : `${text(p['name'])} 요건은 확인되지 않았습니다. 공고문에서 확인하세요.`,
  'requirement.pass': (p) =>
    p['decidedBy'] === 'attestation'
      ? `${text(p['name'])}: 공고문에서 확인해 충족한 것으로 표시되었습니다.`
      : `상시근로자 ${text(p['employees'])}명으로, 입력된 기준 ${text(p['minEmployees'])}명 이상입니다.`,
  'requirement.fail': (p) =>
    p['decidedBy'] === 'attestation'
      ? `${text(p['name'])}: 공고문에서 확인해 충족하지 않는 것으로 표시되었습니다.`
      : `상시근로자 ${text(p['employees'])}명으로, 입력된 기준 ${text(p['minEmployees'])}명에 못 미칩니다.`,
  'ktop.information': (p) => {
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
} satisfies Readonly<Record<string, Sentence>>;

/** The keys of the finding sentences: a rule's key and its status, e.g. `'region.fail'`. */
export type FindingKey = keyof typeof KO;

// Typed by the Korean table's keys: an English sentence missing for one of them is a type error.
const EN: Readonly<Record<FindingKey, Sentence>> = {
  'sme.pass': () => 'It is an SME.',
  'sme.fail': (p) => `It is not an SME: it is ${KIND_EN[p['kind'] as InstitutionKind]}.`,
  'region.pass': (p) => `It is located in ${text(p['regionNameEn'])}, a non-capital region.`,
  'region.fail': (p) =>
    `It is located in ${text(p['regionNameEn'])}, in the capital region; only the 14 non-capital regions may apply.`,
  'industry.pass': (p) =>
    `${named(p['matched']).en} (${named(p['matched']).ko}) is a key industry (주축산업) of ${text(p['regionNameEn'])}.${unconfirmed(p, KEY_INDUSTRY_UNCONFIRMED_EN)}`,
  'industry.fail': (p) => {
    switch (p['reason']) {
      case 'capital-region':
        return `${text(p['regionNameEn'])} is in the capital region, which has no key industries in this program.`;
      case 'future-industry':
        return `${named(p['matched']).en} (${named(p['matched']).ko}) is a future industry (미래신산업) of ${text(p['regionNameEn'])}, not a key industry.`;
      default:
        return `${named(p['matched']).en} (${named(p['matched']).ko}) is not a key industry of ${text(p['regionNameEn'])}, whose list is complete.${unconfirmed(p, KEY_INDUSTRY_UNCONFIRMED_EN)}`;
    }
  },
  'industry.unknown': (p) => {
    switch (p['reason']) {
      case 'blank':
        return 'No industry was given, so whether it is a key industry cannot be told.';
      case 'unrecognised': {
        const near = suggestionsOf(p).map((s) => `${s.en} (${s.ko})`);
        return `The industry "${text(p['industry'])}" is not in the catalogue.${near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : ''} Check the name.${p['listComplete'] === true ? '' : ` The list of key industries of ${text(p['regionNameEn'])} is not complete: if it is a key industry the sources do not name, add it to the catalogue.`}`;
      }
      default:
        return `The list of key industries of ${text(p['regionNameEn'])} is not complete, so whether ${named(p['matched']).en} (${named(p['matched']).ko}) is one cannot be told.`;
    }
  },
  'tier.pass': (p) => `Its tier, ${tierEn(p['tier'])}, is the tier this track takes.`,
  'tier.fail': (p) =>
    `Its tier is ${tierEn(p['tier'])}; this track takes ${tierEn(p['expected'])} companies.`,
  'tier.unknown': (p) => `No tier was given; this track takes ${tierEn(p['expected'])} companies.`,
  'sales.pass': (p) =>
    (p['via'] === 'rnd-intensity'
      ? `Its R&D intensity of ${text(p['rndIntensityPercent'])}% is at least ${text(p['minPercent'])}%, which replaces the sales rule.`
      : 'Its sales and sales growth meet the thresholds given.') + ratioWarnings(p, 'en'),
  'sales.fail': (p) => `It does not meet the sales rule.${ratioWarnings(p, 'en')}`,
  'sales.unknown': (p) => {
    const hint = intensityHint(p)
      ? ` In this call an R&D intensity of at least ${text(p['minPercent'])}% replaces the sales rule, so giving it (or R&D spending with sales) can also decide.`
      : intensityShort(p)
        ? ` Its R&D intensity of ${text(p['rndIntensityPercent'])}% is below the ${text(p['minPercent'])}% that would replace the sales rule.`
        : '';
    const warnings = ratioWarnings(p, 'en');
    switch (salesUndecided(p)) {
      case 'short':
        return `Its sales fall short of the thresholds given.${hint}${warnings}`;
      case 'thresholds':
        return `The sales and growth thresholds are not in our sources; give the call's values as overrides.${hint}${warnings}`;
      default:
        return `The company's sales and sales growth were not given.${hint}${warnings}`;
    }
  },
  'requirement.unknown': (p) =>
    p['employees'] !== undefined && p['employees'] !== null
      ? `The call's rule on ${text(p['nameEn'])} is not in our sources. ${text(p['employees'])} employees were given: give the call's minimum as a threshold, or attest what the notice says.`
      : `The call's rule on ${text(p['nameEn'])} is not in our sources: check it in the call's notice, and attest it.`,
  'requirement.pass': (p) =>
    p['decidedBy'] === 'attestation'
      ? `The call's rule on ${text(p['nameEn'])} was checked in the notice and attested as met.`
      : `It has ${text(p['employees'])} regular employees, at least the ${text(p['minEmployees'])} given.`,
  'requirement.fail': (p) =>
    p['decidedBy'] === 'attestation'
      ? `The call's rule on ${text(p['nameEn'])} was checked in the notice and attested as not met.`
      : `It has ${text(p['employees'])} regular employees, fewer than the ${text(p['minEmployees'])} given.`,
  'ktop.information': (p) => {
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
};

/** The sentence of a finding key (e.g. `'region.fail'`) in a locale. */
export function findingMessage(key: FindingKey, params: Params, locale: Locale): string {
  return (locale === 'en' ? EN : KO)[key](params);
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

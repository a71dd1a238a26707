// The sentences of eligibility findings, in Korean and English: one function per finding key.
// (Issue and error messages live in locales/ko.ts and locales/en.ts; these explain verdicts.)
import type { Locale } from '../rules/types';

type Params = Readonly<Record<string, unknown>>;
type Sentence = (p: Params) => string;

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));
const percent = (ratio: unknown): string =>
  typeof ratio === 'number' ? `${String(Number((ratio * 100).toFixed(4)))}%` : text(ratio);

/**
 * A word with the topic particle 은 or 는, chosen by its last syllable's final consonant (받침):
 * 반도체는, 천연물바이오소재는, 실버케어테크는, 스마트헬스케어는 but 소재부품가공은. A word that does not
 * end in Hangul keeps the neutral 은(는).
 */
function withTopic(word: string): string {
  const syllable = word.charCodeAt(word.length - 1) - 0xac00;
  if (!(syllable >= 0 && syllable < 11_172)) return `${word}은(는)`;
  return syllable % 28 === 0 ? `${word}는` : `${word}은`;
}

// Tiers by their program names, not their ids.
const TIER_KO: Readonly<Record<string, string>> = {
  leading: '(예비)선도기업',
  potential: '잠재기업',
  none: '해당 없음',
};
const TIER_EN: Readonly<Record<string, string>> = {
  leading: 'leading ((예비)선도기업)',
  potential: 'potential (잠재기업)',
  none: 'none',
};
const tierKo = (tier: unknown): string => TIER_KO[text(tier)] ?? text(tier);
const tierEn = (tier: unknown): string => TIER_EN[text(tier)] ?? text(tier);

/** The K-TOP results given, as phrases; empty when none was given. */
function ktopParts(p: Params, score: (value: string) => string, grade: (value: string) => string): string[] {
  const parts: string[] = [];
  if (p['innovationScore'] !== null && p['innovationScore'] !== undefined)
    parts.push(score(text(p['innovationScore'])));
  if (p['originalityGrade'] !== null && p['originalityGrade'] !== undefined)
    parts.push(grade(text(p['originalityGrade'])));
  return parts;
}

/**
 * Why the sales rule is undecided, from the finding's params: the company's figures fall short of
 * thresholds the caller gave but R&D intensity could still replace the rule; or the thresholds are
 * not public; or the company's own figures are missing. Each says what would decide it.
 */
function salesUndecided(p: Params): 'short' | 'thresholds' | 'figures' {
  if (p['bySales'] === 'fail') return 'short';
  return p['minSales'] === null || p['minSalesGrowth'] === null ? 'thresholds' : 'figures';
}
const intensityHint = (p: Params): boolean => p['minPercent'] !== null && p['rndIntensity'] === null;
const intensityShort = (p: Params): boolean => p['byRndIntensity'] === 'fail';

const KO: Readonly<Record<string, Sentence>> = {
  'sme.pass': () => '중소기업입니다.',
  'sme.fail': (p) => `중소기업이 아닙니다 (기관 유형: ${text(p['kind'])}).`,
  'region.pass': (p) => `비수도권 ${text(p['regionName'])}에 소재합니다.`,
  'region.fail': (p) =>
    `수도권(${text(p['regionName'])})에 소재합니다. 비수도권 14개 시·도 기업만 신청할 수 있습니다.`,
  'industry.pass': (p) => `${withTopic(text(p['industry']))} ${text(p['regionName'])}의 주축산업입니다.`,
  'industry.fail': (p) => `${withTopic(text(p['industry']))} ${text(p['regionName'])}의 주축산업이 아닙니다.`,
  'industry.unknown': (p) =>
    p['industry'] === null
      ? '산업이 입력되지 않아 주축산업 여부를 판단할 수 없습니다.'
      : `${text(p['regionName'])}의 주축산업 목록이 완전하지 않아 ${text(p['industry'])}의 해당 여부를 알 수 없습니다.`,
  'tier.pass': (p) => `${tierKo(p['tier'])} 등급으로, 이 내역의 신청 등급과 같습니다.`,
  'tier.fail': (p) =>
    `${tierKo(p['tier'])} 등급입니다. 이 내역은 ${tierKo(p['expected'])} 등급이 신청합니다.`,
  'tier.unknown': (p) => `등급이 입력되지 않았습니다. 이 내역은 ${tierKo(p['expected'])} 등급이 신청합니다.`,
  'sales.pass': (p) =>
    p['via'] === 'rnd-intensity'
      ? `R&D 집약도 ${percent(p['rndIntensity'])}가 기준 ${text(p['minPercent'])}% 이상이므로 매출 요건을 대신합니다.`
      : '매출액·매출증가율이 입력된 기준을 충족합니다.',
  'sales.fail': () => '매출 요건을 충족하지 않습니다.',
  'sales.unknown': (p) => {
    const hint = intensityHint(p)
      ? ` 이 공고는 R&D 집약도 ${text(p['minPercent'])}% 이상이면 매출 요건을 대신하므로, R&D 집약도를 입력해도 판단할 수 있습니다.`
      : intensityShort(p)
        ? ` R&D 집약도 ${percent(p['rndIntensity'])}는 매출 요건을 대신하는 기준 ${text(p['minPercent'])}%에 못 미칩니다.`
        : '';
    switch (salesUndecided(p)) {
      case 'short':
        return `입력된 기준으로는 매출 요건에 못 미칩니다.${hint}`;
      case 'thresholds':
        return `매출액·매출증가율 기준값이 공개되지 않았습니다. 기준값을 overrides로 입력하세요.${hint}`;
      default:
        return `기업의 매출액·매출증가율이 입력되지 않았습니다.${hint}`;
    }
  },
  'ktop.information': (p) => {
    const parts = ktopParts(
      p,
      (score) => `혁신역량 ${score}점`,
      (grade) => `원천성 ${grade}등급`,
    );
    return parts.length === 0
      ? 'K-TOP 결과가 입력되지 않았습니다. 입력해도 기록만 합니다. 평가 반영 방식은 공개되지 않았습니다.'
      : `K-TOP 결과(${parts.join(', ')})는 기록만 합니다. 평가 반영 방식은 공개되지 않았습니다.`;
  },
};

const EN: Readonly<Record<string, Sentence>> = {
  'sme.pass': () => 'It is an SME.',
  'sme.fail': (p) => `It is not an SME (kind: ${text(p['kind'])}).`,
  'region.pass': (p) => `It is located in ${text(p['regionNameEn'])}, a non-capital region.`,
  'region.fail': (p) =>
    `It is located in ${text(p['regionNameEn'])}, in the capital region; only the 14 non-capital regions may apply.`,
  'industry.pass': (p) =>
    `${text(p['industry'])} is a key industry (주축산업) of ${text(p['regionNameEn'])}.`,
  'industry.fail': (p) => `${text(p['industry'])} is not a key industry of ${text(p['regionNameEn'])}.`,
  'industry.unknown': (p) =>
    p['industry'] === null
      ? 'No industry was given, so whether it is a key industry cannot be told.'
      : `The list of key industries of ${text(p['regionNameEn'])} is not complete, so whether ${text(p['industry'])} is one cannot be told.`,
  'tier.pass': (p) => `Its tier, ${tierEn(p['tier'])}, is the tier this track takes.`,
  'tier.fail': (p) =>
    `Its tier is ${tierEn(p['tier'])}; this track takes ${tierEn(p['expected'])} companies.`,
  'tier.unknown': (p) => `No tier was given; this track takes ${tierEn(p['expected'])} companies.`,
  'sales.pass': (p) =>
    p['via'] === 'rnd-intensity'
      ? `Its R&D intensity of ${percent(p['rndIntensity'])} is at least ${text(p['minPercent'])}%, which replaces the sales rule.`
      : 'Its sales and sales growth meet the thresholds given.',
  'sales.fail': () => 'It does not meet the sales rule.',
  'sales.unknown': (p) => {
    const hint = intensityHint(p)
      ? ` In this call an R&D intensity of at least ${text(p['minPercent'])}% replaces the sales rule, so giving it can also decide.`
      : intensityShort(p)
        ? ` Its R&D intensity of ${percent(p['rndIntensity'])} is below the ${text(p['minPercent'])}% that would replace the sales rule.`
        : '';
    switch (salesUndecided(p)) {
      case 'short':
        return `Its sales fall short of the thresholds given.${hint}`;
      case 'thresholds':
        return `The sales and growth thresholds are not public; give them as overrides.${hint}`;
      default:
        return `The company's sales and sales growth were not given.${hint}`;
    }
  },
  'ktop.information': (p) => {
    const parts = ktopParts(
      p,
      (score) => `innovation ${score} points`,
      (grade) => `originality grade ${grade}`,
    );
    return parts.length === 0
      ? 'No K-TOP results were given; they would be recorded only, as how they weigh is not public.'
      : `K-TOP results (${parts.join(', ')}) are recorded only; how they weigh is not public.`;
  },
};

/** The sentence of a finding key (e.g. `'region.fail'`) in a locale. */
export function findingMessage(key: string, params: Params, locale: Locale): string {
  const write = (locale === 'en' ? EN : KO)[key];
  return write === undefined ? key : write(params);
}

/** The headline of an outcome. */
export function outcomeMessage(outcome: 'eligible' | 'ineligible' | 'undetermined', locale: Locale): string {
  const ko = {
    eligible: '신청 자격이 있습니다.',
    ineligible: '신청 자격이 없습니다.',
    undetermined: '신청 자격을 판단할 수 없습니다: 알 수 없는 요건이 있습니다.',
  };
  const en = {
    eligible: 'Eligible.',
    ineligible: 'Not eligible.',
    undetermined: 'Cannot be determined: some rules are unknown.',
  };
  return (locale === 'en' ? en : ko)[outcome];
}

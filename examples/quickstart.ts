/**
 * Quickstart: `npm run example` (Korean) or `npm run example -- --lang en`.
 *
 * Until the rule modules land, it shows what the package knows today: the closed list of issue
 * codes and how each is explained in Korean and English.
 */
import {
  ISSUE_CODES,
  formatMessage,
  type IssueCode,
  type IssueParamsByCode,
  type Locale,
} from 'regional-innovation-rnd';

const locale: Locale =
  process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'ko';

const SAMPLES: { [C in IssueCode]: IssueParamsByCode[C] } = {
  OPTIONS_INVALID: { option: 'leadingPercent', input: '120', expected: '0 < leadingPercent ≤ 100' },
  EDITION_UNKNOWN: { input: '"2024"', known: ['2025', '2026'] },
  DATE_INVALID: { input: '"2025-02-30"', expected: 'ISO 8601 with an offset (+09:00)' },
  REGION_UNKNOWN: { input: '"서을"' },
  INDUSTRY_INVALID: { input: '"busan-x"', reason: 'duplicate-id' },
  MONEY_INVALID: { input: '"1억억"', reason: 'syntax' },
};

console.log(
  locale === 'ko'
    ? '# 지역혁신선도기업육성(R&D) — 이슈 코드'
    : '# Regional Innovation Leading Company (R&D) — issue codes',
);
for (const code of ISSUE_CODES) {
  console.log(`- ${code}: ${formatMessage(code, SAMPLES[code] as never, locale)}`);
}

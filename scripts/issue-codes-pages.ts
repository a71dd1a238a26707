/**
 * Renders the issue-code pages of the guides (docs/guides/{ko,en}/issue-codes.md): every code of
 * the closed list, what it means and its params (read from the TSDoc of IssueParamsByCode), the
 * example from examples/guides/issue-codes.ts that produces it, and the message that example
 * gives in the page's language. `npm run docs:issue-codes` writes them;
 * test/docs/issue-codes.test.ts fails when the committed pages drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localize } from 'regional-innovation-rnd/locales';
import { ISSUE_CODES, isRulesError, type IssueCode, type RuleIssue } from 'regional-innovation-rnd/rules';
import { EXAMPLES } from '../examples/guides/issue-codes';
import { includeBlockLines } from './guide-includes';

type Lang = 'ko' | 'en';

/** What one example produced. */
export interface CodeExample {
  readonly code: IssueCode;
  readonly kind: 'error' | 'issue' | 'warning';
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, unknown>>;
  readonly messages: { readonly ko: string; readonly en: string };
  readonly rule?: { readonly id: string; readonly confidence: string };
}

/** Runs (or reads) the example of a code and returns the error or issue it gives. */
export function runExample(code: IssueCode): CodeExample {
  const example: unknown = EXAMPLES[code];
  if (typeof example === 'function') {
    try {
      (example as () => unknown)();
    } catch (error) {
      if (isRulesError(error, code)) {
        return { code, kind: 'error', path: error.path, params: error.params, messages: error.messages };
      }
      throw error;
    }
    throw new Error(`the example of ${code} did not throw`);
  }
  const result = example as { issues?: readonly RuleIssue[]; warnings?: readonly RuleIssue[] };
  for (const kind of ['issue', 'warning'] as const) {
    const issue = (kind === 'issue' ? result.issues : result.warnings)?.find((item) => item.code === code);
    if (issue !== undefined) {
      return {
        code,
        kind,
        path: issue.path,
        params: issue.params,
        messages: localize(code, issue.params as never),
        rule: { id: issue.rule.id, confidence: issue.rule.confidence },
      };
    }
  }
  throw new Error(`the example of ${code} carries no ${code}`);
}

/** A code's summary and its params' descriptions, from the TSDoc of IssueParamsByCode. */
export function docsOf(code: IssueCode): { summary: string; params: [name: string, doc: string][] } {
  const source = readFileSync(join(import.meta.dirname, '..', 'src', 'rules', 'codes.ts'), 'utf8');
  const body = source.slice(source.indexOf('export interface IssueParamsByCode {'));
  const match = new RegExp(
    `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${code}: \\{([\\s\\S]*?)\\n  \\};`,
    'u',
  ).exec(body);
  if (match === null) throw new Error(`no TSDoc for ${code} in IssueParamsByCode`);
  // The code's own params only (indented four spaces), not the fields of a param's object type.
  const params = [
    ...(match[2] as string).matchAll(/^ {4}\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n {4}readonly (\w+)\??:/gmu),
  ].map(([, doc, name]) => [name as string, clean(doc as string)] as [string, string]);
  return { summary: clean(match[1] as string), params };
}

const clean = (doc: string): string =>
  doc
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/u, '').trim())
    .filter(Boolean)
    .join(' ');

const SUMMARY_KO: Readonly<Record<IssueCode, string>> = {
  OPTIONS_INVALID: '함수에 넘긴 옵션이 허용 범위를 벗어나거나 형식이 틀립니다.',
  EDITION_UNKNOWN: '라이브러리가 모르는 공고 연도(edition)입니다.',
  DATE_INVALID: '올바른 시각이 아닙니다: 잘못된 Date, 오프셋 없는 ISO 문자열, NaN 등.',
  REGION_UNKNOWN: '알 수 없는 시·도입니다.',
  REGION_AMBIGUOUS: '여러 곳을 가리킬 수 있는 지역 이름입니다(예: 광주시 — 광주광역시 또는 경기도 광주시).',
  INDUSTRY_INVALID:
    '카탈로그에 추가하려는 산업이 형식에 맞지 않거나, 중복이거나, 알 수 없는 지역에 속합니다.',
  TIERING_INVALID_SCORE: '등급 산정에 쓸 점수가 유한한 수가 아닙니다.',
  TIERING_INVALID_COHORT: '등급 산정의 코호트(산업) 키가 문자열이 아닙니다.',
  TIERING_INVALID_RANK: '`tierOf`에 넘긴 순위와 코호트 크기가 맞지 않습니다.',
  MONEY_AMBIGUOUS: '두 가지로 읽히는 금액입니다(예: 7억5천 — 7억 5천만원 또는 7억 5천원).',
  MONEY_INVALID: '금액이 원 단위의 0 이상 정수(또는 그렇게 읽히는 문자열)가 아닙니다.',
  INPUT_INVALID: '검증 함수가 받는 형태가 아닙니다: 빠지거나 남는 키, 잘못된 타입, 허용되지 않는 값.',
  GRANT_TOO_MANY_YEARS: '사업 기간이 내역의 최대 연차를 넘습니다.',
  GRANT_YEAR_CAP_EXCEEDED: '한 해의 정부·지자체 지원연구개발비가 내역의 연간 한도를 넘습니다.',
  GRANT_TOTAL_CAP_EXCEEDED: '전체 기간의 정부·지자체 지원연구개발비가 내역의 총 한도를 넘습니다.',
  GRANT_PUBLIC_SHARE_EXCEEDED: '참여기관의 지원금 비율이 기관 유형별 상한을 넘습니다.',
  GRANT_CASH_SHARE_TOO_LOW: '참여기관 부담금 중 현금 비율이 기관 유형별 하한에 못 미칩니다.',
  GRANT_PARTICIPANT_ZERO_TOTAL: '한 해 사업비 합계가 0원인 참여기관이 있습니다.',
  GRANT_PARTICIPANT_DUPLICATE: '같은 해에 같은 참여기관 id가 두 번 나옵니다.',
  CONSORTIUM_LEAD_KIND: '주관기관의 기관 유형이 내역의 요건과 다릅니다.',
  CONSORTIUM_LEAD_TIER: '주관기관의 등급이 내역의 요건과 다릅니다.',
  CONSORTIUM_LEAD_REGION: '주관기관이 비수도권에 있지 않습니다.',
  CONSORTIUM_REQUIREMENT_UNMET:
    '컨소시엄 구성 요건(예: 중소기업 2개 이상, 대학 1개 이상)을 채우지 못했습니다.',
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: '이 내역에 참여할 수 없는 기관 유형의 참여기관이 있습니다.',
  CONSORTIUM_MEMBER_KINDS_UNKNOWN:
    '이 공고·내역에 참여할 수 있는 기관 유형이 공개되지 않아 참여기관을 판정하지 않았습니다(경고).',
  CONSORTIUM_DUPLICATE_ID: '컨소시엄 안에 같은 id가 두 번 나옵니다.',
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: '컨소시엄 안에 같은 사업자등록번호가 두 번 나옵니다.',
  BUSINESS_NUMBER_INVALID: '사업자등록번호가 10자리가 아니거나 검증번호가 맞지 않습니다.',
  KTOP_GRADE_INVALID: 'K-TOP 원천성 등급(1~10 또는 AAA~D)으로 읽을 수 없는 값입니다.',
  KTOP_SCORE_INVALID: 'K-TOP 기업혁신역량 점수가 0~100점 사이의 유한한 수가 아닙니다.',
  KTOP_BANDS_INVALID: '점수 구간 표가 잘못되었습니다: 빈 표, 빈 구간, 순서·간격·겹침 오류.',
  KTOP_SCORE_OUT_OF_BANDS: '점수가 어느 구간에도 들지 않습니다.',
};

const TEXT = {
  en: {
    title: 'Issue codes',
    intro: [
      'Every problem the library reports has a `code` from one closed list ([`IssueCode`](../../../src/rules/codes.ts), [`ISSUE_CODES`](../../../src/rules/codes.ts)). Codes are stable: a code is never renamed or reused, and a new one is a minor release (see [the versioning policy](./versioning.md)). Match on codes and read `params` for the numbers; the message wording may improve in any release.',
      '',
      '- **Thrown:** functions that take one value (an edition id, a region, an amount, a score) throw a [`RulesError`](../../../src/rules/RulesError.ts) with `code`, `path`, `params` and `messages` in Korean and English.',
      '- **Returned:** the validators (`checkGrantPlan`, `checkConsortium`, `checkInnovationScore`) never throw on bad input. They return `{ ok: false, issues }`; each issue has `code`, `path`, `params`, `rule` (id, sources, confidence) and `message` in the locale asked for. Warnings come the same way in `warnings` and do not stop a result.',
      '',
      'Each example below is a region of `examples/guides/issue-codes.ts`, which the test suite runs, and the message shown is the one that example produces.',
    ],
    kinds: { error: 'thrown (RulesError)', issue: 'returned (issue)', warning: 'returned (warning)' },
    table: ['Code', 'How it comes', 'Meaning'],
    params: ['Param', 'Meaning', 'In the example'],
    labels: {
      how: 'How it comes',
      example: 'Example',
      message: 'Message',
      path: 'Path',
      rule: 'Rule',
      none: 'no params',
    },
  },
  ko: {
    title: '이슈 코드',
    intro: [
      '라이브러리가 알리는 모든 문제에는 닫힌 목록([`IssueCode`](../../../src/rules/codes.ts), [`ISSUE_CODES`](../../../src/rules/codes.ts))의 `code`가 있습니다. 코드는 안정적입니다: 이름을 바꾸거나 다른 뜻으로 다시 쓰지 않으며, 새 코드는 마이너 릴리스로 추가합니다([버전 정책](./versioning.md) 참고). 분기는 코드로 하고 수치는 `params`에서 읽으세요. 메시지 문구는 어느 릴리스에서든 다듬어질 수 있습니다.',
      '',
      '- **예외(throw):** 값 하나를 받는 함수(공고 연도, 시·도, 금액, 점수 등)는 `code`, `path`, `params`, 한국어·영어 `messages`를 가진 [`RulesError`](../../../src/rules/RulesError.ts)를 던집니다.',
      '- **반환(issue):** 검증 함수(`checkGrantPlan`, `checkConsortium`, `checkInnovationScore`)는 잘못된 입력에도 예외를 던지지 않고 `{ ok: false, issues }`를 돌려줍니다. 각 이슈에는 `code`, `path`, `params`, `rule`(id, 출처, 신뢰도), 요청한 언어의 `message`가 있습니다. 경고는 같은 모양으로 `warnings`에 담기며 결과를 막지 않습니다.',
      '',
      '아래 예제는 모두 테스트가 실행하는 `examples/guides/issue-codes.ts`의 영역이며, 보이는 메시지는 그 예제가 실제로 만든 것입니다.',
    ],
    kinds: { error: '예외 (RulesError)', issue: '반환 (이슈)', warning: '반환 (경고)' },
    table: ['코드', '전달 방식', '뜻'],
    params: ['params', '뜻 (API 문서)', '예제의 값'],
    labels: {
      how: '전달 방식',
      example: '예제',
      message: '메시지',
      path: '경로',
      rule: '규칙',
      none: 'params 없음',
    },
  },
} as const;

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (value: unknown): string => `\`${cell(JSON.stringify(value))}\``;

/** The issue-code page in one language. */
export function renderIssueCodes(lang: Lang): string {
  const t = TEXT[lang];
  const examples = ISSUE_CODES.map(runExample);
  const lines: string[] = [
    '---',
    `title: '${t.title}'`,
    '---',
    '',
    `# ${t.title}`,
    '',
    '<!-- Generated from src/rules/codes.ts and examples/guides/issue-codes.ts by `npm run docs:issue-codes`. Do not edit by hand. -->',
    '',
    ...t.intro,
    '',
    `| ${t.table.join(' | ')} |`,
    '| --- | --- | --- |',
    ...examples.map(
      (example) =>
        `| [\`${example.code}\`](#${example.code.toLowerCase()}) | ${t.kinds[example.kind]} | ${cell(
          lang === 'ko' ? SUMMARY_KO[example.code] : docsOf(example.code).summary,
        )} |`,
    ),
  ];
  for (const example of examples) {
    const docs = docsOf(example.code);
    lines.push('', `## ${example.code}`, '', lang === 'ko' ? SUMMARY_KO[example.code] : docs.summary, '');
    lines.push(`**${t.labels.how}**: ${t.kinds[example.kind]}`, '');
    if (docs.params.length === 0) {
      lines.push(`_${t.labels.none}_`);
    } else {
      lines.push(`| ${t.params.join(' | ')} |`, '| --- | --- | --- |');
      for (const [name, doc] of docs.params) {
        lines.push(`| \`${name}\` | ${cell(doc)} | ${code(example.params[name])} |`);
      }
    }
    lines.push('', `**${t.labels.example}**`, '');
    lines.push(
      ...includeBlockLines(
        `../../../examples/guides/issue-codes.ts#${example.code}`,
        `docs/guides/${lang}/issue-codes.md`,
      ),
      '',
    );
    lines.push(`**${t.labels.message}** (${lang}): ${cell(example.messages[lang])}`, '');
    lines.push(`**${t.labels.path}**: ${code(example.path)}`);
    if (example.rule !== undefined) {
      lines.push('', `**${t.labels.rule}**: \`${example.rule.id}\` (${example.rule.confidence})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Both pages, with the paths they are written to. */
export function renderIssueCodePages(): { path: string; content: string }[] {
  return (['en', 'ko'] as const).map((lang) => ({
    path: `docs/guides/${lang}/issue-codes.md`,
    content: renderIssueCodes(lang),
  }));
}

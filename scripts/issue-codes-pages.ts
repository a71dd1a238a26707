/**
 * Renders the issue-code pages of the guides (docs/guides/{ko,en}/issue-codes.md) from the registry
 * of codes (src/rules/issues/): every code of the closed list, what it means (the TSDoc of its
 * params type in English, of its entry in Korean) and its params (the TSDoc of each field), the
 * example from examples/guides/issue-codes.ts that produces it, and the message that example
 * gives in the page's language. `npm run docs:issue-codes` writes them;
 * test/docs/issue-codes.test.ts fails when the committed pages drift.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import {
  REGISTRY,
  ISSUE_CODES,
  isRulesError,
  type IssueCode,
  type RuleIssue,
} from 'regional-innovation-rnd/rules';
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
        messages: messagesOf(code, issue.params),
        rule: { id: issue.rule.id, confidence: issue.rule.confidence },
      };
    }
  }
  throw new Error(`the example of ${code} carries no ${code}`);
}

/** Both messages of a code for its params, from its registry entry. */
function messagesOf(code: IssueCode, params: unknown): { ko: string; en: string } {
  const entry = REGISTRY[code] as { ko: (p: unknown) => string; en: (p: unknown) => string };
  return { ko: entry.ko(params), en: entry.en(params) };
}

/** What the registry's TSDoc says of one code. */
interface CodeDocs {
  /** The English summary: the TSDoc of the code's params type. */
  readonly summary: string;
  /** The Korean summary: the TSDoc of the code's entry. */
  readonly summaryKo: string;
  /** Each param's name and description. */
  readonly params: [name: string, doc: string][];
}

const ISSUES_DIR = join(import.meta.dirname, '..', 'src', 'rules', 'issues');
let registryDocs: Map<string, CodeDocs> | undefined;

const docText = (node: ts.Node): string => {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  const comment = docs.at(-1)?.comment;
  const text = typeof comment === 'string' ? comment : (comment ?? []).map((part) => part.text).join('');
  return text.replace(/\s+/gu, ' ').trim();
};

/** Reads every entry of the registry modules: its code, its TSDoc and its params type's. */
function readRegistryDocs(): Map<string, CodeDocs> {
  const types = new Map<string, ts.TypeAliasDeclaration>();
  const entries: { code: string; summaryKo: string; paramsType: string }[] = [];
  for (const file of readdirSync(ISSUES_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(ISSUES_DIR, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    for (const statement of source.statements) {
      if (ts.isTypeAliasDeclaration(statement)) types.set(statement.name.text, statement);
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const call = declaration.initializer;
        if (!call || !ts.isCallExpression(call) || call.expression.getText(source) !== 'defineIssue')
          continue;
        const [codeArg, messages] = call.arguments;
        const ko =
          messages && ts.isObjectLiteralExpression(messages)
            ? messages.properties.find((p) => p.name?.getText(source) === 'ko')
            : undefined;
        const write = ko && ts.isPropertyAssignment(ko) ? ko.initializer : undefined;
        const type = write && ts.isArrowFunction(write) ? write.parameters[0]?.type : undefined;
        if (!codeArg || !ts.isStringLiteral(codeArg) || !type || !ts.isTypeReferenceNode(type)) {
          throw new Error(`${file}: an entry whose code or params type cannot be read`);
        }
        entries.push({
          code: codeArg.text,
          summaryKo: docText(statement),
          paramsType: type.typeName.getText(source),
        });
      }
    }
  }
  const docs = new Map<string, CodeDocs>();
  for (const { code, summaryKo, paramsType } of entries) {
    const type = types.get(paramsType);
    if (type === undefined || !ts.isTypeLiteralNode(type.type))
      throw new Error(`${code}: no params type ${paramsType}`);
    // The code's own params only, not the fields of a param's object type.
    const params = type.type.members
      .filter(ts.isPropertySignature)
      .map((member) => [member.name.getText(), docText(member)] as [string, string]);
    docs.set(code, { summary: docText(type), summaryKo, params });
  }
  return docs;
}

/** A code's summaries and its params' descriptions, from the TSDoc of its registry entry. */
export function docsOf(code: IssueCode): CodeDocs {
  registryDocs ??= readRegistryDocs();
  const docs = registryDocs.get(code);
  if (docs === undefined) throw new Error(`no registry entry for ${code}`);
  return docs;
}

const TEXT = {
  en: {
    title: 'Issue codes',
    intro: [
      'Every problem the library reports has a `code` from one closed list ([`IssueCode`](../../../src/rules/codes.ts), [`ISSUE_CODES`](../../../src/rules/codes.ts)). Codes are stable: a code is never renamed or reused, and a new one is a minor release (see [the versioning policy](./versioning.md)). Match on codes and read `params` for the numbers; the message wording may improve in any release. Each code is one entry of the registry ([`REGISTRY`](../../../src/rules/issues/index.ts)): its params type and its Korean and English message; the lists, the message tables and this page are derived from it.',
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
      '라이브러리가 알리는 모든 문제에는 닫힌 목록([`IssueCode`](../../../src/rules/codes.ts), [`ISSUE_CODES`](../../../src/rules/codes.ts))의 `code`가 있습니다. 코드는 안정적입니다: 이름을 바꾸거나 다른 뜻으로 다시 쓰지 않으며, 새 코드는 마이너 릴리스로 추가합니다([버전 정책](./versioning.md) 참고). 분기는 코드로 하고 수치는 `params`에서 읽으세요. 메시지 문구는 어느 릴리스에서든 다듬어질 수 있습니다. 코드마다 레지스트리([`REGISTRY`](../../../src/rules/issues/index.ts))에 항목이 하나씩 있고, 항목에는 params 타입과 한국어·영어 메시지가 함께 있습니다. 코드 목록, 메시지 표와 이 문서는 모두 레지스트리에서 만들어집니다.',
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
    '<!-- Generated from the registry (src/rules/issues/) and examples/guides/issue-codes.ts by `npm run docs:issue-codes`. Do not edit by hand. -->',
    '',
    ...t.intro,
    '',
    `| ${t.table.join(' | ')} |`,
    '| --- | --- | --- |',
    ...examples.map(
      (example) =>
        `| [\`${example.code}\`](#${example.code.toLowerCase()}) | ${t.kinds[example.kind]} | ${cell(
          lang === 'ko' ? docsOf(example.code).summaryKo : docsOf(example.code).summary,
        )} |`,
    ),
  ];
  for (const example of examples) {
    const docs = docsOf(example.code);
    lines.push('', `## ${example.code}`, '', lang === 'ko' ? docs.summaryKo : docs.summary, '');
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

import type * as z from 'zod';
import { issueOf as createIssue } from '../rules/issues/byCode';
import { describeInput } from '../rules/describeInput';
import type { IssueCode, IssueParamsByCode } from '../rules/codes';
import type { IssuePath, Locale, RuleIssue, RuleRef } from '../rules/types';

/** The rule behind every schema issue: the input contract of the validators themselves. */
export const INPUT_RULE: RuleRef = Object.freeze({
  id: 'input.shape',
  sources: Object.freeze([]),
  confidence: 'confirmed' as const,
});

/**
 * What a schema's own checks (money, edition, region) put in a zod custom issue, so that it
 * comes out as the library's issue with its code, not as a generic one.
 */
export interface CarriedIssue<C extends IssueCode = IssueCode> {
  readonly code: C;
  readonly params: IssueParamsByCode[C];
  readonly rule?: RuleRef;
}

const pathOf = (path: readonly PropertyKey[]): IssuePath =>
  path.map((key) => (typeof key === 'symbol' ? key.toString() : key));

/**
 * Turns zod's issues into the library's: INPUT_INVALID with what was expected and what came, or
 * the code a schema check carried (MONEY_INVALID, EDITION_UNKNOWN, REGION_UNKNOWN, …).
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], locale: Locale): RuleIssue[] {
  const out: RuleIssue[] = [];
  for (const issue of issues) {
    const path = pathOf(issue.path);
    if (issue.code === 'custom' && issue.params?.['carried'] !== undefined) {
      const carried = issue.params['carried'] as CarriedIssue;
      out.push(
        createIssue(carried.code, { path, params: carried.params, rule: carried.rule ?? INPUT_RULE, locale }),
      );
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(
          createIssue('INPUT_INVALID', {
            path: [...path, key],
            params: { problem: 'unknown-key', expected: 'no such key', input: describeInput(key) },
            rule: INPUT_RULE,
            locale,
          }),
        );
      }
      continue;
    }
    out.push(createIssue('INPUT_INVALID', { path, params: paramsOf(issue), rule: INPUT_RULE, locale }));
  }
  return out;
}

function paramsOf(issue: z.core.$ZodIssue): IssueParamsByCode['INPUT_INVALID'] {
  const input = describeInput(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return { problem: issue.input === undefined ? 'missing' : 'type', expected: issue.expected, input };
    case 'invalid_value':
      return { problem: 'value', expected: issue.values.map((value) => String(value)).join(' | '), input };
    case 'too_small':
      return { problem: 'size', expected: `at least ${String(issue.minimum)}`, input };
    case 'too_big':
      return { problem: 'size', expected: `at most ${String(issue.maximum)}`, input };
    case 'invalid_union': {
      // A value of one of the union's types that failed that type's check (a string too long)
      // says so; a value of none of its types gets the types it could have been.
      const inner = issue.errors.flat();
      const specific = inner.find((candidate) => candidate.code !== 'invalid_type');
      if (specific !== undefined) return paramsOf({ ...specific, input: issue.input } as z.core.$ZodIssue);
      const types = inner.map((candidate) => (candidate as { expected: string }).expected);
      return { problem: 'type', expected: [...new Set(types)].join(' | '), input };
    }
    default:
      return { problem: 'other', expected: issue.message, input };
  }
}

/**
 * The one issue for input the validators cannot read at all: a revoked proxy, a getter that
 * throws. Reading the caller's data is where such input fails; the checks after it run on a copy.
 */
export function unreadableInput(input: unknown, locale: Locale): RuleIssue {
  return createIssue('INPUT_INVALID', {
    path: [],
    params: { problem: 'unreadable', expected: 'plain data that can be read', input: describeInput(input) },
    rule: INPUT_RULE,
    locale,
  });
}

// Type-checked in a scratch project under the strictest settings, with moduleResolution node16
// and bundler, against the published .d.ts files.
import {
  RulesError,
  isRulesError,
  type IssueCode,
  type RuleIssue,
  type RuleResult,
} from 'regional-innovation-rnd';
import { formatMessage, type Messages } from 'regional-innovation-rnd/locales';
import type { SourceRef } from 'regional-innovation-rnd/rules';

export function describe(result: RuleResult<number>): string {
  if (result.ok) return `value ${String(result.value)}`;
  return result.issues.map((issue: RuleIssue) => `${issue.code} at ${issue.path.join('.')}`).join('; ');
}

export function onError(error: unknown): IssueCode | undefined {
  if (isRulesError(error, 'MONEY_INVALID')) {
    const reason: string = error.params.reason; // params narrow by code
    return reason === '' ? undefined : error.code;
  }
  return error instanceof RulesError ? error.code : undefined;
}

export const source: SourceRef = {
  title: 'MSS press release',
  publisher: '중소벤처기업부',
  date: '2025-01-24',
};
export const text: string = formatMessage('EDITION_UNKNOWN', { input: '"2024"', known: ['2025'] }, 'en');
export type Table = Messages;

// @ts-expect-error: a code outside the closed union does not compile.
export const wrong: IssueCode = 'NOT_A_CODE';

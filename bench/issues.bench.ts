/**
 * Building localized issues is the inner loop of every validator that finds problems: compare
 * createIssue (message table lookup, frozen path) with a bare object literal carrying the same data.
 */
import type { RuleRef } from 'regional-innovation-rnd';
import { issue as createIssue } from '../src/rules/issues/build';
import { MONEY_INVALID } from '../src/rules/issues/money';
import { bench, isQuick, ratio, report } from './harness';

const COUNT = isQuick ? 20_000 : 200_000;
const rule: RuleRef = { id: 'money.whole-won', confidence: 'derived', sources: [] };

const results = bench([
  {
    name: `createIssue × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let length = 0;
      for (let i = 0; i < COUNT; i += 1) {
        length += createIssue(MONEY_INVALID, {
          path: ['years', i % 3, 'participants', i % 5, 'cash'],
          params: { input: String(-i), reason: 'negative', position: null, expected: null },
          rule,
          locale: i % 2 === 0 ? 'ko' : 'en',
        }).message.length;
      }
      return length;
    },
  },
  {
    name: `baseline: object literal × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let length = 0;
      for (let i = 0; i < COUNT; i += 1) {
        const input = String(-i);
        const issue = {
          code: 'MONEY_INVALID',
          path: ['years', i % 3, 'participants', i % 5, 'cash'],
          params: { input, reason: 'negative' },
          message:
            i % 2 === 0
              ? `금액 ${input}이(가) 올바르지 않습니다: 음수입니다.`
              : `Invalid amount ${input}: it is negative.`,
          rule,
        };
        length += issue.message.length;
      }
      return length;
    },
  },
]);

report('issues: building localized issues', results);
const [issues, baseline] = results;
if (issues && baseline) ratio('createIssue / object literal', issues, baseline);

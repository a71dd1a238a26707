import { issue as createIssue } from '../rules/issues/build';
import { KTOP_SCORE_INVALID } from '../rules/issues/ktop';
import { localeOption } from '../rules/issues/options';
import { describeInput } from '../rules/describeInput';
import { ruleRef } from '../rules/ruleRef';
import type { Locale, RuleRef, RuleResult } from '../rules/types';
import { INNOVATION_SCORE_SCALE } from './scales';

const RULE: RuleRef = /* @__PURE__ */ ruleRef('ktop.innovation-score.range', INNOVATION_SCORE_SCALE);

/**
 * The options of {@link checkInnovationScore}.
 *
 * @example
 * ```ts
 * import type { InnovationScoreOptions } from 'regional-innovation-rnd/ktop';
 * const options: InnovationScoreOptions = { locale: 'en' };
 * ```
 */
export interface InnovationScoreOptions {
  /** The language of the issue messages, `'ko'` by default. */
  readonly locale?: Locale;
}

/**
 * Checks a K-TOP innovation score (기업혁신역량 평가, 0 to 100 points — the scale the Ministry
 * states; see {@link INNOVATION_SCORE_SCALE}): a finite number from 0 to 100, both inclusive.
 *
 * Only numbers are taken: a numeric string such as `'87.5'` is refused like any other non-number,
 * so that no text format (`'87,5'`, `'87.5점'`, `'1e2'`) is guessed at; convert it first. `-0` is
 * returned as `0`. The library sets no cut-off on the score: map it with {@link defineScoreBands}
 * and {@link mapScore} to a table of your own.
 *
 * @param x - the score.
 * @param options - `locale` of the messages, `'ko'` by default.
 * @returns `{ ok: true, value }`, or `{ ok: false, issues }` with one `KTOP_SCORE_INVALID` issue
 * (params `{ input, min: 0, max: 100 }`, rule `ktop.innovation-score.range`).
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` for options that are not an object or a
 * locale other than `'ko'` and `'en'`; never for the score itself.
 *
 * @example
 * ```ts
 * import { checkInnovationScore } from 'regional-innovation-rnd/ktop';
 * checkInnovationScore(87.5); // { ok: true, value: 87.5, warnings: [] }
 * const result = checkInnovationScore(100.5, { locale: 'en' });
 * if (!result.ok) result.issues[0]?.code; // 'KTOP_SCORE_INVALID'
 * ```
 */
export function checkInnovationScore(x: unknown, options?: InnovationScoreOptions): RuleResult<number> {
  const locale = localeOption(options);
  const { min, max } = INNOVATION_SCORE_SCALE.value;
  // NaN fails both comparisons; ±Infinity fails one.
  if (typeof x === 'number' && x >= min && x <= max) return { ok: true, value: x + 0, warnings: [] };
  const issue = createIssue(KTOP_SCORE_INVALID, {
    path: [],
    params: { input: describeInput(x), min, max },
    rule: RULE,
    locale,
  });
  return { ok: false, issues: [issue], warnings: [] };
}

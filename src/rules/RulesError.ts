import type { IssueCode, IssueParamsByCode } from './codes';
import { OPTIONS_INVALID } from './issues/general';
import { readList } from './readList';
import type { IssuePath, LocalizedText, RuleIssue, RulesErrorInit } from './types';

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;
const INIT_EXPECTED = 'a RulesErrorInit: code, params, messages { ko, en }, path?, issues?';

interface ReadInit {
  readonly code: string;
  readonly params: object;
  readonly messages: LocalizedText;
  readonly path: IssuePath;
  readonly issues: readonly RuleIssue[];
}

/** Reads a constructor's `init` once; `undefined` when it is not one (or cannot be read). */
function readInit(init: unknown): ReadInit | undefined {
  try {
    const {
      code,
      params,
      messages,
      path = [],
      issues = [],
    } = init as Partial<Record<keyof ReadInit, unknown>>;
    const { ko, en } = messages as Partial<LocalizedText>;
    if (typeof code !== 'string' || !CODE.test(code) || typeof params !== 'object' || params === null)
      return undefined;
    if (typeof ko !== 'string' || typeof en !== 'string') return undefined;
    const refuse = (): never => {
      throw new TypeError('init');
    };
    const keys = readList(path, 1000, refuse);
    if (!keys.every((key) => typeof key === 'string' || typeof key === 'number')) return undefined;
    const list = readList(issues, 1_000_000, refuse) as RuleIssue[];
    return {
      code,
      params,
      messages: Object.freeze({ ko, en }),
      path: Object.freeze(keys as IssuePath),
      issues: Object.freeze(list),
    };
  } catch {
    return undefined;
  }
}

/**
 * The one error type the library throws: for programmer errors (an unknown edition, a non-finite
 * score, an amount that is not money) and from `*OrThrow` variants, which carry the issues.
 *
 * It has a stable `code`, the `path` into the input, the `params` with the numbers, and its
 * message in Korean and English (`messages`); `message` holds both, English first.
 *
 * @typeParam C - the error's code.
 *
 * @example
 * ```ts
 * import { RulesError, isRulesError } from 'regional-innovation-rnd/rules';
 * try {
 *   throw new RulesError({
 *     code: 'REGION_UNKNOWN',
 *     params: { input: '"서을"' },
 *     messages: { ko: '알 수 없는 시·도: "서을"', en: 'Unknown region: "서을"' },
 *   });
 * } catch (error) {
 *   if (isRulesError(error, 'REGION_UNKNOWN')) {
 *     error.params.input; // '"서을"'
 *   }
 * }
 * ```
 */
export class RulesError<C extends IssueCode = IssueCode> extends Error {
  /** The error's code, from the closed list of codes. */
  declare readonly code: C;
  /** Where in the input the problem is; empty when it is the input as a whole. */
  declare readonly path: IssuePath;
  /** The numbers and values behind the message. */
  declare readonly params: IssueParamsByCode[C];
  /** The issues behind the error (from `*OrThrow` variants); otherwise empty. */
  declare readonly issues: readonly RuleIssue[];
  /** The message in Korean and in English. */
  declare readonly messages: LocalizedText;

  /**
   * Creates the error; `path` and `issues` are copied and frozen, and `init` is read once.
   *
   * @param init - code, parameters, messages and, optionally, path and issues.
   * @throws {@link RulesError} `OPTIONS_INVALID` (`option: 'init'`) for an `init` that is not one:
   * a code that is not SCREAMING_SNAKE, params that are not an object, messages without Korean and
   * English text, a path of more than 1,000 keys and indexes (or with holes), issues that are not a list.
   */
  constructor(init: RulesErrorInit<C>) {
    const read = readInit(init);
    if (read === undefined) {
      // The init is not echoed: it is what cannot be read.
      const params = { option: 'init', input: typeof init, expected: INIT_EXPECTED };
      throw new RulesError({
        code: 'OPTIONS_INVALID',
        params,
        messages: { ko: OPTIONS_INVALID.ko(params), en: OPTIONS_INVALID.en(params) },
      });
    }
    super(`[${read.code}] ${read.messages.en} / ${read.messages.ko}`);
    this.name = 'RulesError';
    this.code = read.code as C;
    this.path = read.path;
    this.params = read.params as IssueParamsByCode[C];
    this.issues = read.issues;
    this.messages = read.messages;
  }
}

/**
 * Tells whether a value is a {@link RulesError}, optionally of one code. Works across copies of
 * the library loaded twice (ESM and CJS), where `instanceof` would not: a copy's error has the same
 * name, a code and messages in Korean and English. Never throws, whatever it is given.
 *
 * @param value - anything caught.
 * @param code - if given, the code the error must have.
 * @returns whether `value` is a RulesError (of that code).
 *
 * @example
 * ```ts
 * import { isRulesError } from 'regional-innovation-rnd/rules';
 * try {
 *   JSON.parse('{');
 * } catch (error) {
 *   isRulesError(error); // false: a SyntaxError
 * }
 * ```
 */
export function isRulesError<C extends IssueCode = IssueCode>(
  value: unknown,
  code?: C,
): value is RulesError<C> {
  try {
    if (value instanceof RulesError) return code === undefined || value.code === code;
    if (typeof value !== 'object' || value === null) return false;
    // Another copy of the library: the same name, a code, and messages in both languages.
    const { name, code: own, messages } = value as { name?: unknown; code?: unknown; messages?: unknown };
    if (name !== 'RulesError' || typeof own !== 'string' || typeof messages !== 'object' || messages === null)
      return false;
    const { ko, en } = messages as { ko?: unknown; en?: unknown };
    return typeof ko === 'string' && typeof en === 'string' && (code === undefined || own === code);
  } catch {
    // A revoked proxy, a throwing getter: not an error this library made.
    return false;
  }
}

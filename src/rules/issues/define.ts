/**
 * The shape of a registry entry: one issue code with its Korean and English message.
 *
 * @module
 */

/**
 * One issue code of the registry: the code, and its message in Korean and in English, each
 * written from the code's params. Everything else about a code (the union of codes, the params
 * by code, the message tables, the builders, the docs pages) is derived from its entry.
 *
 * @typeParam C - the code.
 * @typeParam P - its params.
 *
 * @example
 * ```ts
 * import { REGISTRY, type IssueEntry, type RegionUnknownParams } from 'regional-innovation-rnd/rules';
 * const entry: IssueEntry<'REGION_UNKNOWN', RegionUnknownParams> = REGISTRY.REGION_UNKNOWN;
 * entry.en({ input: '"서을"' }).startsWith('Unknown region'); // true
 * ```
 */
export interface IssueEntry<C extends string = string, P = never> {
  /** The code, SCREAMING_SNAKE. */
  readonly code: C;
  /** The message in Korean, as a program officer reads it. */
  readonly ko: (params: P) => string;
  /** The message in English. */
  readonly en: (params: P) => string;
}

/**
 * The params of an entry.
 *
 * @typeParam E - the entry.
 */
export type ParamsOf<E> = E extends IssueEntry<string, infer P> ? P : never;

/**
 * Defines the entry of one code. The params type is the Korean message's parameter type, so an
 * entry is written once: `defineIssue('REGION_UNKNOWN', { ko: (p: RegionUnknownParams) => …, en: (p) => … })`.
 *
 * @param code - the code.
 * @param messages - the message functions, Korean and English.
 * @returns the entry, frozen.
 *
 * @example
 * ```ts
 * import { defineIssue } from './define';
 * const entry = defineIssue('EXAMPLE', { ko: (p: { n: number }) => `${p.n}개`, en: (p) => `${p.n} items` });
 * entry.en({ n: 2 }); // '2 items'
 * ```
 */
export function defineIssue<const C extends string, P>(
  code: C,
  messages: { readonly ko: (params: P) => string; readonly en: (params: NoInfer<P>) => string },
): IssueEntry<C, P> {
  return Object.freeze({ code, ko: messages.ko, en: messages.en });
}

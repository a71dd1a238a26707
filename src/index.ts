/**
 * `regional-innovation-rnd` — the rules of the Korean 지역혁신선도기업육성(R&D) program as typed,
 * tested, explainable code. Every export of every module is available here; the subpath entry
 * points (`regional-innovation-rnd/program`, `…/regions`, `…/money`, …) give the same functions
 * for smaller bundles.
 *
 * @module regional-innovation-rnd
 */
export * from './rules/index';
export { MESSAGES, formatMessage, ko as messagesKo, en as messagesEn } from './locales/index';
export type { MessageFn, Messages } from './locales/index';
export * from './sources/index';
export * from './money/index';
export * from './program/index';
export * from './regions/index';
export * from './industries/index';
export * from './tiering/index';
export * from './ktop/index';
export * from './schemas/index';
export * from './grants/index';
export * from './consortium/index';
export * from './eligibility/index';

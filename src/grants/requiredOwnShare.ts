import { readEdition } from '../program/getEdition';
import type { EditionKey } from '../program/types';
import { rulesError } from '../rules/issues/build';
import { MONEY_INVALID } from '../rules/issues/money';
import type { InstitutionKind, RuleRef } from '../rules/types';
import type { MoneyInput } from '../money/types';
import { costShareRules, leastCash, leastOwnShare } from './costShare';
import { readAmount, readKind, readRequest } from './readRequest';

/**
 * What {@link requiredOwnShare} is asked.
 *
 * @example
 * ```ts
 * import type { OwnShareRequest } from 'regional-innovation-rnd/grants';
 * const request: OwnShareRequest = { edition: '2026', kind: 'sme', publicFunding: '7억' };
 * ```
 */
export interface OwnShareRequest {
  /** The edition (yearly call): `'2025'`, `'2026'`, or the year as a number. */
  readonly edition: EditionKey;
  /** The participant's institution kind, which sets its shares. */
  readonly kind: InstitutionKind;
  /** 정부·지자체 지원연구개발비: the public money it is to receive, in won (any money form). */
  readonly publicFunding: MoneyInput;
}

/**
 * The least own share (기관부담연구개발비) a participant must add to its public money, and how it
 * may be split between cash and in kind. All whole won.
 *
 * @example
 * ```ts
 * import { requiredOwnShare } from 'regional-innovation-rnd/grants';
 * const { total, minCash, maxInKind } = requiredOwnShare({ edition: '2026', kind: 'sme', publicFunding: '7억' });
 * [total, minCash, maxInKind]; // [233333334, 23333334, 210000000]
 * ```
 */
export interface RequiredOwnShare {
  /** The least own share, cash and in kind: one won less and the public share is too high. */
  readonly total: number;
  /** The least cash in that own share (현금): one won less and the cash share is too low. */
  readonly minCash: number;
  /** The most of it in kind (현물): `total − minCash`. More cash and less in kind passes too. */
  readonly maxInKind: number;
  /** The rules applied: the kind's public share, and its cash share if it has one, with their sources. */
  readonly rules: readonly RuleRef[];
}

const KEYS = ['edition', 'kind', 'publicFunding'] as const;

/**
 * The least own share (기관부담연구개발비) an institution of a kind must add to an amount of
 * public money (정부·지자체 지원연구개발비), and the least cash in it — the inverse of
 * {@link checkGrantPlan}'s cost-share checks, exact to the won, from the edition's
 * `costSharing`: public money at most `maxPublicPercent`% of the participant's total, cash at
 * least `minCashPercentOfOwnShare`% of its own share. Amounts are rounded up to the won, so the
 * answer passes and one won less fails.
 *
 * @param request - the edition, the kind and the public money (any money form).
 * @returns the least own share, the least cash in it and the most in kind, with the rules.
 * @throws {@link rules!RulesError} `EDITION_UNKNOWN`; `INPUT_INVALID` for a request that is not a
 * plain object, has other keys or a kind that is not one (path `['kind']`); `MONEY_INVALID` or
 * `MONEY_AMBIGUOUS` for public money that is not an amount (path `['publicFunding']`), and
 * `MONEY_INVALID` (`reason: 'unsafe'`) when the participant's total would pass
 * `Number.MAX_SAFE_INTEGER` won.
 *
 * @example
 * ```ts
 * import { requiredOwnShare } from 'regional-innovation-rnd/grants';
 * // An SME (public money at most 75%, cash at least 10% of its own share) with 7억 of public money:
 * const sme = requiredOwnShare({ edition: '2026', kind: 'sme', publicFunding: '7억' });
 * sme.total; // 233333334
 * sme.minCash; // 23333334
 * sme.maxInKind; // 210000000
 * // A university may be paid in full, with no own share.
 * requiredOwnShare({ edition: '2026', kind: 'university', publicFunding: 300_000_000 }).total; // 0
 * ```
 */
export function requiredOwnShare(request: OwnShareRequest): RequiredOwnShare {
  const given = readRequest(request, KEYS);
  const edition = readEdition(given.edition, ['edition']);
  const kind = readKind(given.kind, ['kind']);
  const publicFunding = readAmount(given.publicFunding, ['publicFunding']);
  const rule = edition.costSharing[kind];
  const total = leastOwnShare(rule, publicFunding);
  if (!Number.isSafeInteger(publicFunding + total)) {
    throw rulesError(
      MONEY_INVALID,
      { input: String(publicFunding), reason: 'unsafe', position: null, expected: null },
      ['publicFunding'],
    );
  }
  const minCash = leastCash(rule, total);
  return {
    total,
    minCash,
    maxInKind: total - minCash,
    rules: costShareRules(kind, rule),
  };
}

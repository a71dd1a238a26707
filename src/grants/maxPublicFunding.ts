import { readEdition } from '../program/getEdition';
import { readTrack } from '../program/readTrack';
import type { EditionKey } from '../program/types';
import type { MoneyInput } from '../money/types';
import { ruleRef } from '../rules/ruleRef';
import { rulesError } from '../rules/issues/build';
import { MONEY_INVALID } from '../rules/issues/money';
import type { InstitutionKind, RuleRef, TrackId } from '../rules/types';
import { costShareRules, leastCash, mostPublicFunding } from './costShare';
import { readAmount, readKind, readRequest } from './readRequest';

/**
 * What {@link maxPublicFunding} is asked.
 *
 * @example
 * ```ts
 * import type { PublicFundingRequest } from 'regional-innovation-rnd/grants';
 * const request: PublicFundingRequest = { edition: '2026', track: 'supply-chain', kind: 'sme', cash: '2천만', inKind: '1억' };
 * ```
 */
export interface PublicFundingRequest {
  /** The edition (yearly call): `'2025'`, `'2026'`, or the year as a number. */
  readonly edition: EditionKey;
  /** The track, whose yearly cap bounds the answer. */
  readonly track: TrackId;
  /** The participant's institution kind, which sets its shares. */
  readonly kind: InstitutionKind;
  /** 기관부담연구개발비(현금): its own share in cash, in won (any money form). */
  readonly cash: MoneyInput;
  /** 기관부담연구개발비(현물): its own share in kind, in won (any money form). */
  readonly inKind: MoneyInput;
}

/**
 * The most public money one participant's own share allows in a year.
 *
 * @example
 * ```ts
 * import { maxPublicFunding } from 'regional-innovation-rnd/grants';
 * const most = maxPublicFunding({ edition: '2026', track: 'supply-chain', kind: 'sme', cash: '2천만', inKind: '1억' });
 * [most.publicFunding, most.limitedBy]; // [360000000, 'cost-share']
 * ```
 */
export interface MaxPublicFunding {
  /** The most public money (정부·지자체 지원연구개발비), whole won: one won more fails. */
  readonly publicFunding: number;
  /**
   * What sets it: the kind's public share of the participant's total, or the track's yearly cap
   * when the cap is below what the share allows (`'cost-share'` when the two are equal).
   */
  readonly limitedBy: 'cost-share' | 'yearly-cap';
  /**
   * The least cash this own share needs (its cash share), whole won. With less cash the
   * participant fails the cash share whatever its public money: move the difference from in kind
   * to cash (the own share, and so `publicFunding`, stay the same).
   */
  readonly minCash: number;
  /** The rules applied, with their sources: the kind's shares and the track's yearly cap. */
  readonly rules: readonly RuleRef[];
}

const KEYS = ['edition', 'track', 'kind', 'cash', 'inKind'] as const;

/**
 * The most public money (정부·지자체 지원연구개발비) a participant may receive in a year for the own
 * share (기관부담연구개발비) it puts in, exact to the won: public money at most
 * `maxPublicPercent`% of its total (rounded down), and at most the track's yearly cap. The inverse
 * of {@link checkGrantPlan}'s public-share check for one participant; the cap bounds one
 * participant here, while the plan's check applies it to the sum of a year's participants.
 *
 * @param request - the edition, track and kind, and the own share in cash and in kind (any
 * money form).
 * @returns the most public money, what limits it, and the least cash the own share needs.
 * @throws {@link rules!RulesError} `EDITION_UNKNOWN`; `INPUT_INVALID` for a request that is not a
 * plain object, has other keys, a track or a kind that is not one; `MONEY_INVALID` or
 * `MONEY_AMBIGUOUS` for cash or in kind that is not an amount (path `['cash']`, `['inKind']`),
 * or for an own share past `Number.MAX_SAFE_INTEGER` won.
 *
 * @example
 * ```ts
 * import { maxPublicFunding } from 'regional-innovation-rnd/grants';
 * // An SME putting in 1.2억 (2천만 cash, 1억 in kind) may receive three times that: 3.6억.
 * maxPublicFunding({ edition: '2026', track: 'supply-chain', kind: 'sme', cash: '2천만', inKind: '1억' }).publicFunding; // 360000000
 * // With 3억 of its own, the track's yearly cap of 7억 is the limit.
 * maxPublicFunding({ edition: '2026', track: 'supply-chain', kind: 'sme', cash: '1억', inKind: '2억' }).limitedBy; // 'yearly-cap'
 * ```
 */
export function maxPublicFunding(request: PublicFundingRequest): MaxPublicFunding {
  const given = readRequest(request, KEYS);
  const edition = readEdition(given.edition, ['edition']);
  const track = readTrack(edition, given.track, ['track']);
  const kind = readKind(given.kind, ['kind']);
  const cash = readAmount(given.cash, ['cash']);
  const inKind = readAmount(given.inKind, ['inKind']);
  const ownShare = cash + inKind;
  if (!Number.isSafeInteger(ownShare)) {
    const input = String(BigInt(cash) + BigInt(inKind));
    throw rulesError(MONEY_INVALID, { input, reason: 'unsafe', position: null, expected: null }, ['inKind']);
  }
  const rule = edition.costSharing[kind];
  const byShare = mostPublicFunding(rule, ownShare);
  const cap = track.maxGrantPerYear;
  const limitedBy = byShare === null || byShare > cap ? 'yearly-cap' : 'cost-share';
  return {
    publicFunding: limitedBy === 'yearly-cap' ? cap : (byShare as number),
    limitedBy,
    minCash: leastCash(rule, ownShare),
    rules: [...costShareRules(kind, rule), ruleRef('grants.cap.per-year', track.provenance.maxGrantPerYear)],
  };
}

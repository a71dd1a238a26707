// Small builders and independent oracles for the grant-plan and consortium tests. Nothing here
// imports the library: the oracles compute what the validators should give with BigInt arithmetic
// and the program's numbers written out by hand.
import fc from 'fast-check';
import type { ConsortiumParticipantInput } from 'regional-innovation-rnd/consortium';
import type { GrantParticipantInput } from 'regional-innovation-rnd/grants';
import type { EditionId, InstitutionKind, RuleIssue, TrackId } from 'regional-innovation-rnd/rules';

export const EDITION_IDS: readonly EditionId[] = ['2025', '2026'];
export const TRACK_IDS: readonly TrackId[] = ['supply-chain', 'capability'];
export const KINDS: readonly InstitutionKind[] = [
  'sme',
  'midsize',
  'large',
  'university',
  'research-institute',
  'nonprofit',
];

/** The caps of each track, as the press releases state them (the same in 2025 and 2026). */
export const CAPS: Readonly<Record<TrackId, { perYear: number; years: number; total: number }>> = {
  'supply-chain': { perYear: 700_000_000, years: 2, total: 1_400_000_000 },
  capability: { perYear: 200_000_000, years: 2, total: 400_000_000 },
};

/** The cost-sharing rows of 국가연구개발혁신법 시행령 [별표 1], in percent (the same in both editions). */
export const SHARES: Readonly<
  Record<
    InstitutionKind,
    { maxPublic: number; minCash: number | null; publicText: string; cashText: string | null }
  >
> = {
  sme: { maxPublic: 75, minCash: 10, publicText: '0.75', cashText: '0.1' },
  midsize: { maxPublic: 70, minCash: 13, publicText: '0.7', cashText: '0.13' },
  large: { maxPublic: 50, minCash: 15, publicText: '0.5', cashText: '0.15' },
  university: { maxPublic: 100, minCash: null, publicText: '1', cashText: null },
  'research-institute': { maxPublic: 100, minCash: null, publicText: '1', cashText: null },
  nonprofit: { maxPublic: 100, minCash: null, publicText: '1', cashText: null },
};

/** A grant participant with its money in plain won (any MoneyInput may be passed). */
export function participant(
  id: string,
  kind: InstitutionKind,
  publicFunding: GrantParticipantInput['publicFunding'],
  cash: GrantParticipantInput['cash'] = 0,
  inKind: GrantParticipantInput['inKind'] = 0,
): GrantParticipantInput {
  return { id, kind, publicFunding, cash, inKind };
}

/** A grant plan as plain data: one array of participants per year. */
export interface PlanData {
  edition: EditionId;
  track: TrackId;
  years: { participants: GrantParticipantInput[] }[];
}

export function plan(edition: EditionId, track: TrackId, ...years: GrantParticipantInput[][]): PlanData {
  return { edition, track, years: years.map((participants) => ({ participants })) };
}

/** A consortium as plain data. */
export interface ConsortiumData {
  edition: EditionId;
  track: TrackId;
  lead: ConsortiumParticipantInput;
  members: ConsortiumParticipantInput[];
}

/** The lead of a track that passes every lead rule: an SME in 부산 with the track's tier. */
export function goodLead(
  track: TrackId,
  extra: Partial<ConsortiumParticipantInput> = {},
): ConsortiumParticipantInput {
  return {
    id: 'lead',
    kind: 'sme',
    region: '부산',
    tier: track === 'supply-chain' ? 'leading' : 'potential',
    ...extra,
  };
}

export function member(id: string, kind: InstitutionKind, extra: Partial<ConsortiumParticipantInput> = {}) {
  return { id, kind, ...extra };
}

/** A consortium that passes every rule of its edition and track. */
export function goodConsortium(edition: EditionId, track: TrackId): ConsortiumData {
  const members: ConsortiumParticipantInput[] =
    track === 'capability'
      ? []
      : edition === '2025'
        ? [member('uni', 'university')]
        : [member('partner', 'sme'), member('uni', 'university')];
  return { edition, track, lead: goodLead(track), members };
}

/** The issues of a result (none when it passed). */
export function issuesOf(
  result: { ok: true } | { ok: false; issues: readonly RuleIssue[] },
): readonly RuleIssue[] {
  return result.ok ? [] : result.issues;
}

/** An issue stripped to what tests compare: code, path, params and the rule's id and confidence. */
export function core(issue: RuleIssue): {
  code: string;
  path: readonly (string | number)[];
  params: unknown;
  rule: string;
  confidence: string;
} {
  return {
    code: issue.code,
    path: issue.path,
    params: issue.params,
    rule: issue.rule.id,
    confidence: issue.rule.confidence,
  };
}

/** A copy of an object without one key. */
export function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  Reflect.deleteProperty(copy, key);
  return copy;
}

/** An issue without its message: what must not change with the locale. */
export function withoutMessage(issue: RuleIssue): Omit<RuleIssue, 'message'> {
  return without(issue, 'message');
}

/** Freezes a value and everything in it (a test's own copy of the idea, not the library's). */
export function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) freezeDeep((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// BigInt oracles.

const TEN = 10n;

/**
 * n ÷ d as a plain decimal string: in full when it terminates (within 53 decimals for any safe d),
 * else rounded half-even to 20 significant digits; null when d = 0.
 */
export function ratioOracle(n: bigint, d: bigint): string | null {
  if (d === 0n) return null;
  if (n === 0n) return '0';
  const scaled = n * TEN ** 53n;
  if (scaled % d === 0n) return plainDecimal(scaled / d, -53);
  // k = ⌊log10(n ÷ d)⌋.
  let k = n.toString().length - d.toString().length;
  const atLeast = (e: number): boolean => (e >= 0 ? n >= d * TEN ** BigInt(e) : n * TEN ** BigInt(-e) >= d);
  if (!atLeast(k)) k -= 1;
  let shift = 19 - k;
  const num = shift >= 0 ? n * TEN ** BigInt(shift) : n;
  const den = shift >= 0 ? d : d * TEN ** BigInt(-shift);
  let q = num / den;
  const twice = 2n * (num % den);
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  if (q === TEN ** 20n) {
    q = TEN ** 19n;
    shift -= 1;
  }
  return plainDecimal(q, -shift);
}

/** q × 10^exp written in plain decimal notation, without trailing zeros. */
export function plainDecimal(q: bigint, exp: number): string {
  let digits = q.toString();
  let e = exp;
  while (digits.length > 1 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    e += 1;
  }
  if (digits === '0') return '0';
  if (e >= 0) return digits + '0'.repeat(e);
  const point = digits.length + e;
  return point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
}

export const floorDiv = (a: bigint, b: bigint): bigint => a / b;
export const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** A participant's expected summary row, from its money in won. */
export function participantOracle(
  id: string,
  kind: InstitutionKind,
  pub: number,
  cash: number,
  inKind: number,
) {
  const p = BigInt(pub);
  const c = BigInt(cash);
  const k = BigInt(inKind);
  const own = c + k;
  const total = p + own;
  const { maxPublic, minCash, publicText, cashText } = SHARES[kind];
  return {
    id,
    kind,
    publicFunding: pub,
    cash,
    inKind,
    total: Number(total),
    publicShare: ratioOracle(p, total),
    cashShare: ratioOracle(c, own),
    limits: { publicShare: publicText, cashShare: cashText },
    headroom: {
      publicFunding:
        maxPublic === 100 ? null : Number(floorDiv(BigInt(maxPublic) * own, BigInt(100 - maxPublic)) - p),
      cash: minCash === null ? null : Number(c - ceilDiv(BigInt(minCash) * own, 100n)),
    },
  };
}

interface MoneyRow {
  id: string;
  kind: InstitutionKind;
  publicFunding: number;
  cash: number;
  inKind: number;
}

function totalsOracle(pub: bigint, cash: bigint, inKind: bigint) {
  const total = pub + cash + inKind;
  return {
    publicFunding: Number(pub),
    cash: Number(cash),
    inKind: Number(inKind),
    total: Number(total),
    publicShare: ratioOracle(pub, total),
  };
}

/** The expected summary of a well-formed plan whose money is given in plain won. */
export function summaryOracle(edition: EditionId, track: TrackId, years: readonly (readonly MoneyRow[])[]) {
  const caps = CAPS[track];
  let planPub = 0n;
  let planCash = 0n;
  let planInKind = 0n;
  const yearRows = years.map((rows, y) => {
    let pub = 0n;
    let cash = 0n;
    let inKind = 0n;
    for (const row of rows) {
      pub += BigInt(row.publicFunding);
      cash += BigInt(row.cash);
      inKind += BigInt(row.inKind);
    }
    planPub += pub;
    planCash += cash;
    planInKind += inKind;
    return {
      year: y + 1,
      ...totalsOracle(pub, cash, inKind),
      participants: rows.map((r) => participantOracle(r.id, r.kind, r.publicFunding, r.cash, r.inKind)),
      headroom: { publicFunding: Number(BigInt(caps.perYear) - pub) },
    };
  });
  return {
    edition,
    track,
    caps: { maxYears: caps.years, maxGrantPerYear: caps.perYear, maxGrantTotal: caps.total },
    years: yearRows,
    total: {
      ...totalsOracle(planPub, planCash, planInKind),
      headroom: { publicFunding: Number(BigInt(caps.total) - planPub) },
    },
  };
}

/** An expected issue: code, path and params, as the oracle sees them. */
export interface ExpectedIssue {
  code: string;
  path: (string | number)[];
  params: Record<string, unknown>;
}

/**
 * The issues a well-formed plan (money in plain won) should get, in no particular order: years,
 * caps, duplicates, zero totals and both shares, decided in BigInt.
 */
export function issuesOracle(track: TrackId, years: readonly (readonly MoneyRow[])[]): ExpectedIssue[] {
  const caps = CAPS[track];
  const out: ExpectedIssue[] = [];
  if (years.length > caps.years) {
    out.push({
      code: 'GRANT_TOO_MANY_YEARS',
      path: ['years'],
      params: { limit: caps.years, actual: years.length },
    });
  }
  let planPub = 0n;
  years.forEach((rows, y) => {
    const year = y + 1;
    const seen = new Set<string>();
    let pub = 0n;
    rows.forEach((row, i) => {
      const path = ['years', y, 'participants', i];
      const p = BigInt(row.publicFunding);
      const c = BigInt(row.cash);
      const own = c + BigInt(row.inKind);
      const total = p + own;
      pub += p;
      if (seen.has(row.id)) {
        out.push({
          code: 'GRANT_PARTICIPANT_DUPLICATE',
          path: [...path, 'id'],
          params: { year, participant: row.id },
        });
      }
      seen.add(row.id);
      if (total === 0n) {
        out.push({ code: 'GRANT_PARTICIPANT_ZERO_TOTAL', path, params: { year, participant: row.id } });
      }
      const share = SHARES[row.kind];
      if (total > 0n && p * 100n > BigInt(share.maxPublic) * total) {
        out.push({
          code: 'GRANT_PUBLIC_SHARE_EXCEEDED',
          path: [...path, 'publicFunding'],
          params: {
            year,
            participant: row.id,
            kind: row.kind,
            limit: share.publicText,
            actual: ratioOracle(p, total),
          },
        });
      }
      if (share.minCash !== null && own > 0n && c * 100n < BigInt(share.minCash) * own) {
        out.push({
          code: 'GRANT_CASH_SHARE_TOO_LOW',
          path: [...path, 'cash'],
          params: {
            year,
            participant: row.id,
            kind: row.kind,
            limit: share.cashText,
            actual: ratioOracle(c, own),
          },
        });
      }
    });
    if (pub > BigInt(caps.perYear)) {
      out.push({
        code: 'GRANT_YEAR_CAP_EXCEEDED',
        path: ['years', y],
        params: { year, limit: caps.perYear, actual: Number(pub) },
      });
    }
    planPub += pub;
  });
  if (planPub > BigInt(caps.total)) {
    out.push({
      code: 'GRANT_TOTAL_CAP_EXCEEDED',
      path: ['years'],
      params: { limit: caps.total, actual: Number(planPub) },
    });
  }
  return out;
}

/** Sorts issues by their JSON so that two lists compare regardless of order. */
export function sortIssues<T>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => {
    const x = JSON.stringify(a);
    const z = JSON.stringify(b);
    return x < z ? -1 : x > z ? 1 : 0;
  });
}

// ---------------------------------------------------------------------------------------------
// Business registration numbers (사업자등록번호), by the national check-digit rule.

/** The check digit of nine digits: weights 1,3,7,1,3,7,1,3,5, plus ⌊5·d9 ÷ 10⌋. */
export function businessCheckDigit(nine: string): number {
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(nine.charAt(i)) * (weights[i] as number);
  sum += Math.floor((Number(nine.charAt(8)) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

/** Whether ten ASCII digits pass the national check. */
export function businessNumberOracle(ten: string): boolean {
  return /^[0-9]{10}$/u.test(ten) && businessCheckDigit(ten.slice(0, 9)) === Number(ten.charAt(9));
}

/** A valid number from nine digits, written 3-2-5 with dashes. */
export function validBusinessNumber(nine: string): string {
  const ten = `${nine}${String(businessCheckDigit(nine))}`;
  return `${ten.slice(0, 3)}-${ten.slice(3, 5)}-${ten.slice(5)}`;
}

/**
 * A participant row at a share boundary: public money at its kind's largest share (± 1 won) and
 * cash at its smallest share of the own part (± 1 won), computed in bigints. Where a rounding
 * error in the validator would show.
 */
export function boundaryRowArb(
  maxOwn: number,
): fc.Arbitrary<
  GrantParticipantInput & { readonly publicFunding: number; readonly cash: number; readonly inKind: number }
> {
  return fc
    .record({
      id: fc.constantFrom('a', 'b', 'c'),
      kind: fc.constantFrom<InstitutionKind>('sme', 'midsize', 'large'),
      own: fc.integer({ min: 1, max: maxOwn }),
      dPublic: fc.integer({ min: -1, max: 1 }),
      dCash: fc.integer({ min: -1, max: 1 }),
    })
    .map(({ id, kind, own, dPublic, dCash }) => {
      const [p, m] = BOUNDARY_PERCENTS[kind as 'sme' | 'midsize' | 'large'];
      const most = Number((BigInt(p) * BigInt(own)) / BigInt(100 - p));
      const least = Number((BigInt(m) * BigInt(own) + 99n) / 100n);
      const cash = Math.min(own, Math.max(0, least + dCash));
      return { id, kind, publicFunding: Math.max(0, most + dPublic), cash, inKind: own - cash };
    });
}

// Written again here, apart from the library's data, so the generator is an independent oracle.
const BOUNDARY_PERCENTS = { sme: [75, 10], midsize: [70, 13], large: [50, 15] } as const;

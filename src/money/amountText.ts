/**
 * How parseKRW reads an amount written as text: one pass over the string that reads its numbers
 * and units, says where a malformed amount goes wrong, and tells apart an amount such as `'7억5천'`
 * that reads two ways. Not a public entry point.
 *
 * @internal
 * @module
 */
import type { IssueParamsByCode, MoneyInvalidReason } from '../rules/codes';

/** What an amount needed where it went wrong, as MONEY_INVALID's `params.expected` says it. */
export type Expected = IssueParamsByCode['MONEY_INVALID']['expected'];

/** Why an input is not an amount and, for a string, where it goes wrong. */
export interface Refusal {
  readonly reason: MoneyInvalidReason;
  readonly position: number | null;
  readonly expected: Expected;
}

/** A refusal of a string that is not blank: it always says where. */
interface TextRefusal extends Refusal {
  readonly position: number;
}

/** An amount that reads two ways, in won: the colloquial reading first, the literal one second. */
export interface Ambiguity {
  readonly readings: readonly [number, number];
}

/** A whole amount of won, or why the input is not one, or its two readings. */
export type Outcome = number | Refusal | Ambiguity;

/** A number as written: integer digits without leading zeros, fraction digits without trailing zeros. */
interface Written {
  readonly int: string;
  readonly frac: string;
  /** Where the number starts in the text (for a unit without a number, where the unit is). */
  readonly start: number;
  /** Where its fraction digits start, or -1 without a decimal point. */
  readonly fracStart: number;
}

/** A written number and the power of ten it counts in (`5천만` is 5 at place 7). */
interface Term {
  readonly written: Written;
  readonly place: number;
}

/** A number waiting for the 만/억/조/경 that closes its group, with its 천/백/십 exponent. */
interface GroupTerm {
  readonly written: Written;
  readonly exp: number;
}

/** The terms of a well-formed amount, and what a colloquial reading of its last group would be. */
interface Reading {
  readonly terms: readonly Term[];
  /**
   * Where the terms of a last group that may mean a unit lower begin (`'5천'` of `'7억5천'`, read
   * colloquially as 5천만); `terms.length` when the amount has no such group.
   */
  readonly tail: number;
  /** How many places up the colloquial reading moves that group: 4 after 억, 8 after 조. */
  readonly shift: number;
  /** The place of the term before that group: the colloquial reading must fit below it. */
  readonly room: number;
  /** Where the first number (or unit) of the amount is. */
  readonly start: number;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
// Any total past MAX_SAFE_INTEGER will do to say "unsafe", so that huge terms never become bigints.
const TOO_LARGE = MAX_SAFE + 1n;
// 10^16 is the first power of ten past Number.MAX_SAFE_INTEGER (about 9.007 × 10^15).
const UNSAFE_PLACE = 16;
// A number of up to 15 digits is exact as a double, so plain digits that short skip the grammar.
const EXACT_DIGITS = 15;
// Above every unit, so that the first unit of an amount is always in order.
const NO_UNIT = 20;
// 만/억/조/경 are four places apart, and each of their groups counts 천/백/십 below that.
const GROUP_WIDTH = 4;
const PLAIN_DIGITS = /^[0-9]+$/u;
const WHITESPACE = /\s/u;
// Decomposed Hangul (conjoining jamo) and full-width forms: rewritten before the grammar reads the text.
const NEEDS_REWRITE = /[\u1100-\u11ff\uff01-\uff5e\uffe6]/u;
const ZERO = 0x30;
const NINE = 0x39;
const COMMA = 0x2c;
const DOT = 0x2e;
const HYPHEN_MINUS = 0x2d;
const MINUS_SIGN = 0x2212;
const WON_SIGN = 0x20a9;
const FULL_WIDTH_WON_SIGN = 0xffe6;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
// Full-width '！' (U+FF01) is '!' (U+0021): every form of the block is its ASCII character plus this.
const FULL_WIDTH_OFFSET = 0xfee0;
// Hangul syllable composition (The Unicode Standard, §3.12 "Conjoining Jamo Behavior").
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const LEADING_FIRST = 0x1100;
const LEADING_LAST = 0x1112;
const VOWEL_FIRST = 0x1161;
const VOWEL_LAST = 0x1175;
// One below the first trailing consonant (U+11A8): trailing consonant k adds k − TRAILING_BASE.
const TRAILING_BASE = 0x11a7;
const TRAILING_LAST = 0x11c2;
const VOWELS = 21;
const TRAILINGS = 28;

/**
 * Reads an amount of won from text: digits with thousands commas and a decimal point, Korean units
 * (조·억·만 and 천·백·십 within each), whitespace after units, a leading minus, a currency sign or
 * code before (`₩`, `￦`, `KRW`) or after (`원`, `KRW`) the amount, full-width forms and decomposed
 * Hangul. parseKRW documents the rules.
 *
 * @param input - the text as the caller gave it.
 * @returns the amount, or the refusal with the position in `input` where it goes wrong, or the two
 * readings of an amount whose last group may mean a unit lower.
 *
 * @internal
 * @example
 * ```ts
 * import { readAmountText } from './amountText'; // inside src/money only
 * readAmountText('1억 2천만원'); // 120_000_000
 * readAmountText('1억억'); // { reason: 'syntax', position: 2, expected: 'smaller-unit' }
 * readAmountText('7억5천'); // { readings: [750_000_000, 700_005_000] }
 * ```
 */
export function readAmountText(input: string): Outcome {
  if (input.length <= EXACT_DIGITS && PLAIN_DIGITS.test(input)) return Number(input);
  if (skipSpace(input, 0) === input.length) return { reason: 'empty', position: null, expected: null };
  if (!NEEDS_REWRITE.test(input)) return readText(input);
  const { text, origin } = rewrite(input);
  const outcome = readText(text);
  // The position in the rewritten text, moved back to the string as given; past the last
  // character it is the end of the input.
  return typeof outcome === 'object' && 'reason' in outcome
    ? { ...outcome, position: origin[outcome.position] ?? input.length }
    : outcome;
}

/**
 * Composes decomposed Hangul syllables (as NFC does) and turns full-width forms into ASCII (`７`
 * into `7`, `￦` into `₩`), keeping for each character of the result where it came from, so that a
 * refusal can point into the string the caller gave.
 */
function rewrite(input: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  while (index < input.length) {
    origin.push(index);
    const code = input.charCodeAt(index);
    const next = input.charCodeAt(index + 1);
    if (isBetween(code, LEADING_FIRST, LEADING_LAST) && isBetween(next, VOWEL_FIRST, VOWEL_LAST)) {
      const open = SYLLABLE_FIRST + ((code - LEADING_FIRST) * VOWELS + (next - VOWEL_FIRST)) * TRAILINGS;
      const trailing = input.charCodeAt(index + 2);
      const closed = isBetween(trailing, TRAILING_BASE + 1, TRAILING_LAST);
      text += String.fromCharCode(closed ? open + trailing - TRAILING_BASE : open);
      index += closed ? 3 : 2;
    } else if (isOpenSyllable(code) && isBetween(next, TRAILING_BASE + 1, TRAILING_LAST)) {
      text += String.fromCharCode(code + next - TRAILING_BASE);
      index += 2;
    } else {
      text += String.fromCharCode(asciiOf(code));
      index += 1;
    }
  }
  return { text, origin };
}

function asciiOf(code: number): number {
  if (code === FULL_WIDTH_WON_SIGN) return WON_SIGN;
  return isBetween(code, FULL_WIDTH_FIRST, FULL_WIDTH_LAST) ? code - FULL_WIDTH_OFFSET : code;
}

/** A syllable without a final consonant, to which a trailing consonant jamo may join. */
function isOpenSyllable(code: number): boolean {
  return isBetween(code, SYLLABLE_FIRST, SYLLABLE_LAST) && (code - SYLLABLE_FIRST) % TRAILINGS === 0;
}

/**
 * The whole text, not blank: whitespace, a minus sign and a currency sign or code (in either
 * order), the amount, then a 원 or KRW and whitespace. Gives the literal amount, or both readings
 * when its last group may also mean a unit lower.
 */
function readText(text: string): number | TextRefusal | Ambiguity {
  let index = skipSpace(text, 0);
  let sign = -1;
  if (isMinus(text.charCodeAt(index))) {
    sign = index;
    index += 1;
  }
  const prefixEnd = currencyPrefixEnd(text, index);
  if (prefixEnd !== -1) {
    index = skipSpace(text, prefixEnd);
    if (sign === -1 && isMinus(text.charCodeAt(index))) {
      sign = index;
      index += 1;
    }
  }
  const reading = scan(text, index, prefixEnd !== -1);
  if ('reason' in reading) return reading;
  const literal = literalValue(reading);
  // The sign is the first thing wrong with '-1.5', '-1경' or '-7억5천', but '-0' is zero, as -0 is.
  if (sign !== -1) return literal === 0 ? 0 : refusal('negative', sign);
  if (typeof literal !== 'number') return literal;
  const colloquial = colloquialValue(reading);
  return colloquial === undefined || colloquial === literal ? literal : { readings: [colloquial, literal] };
}

/**
 * Splits an amount into its terms with their places, or says where it is not well formed.
 * One pass: numbers wait in `pending`, 천/백/십 add them to the open group, and 만/억/조/경 (or
 * the end of the text) close the group and give its terms their places.
 */
function scan(text: string, start: number, prefixed: boolean): Reading | TextRefusal {
  const terms: Term[] = [];
  let group: GroupTerm[] = [];
  let pending: Written | undefined;
  let lastBig = NO_UNIT;
  let lastSmall = GROUP_WIDTH;
  let previousPlace = Number.POSITIVE_INFINITY;
  // What came last: nothing yet, a number, or a unit.
  let after: 'start' | 'number' | 'unit' = 'start';
  let suffixed = false;

  const closeGroup = (big: number): TextRefusal | undefined => {
    for (const { written, exp } of group) {
      const place = big + exp;
      // A number after the first must fit below the place of the one before it, so that the
      // 2,345 of '1억 2,345만' is read but the 12,000 of '1억 12,000만' is refused.
      if (written.int.length + place > previousPlace) return syntaxError(written.start, 'smaller-number');
      terms.push({ written, place });
      previousPlace = place;
    }
    group = [];
    return undefined;
  };

  let index = start;
  while (index < text.length) {
    if (isDigit(text.charCodeAt(index))) {
      const read = readNumber(text, index);
      if ('reason' in read) return read;
      pending = read;
      index = read.end;
      after = 'number';
      continue;
    }
    const char = text.charAt(index);
    const small = smallUnit(char);
    const big = bigUnit(char);
    if (small !== undefined) {
      if (small >= lastSmall) return syntaxError(index, 'smaller-unit');
      group.push({ written: pending ?? one(index), exp: small });
      lastSmall = small;
    } else if (big !== undefined) {
      if (big >= lastBig) return syntaxError(index, 'smaller-unit');
      // '만원' counts one 만; '5천만' closes the 5천 already in the group.
      if (pending !== undefined || group.length === 0) group.push({ written: pending ?? one(index), exp: 0 });
      const misfit = closeGroup(big);
      if (misfit !== undefined) return misfit;
      lastBig = big;
      lastSmall = GROUP_WIDTH;
    } else if (WHITESPACE.test(char)) {
      // Whitespace may follow a unit ('1억 2천만'), or end a number before 원 or the end of the
      // text ('700,000,000 원'), but never part 7 from its 억 ('7 억') or follow a minus ('- 5').
      const next = skipSpace(text, index);
      if (after === 'start') return syntaxError(index, 'digit');
      if (after === 'number' && next < text.length && suffixEnd(text, next) === -1) {
        return syntaxError(index, 'unit');
      }
      index = next;
      continue;
    } else {
      const end = after === 'start' ? -1 : suffixEnd(text, index);
      if (end === -1) return syntaxError(index, after === 'number' ? 'unit' : 'digit');
      // One currency mark per amount: '₩700원' has two.
      if (prefixed) return syntaxError(index, 'end');
      index = skipSpace(text, end);
      if (index < text.length) return syntaxError(index, 'end');
      suffixed = true;
      break;
    }
    pending = undefined;
    after = 'unit';
    index += 1;
  }
  if (after === 'start') return syntaxError(index, 'digit');
  if (pending !== undefined) group.push({ written: pending, exp: 0 });
  const room = previousPlace;
  const tail = terms.length;
  // The last group is read literally (5천 of '7억5천' is 5,000 won); colloquially it may mean a unit
  // lower than the last unit (7억 5천만). That reading counts when that unit is 억 or above (after
  // 만 a 천 is literal) and the group has a 천/백/십, or is bare digits without 원 ('2억 5,000').
  const mayMeanLower =
    group.length > 0 &&
    lastBig > GROUP_WIDTH &&
    lastBig !== NO_UNIT &&
    (!suffixed || group.some(({ exp }) => exp > 0));
  const misfit = closeGroup(0);
  if (misfit !== undefined) return misfit;
  return { terms, tail: mayMeanLower ? tail : terms.length, shift: lastBig - GROUP_WIDTH, room, start };
}

/** Reads the number that starts at `start` (a digit), with its thousands commas and decimals. */
function readNumber(text: string, start: number): (Written & { readonly end: number }) | TextRefusal {
  let index = start;
  let run = 0;
  let commas = 0;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isDigit(code)) {
      // After a comma a group has exactly three digits: a fourth is out of place.
      if (commas > 0 && run === 3) return syntaxError(index, 'comma-group');
      run += 1;
    } else if (code === COMMA) {
      // The first group before a comma has one to three digits and no leading zero ('0,123' is
      // refused); every later one exactly three, so a comma after fewer wants a digit instead.
      if (commas > 0 && run < 3) return syntaxError(index, 'digit');
      if (commas === 0 && (run > 3 || text.charCodeAt(start) === ZERO)) {
        return syntaxError(index, 'comma-group');
      }
      commas += 1;
      run = 0;
    } else {
      break;
    }
  }
  if (commas > 0 && run < 3) return syntaxError(index, 'digit');
  const digits = text.slice(start, index);
  let frac = '';
  let fracStart = -1;
  if (text.charCodeAt(index) === DOT) {
    fracStart = index + 1;
    index = fracStart;
    // Past the end charCodeAt is NaN, which is no digit: the loop stops there.
    while (isDigit(text.charCodeAt(index))) index += 1;
    if (index === fracStart) return syntaxError(index, 'digit');
    frac = text.slice(fracStart, index);
  }
  return {
    int: stripLeadingZeros(commas > 0 ? digits.replaceAll(',', '') : digits),
    frac: stripTrailingZeros(frac),
    start,
    fracStart,
    end: index,
  };
}

/** The amount as written, or why it is not whole won or not safe. */
function literalValue({ terms, start }: Reading): number | TextRefusal {
  // Fractional before unsafe, as for numbers: every term is checked for whole won first.
  for (const { written, place } of terms) {
    // Its first digit below one won.
    if (written.frac.length > place) return refusal('fractional', written.fracStart + place);
  }
  const total = valueOf(terms, 0);
  // The first term is the largest: the amount is too large from its first number on.
  return total > MAX_SAFE ? refusal('unsafe', start) : Number(total);
}

/** The amount with its last group a unit lower, when that reads as a safe amount too. */
function colloquialValue({ terms, tail, shift, room }: Reading): number | undefined {
  const first = terms[tail];
  // Moved up, the group must still fit below the unit before it: '7억 12천' can only be 700,012,000.
  if (first === undefined || first.written.int.length + first.place + shift > room) return undefined;
  const total = valueOf(terms.slice(0, tail), 0) + valueOf(terms.slice(tail), shift);
  return total > MAX_SAFE ? undefined : Number(total);
}

/** The exact value of terms moved up `shift` places, or any value past MAX_SAFE_INTEGER when a term alone is. */
function valueOf(terms: readonly Term[], shift: number): bigint {
  let total = 0n;
  for (const { written, place: placeAsWritten } of terms) {
    const { int, frac } = written;
    const place = placeAsWritten + shift;
    // Decided on the digit count, so that a megabyte of digits never becomes a bigint.
    if (int.length > 0 && int.length - 1 + place >= UNSAFE_PLACE) return TOO_LARGE;
    // The digits of the term followed by its zeros: exact, with no bigint exponentiation.
    total += BigInt(`${int}${frac}${'0'.repeat(place - frac.length)}`);
  }
  return total;
}

function refusal(reason: MoneyInvalidReason, position: number): TextRefusal {
  return { reason, position, expected: null };
}

function syntaxError(position: number, expected: NonNullable<Expected>): TextRefusal {
  return { reason: 'syntax', position, expected };
}

function one(start: number): Written {
  return { int: '1', frac: '', start, fracStart: -1 };
}

function skipSpace(text: string, start: number): number {
  let index = start;
  while (index < text.length && WHITESPACE.test(text.charAt(index))) index += 1;
  return index;
}

/** Where a currency sign or code before the amount ends, or -1 when there is none. */
function currencyPrefixEnd(text: string, index: number): number {
  if (text.charCodeAt(index) === WON_SIGN) return index + 1;
  return text.startsWith('KRW', index) ? index + 3 : -1;
}

/** Where a 원 or KRW after the amount ends, or -1 when there is none. */
function suffixEnd(text: string, index: number): number {
  if (text.charAt(index) === '원') return index + 1;
  return text.startsWith('KRW', index) ? index + 3 : -1;
}

function isMinus(code: number): boolean {
  return code === HYPHEN_MINUS || code === MINUS_SIGN;
}

function isDigit(code: number): boolean {
  return isBetween(code, ZERO, NINE);
}

function isBetween(code: number, first: number, last: number): boolean {
  return code >= first && code <= last;
}

function stripLeadingZeros(digits: string): string {
  let start = 0;
  while (digits.charCodeAt(start) === ZERO) start += 1;
  return digits.slice(start);
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === ZERO) end -= 1;
  return digits.slice(0, end);
}

function smallUnit(char: string): number | undefined {
  switch (char) {
    case '천':
      return 3;
    case '백':
      return 2;
    case '십':
      return 1;
    default:
      return undefined;
  }
}

function bigUnit(char: string): number | undefined {
  switch (char) {
    case '경':
      return 16;
    case '조':
      return 12;
    case '억':
      return 8;
    case '만':
      return 4;
    default:
      return undefined;
  }
}

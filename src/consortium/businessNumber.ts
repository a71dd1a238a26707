/**
 * Why a business registration number was refused: `format` — not ten digits (dashes and spaces
 * allowed between them); `checksum` — the tenth digit does not match the national check digit.
 */
export type BusinessNumberProblem = 'format' | 'checksum';

/**
 * What {@link readBusinessNumber} finds: the ten digits, or why the number is refused.
 */
export type BusinessNumberReading =
  | {
      /** The ten digits, without dashes. */
      readonly digits: string;
      /** Absent when the number is valid. */
      readonly problem?: never;
    }
  | {
      /** Why the number is refused. */
      readonly problem: BusinessNumberProblem;
      /** Absent when the number is refused. */
      readonly digits?: never;
    };

// The national check-digit weights for the first nine digits of a 사업자등록번호.
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/**
 * The national check digit of a 사업자등록번호 from its first nine digits.
 *
 * @internal
 */
export function checkDigitOf(nineDigits: string): number {
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += Number(nineDigits[i]) * weight;
  });
  // The ninth digit counts once more: the tens of 5 × its value.
  sum += Math.floor((Number(nineDigits[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

/**
 * Reads a Korean business registration number (사업자등록번호) and checks its check digit.
 *
 * @param input - ten digits, with or without dashes or spaces (`'120-81-47521'`, `'1208147521'`);
 * anything else, a non-string included, is refused with `'format'`.
 * @returns the ten digits, or why the number is refused.
 *
 * @example
 * ```ts
 * import { readBusinessNumber } from 'regional-innovation-rnd/consortium';
 * readBusinessNumber('120-81-47521'); // { digits: '1208147521' }
 * readBusinessNumber('120-81-47520'); // { problem: 'checksum' }
 * readBusinessNumber('12-3'); // { problem: 'format' }
 * ```
 */
export function readBusinessNumber(input: unknown): BusinessNumberReading {
  if (typeof input !== 'string') return { problem: 'format' };
  const digits = input.replace(/[-\s]/gu, '');
  if (!/^\d{10}$/u.test(digits)) return { problem: 'format' };
  return checkDigitOf(digits) === Number(digits[9]) ? { digits } : { problem: 'checksum' };
}

/**
 * Whether a Korean business registration number is well-formed and its check digit matches.
 *
 * @param input - anything; only a string of ten digits (dashes allowed) can pass.
 * @returns `true` for a valid number.
 *
 * @example
 * ```ts
 * import { isValidBusinessNumber } from 'regional-innovation-rnd/consortium';
 * isValidBusinessNumber('120-81-47521'); // true
 * isValidBusinessNumber('1208147522'); // false
 * ```
 */
export function isValidBusinessNumber(input: unknown): boolean {
  return readBusinessNumber(input).digits !== undefined;
}

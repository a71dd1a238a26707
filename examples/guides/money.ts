/**
 * Examples of the "Amounts of won" section of the grant-plans guide (docs/guides/{en,ko}/grant-plans.md),
 * by region: the forms parseKRW reads, the amounts it refuses as ambiguous, and where a malformed
 * amount goes wrong. The test suite runs this file; every assertion must hold.
 */
import assert from 'node:assert/strict';
import { parseKRW } from 'regional-innovation-rnd/money';
import { isRulesError } from 'regional-innovation-rnd/rules';

// #region money-forms
// What spreadsheets and forms produce: a currency sign or code, a space before 원, full-width
// digits and commas, NBSP and ideographic spaces around the amount.
assert.equal(parseKRW('₩700,000,000'), 700_000_000);
assert.equal(parseKRW('￦700,000,000'), 700_000_000);
assert.equal(parseKRW('KRW 700,000,000'), 700_000_000);
assert.equal(parseKRW('700,000,000 KRW'), 700_000_000);
assert.equal(parseKRW('700,000,000 원'), 700_000_000);
assert.equal(parseKRW('７억'), 700_000_000);
assert.equal(parseKRW('７００，０００，０００'), 700_000_000);
assert.equal(parseKRW('\u00a0700,000,000\u3000'), 700_000_000);
// Still refused: two currency marks, a negative amount, a fraction of a won.
assert.throws(() => parseKRW('₩700원'), { code: 'MONEY_INVALID' });
assert.throws(() => parseKRW('-₩5,000'), { code: 'MONEY_INVALID' });
assert.throws(() => parseKRW('1.5원'), { code: 'MONEY_INVALID' });
// #endregion money-forms

// #region money-ambiguous
/** Both readings of an amount that reads two ways: [colloquial, literal]. */
function readingsOf(text: string): readonly [number, number] | undefined {
  try {
    parseKRW(text);
  } catch (error) {
    if (isRulesError(error, 'MONEY_AMBIGUOUS')) return error.params.readings;
    throw error;
  }
  return undefined;
}
// A 천, 백 or 십 after 억 or 조 that no 만 closes: 7억 5천만, or 7억 5천원?
assert.deepEqual(readingsOf('7억5천'), [750_000_000, 700_005_000]);
assert.deepEqual(readingsOf('7억 5천원'), [750_000_000, 700_005_000]);
assert.deepEqual(readingsOf('3억5백'), [305_000_000, 300_000_500]);
// After 조 the colloquial reading is in 억: 1조 5천억, or 1조 5천원?
assert.deepEqual(readingsOf('1조 5천'), [1_500_000_000_000, 1_000_000_005_000]);
// Bare digits after 억 without 원: the 부동산 shorthand for 2억 5,000만, or 2억 5,000원?
assert.deepEqual(readingsOf('2억 5,000'), [250_000_000, 200_005_000]);
// These read one way only.
assert.equal(parseKRW('7억 5천만원'), 750_000_000);
assert.equal(parseKRW('7억 5,000원'), 700_005_000);
assert.equal(parseKRW('1조5천억'), 1_500_000_000_000);
assert.equal(parseKRW('5만5천'), 55_000);
assert.equal(parseKRW('5천'), 5_000);
// #endregion money-ambiguous

// #region money-position
// A malformed amount says where it goes wrong (0-based, in the string as given, before
// trimming), and what it needed there, so that a form can highlight the spot.
const where = (text: string) => {
  try {
    parseKRW(text);
  } catch (error) {
    if (isRulesError(error, 'MONEY_INVALID')) return [error.params.position, error.params.expected];
    throw error;
  }
  return undefined;
};
assert.deepEqual(where('1억억'), [2, 'smaller-unit']);
assert.deepEqual(where('  7 억'), [3, 'unit']);
assert.deepEqual(where('1,2345원'), [5, 'comma-group']);
assert.deepEqual(where('7억원원'), [3, 'end']);
assert.deepEqual(where('1억 12,000만'), [3, 'smaller-number']);
// A well-formed amount that is not whole, safe or positive points at its place, expecting nothing.
assert.deepEqual(where('1.5원'), [2, null]);
// '-5' as text points at its minus sign; the number -5 has no characters to point at.
assert.deepEqual(where('-5'), [0, null]);
assert.throws(() => parseKRW(-5), {
  code: 'MONEY_INVALID',
  params: { input: '-5', reason: 'negative', position: null, expected: null },
});
// #endregion money-position

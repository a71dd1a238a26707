/**
 * Reading amounts is on the path of every validator that takes budgets as text: compare parseKRW
 * (NFC, grammar, exact bigint arithmetic) over a mix of Korean amounts with a naive digit strip,
 * which reads the digit-only strings and gets every amount with a unit wrong. formatKRW is
 * compared with toLocaleString, which writes the digits style only.
 */
import { formatKRW, parseKRW } from 'regional-innovation-rnd/money';
import { bench, isQuick, ratio, report } from './harness';

const COUNT = isQuick ? 1_000 : 10_000;

// A deterministic spread of amounts (no Math.random, so every run times the same work).
const amounts = Array.from(
  { length: COUNT },
  (_, i) => ((i * 2_654_435_761) % 10_000_000) * 1_000 + (i % 7) * 10_000,
);
const forms: readonly ((won: number) => string)[] = [
  (won) => formatKRW(won),
  (won) => formatKRW(won, { style: 'digits' }),
  (won) => String(won),
  (won) => `${String(Math.floor(won / 1e8) || 1)}억 ${String(Math.floor(won / 1e7) % 10 || 1)}천만원`,
  (won) => `${(won / 1e8).toFixed(2)}억`,
];
const texts = amounts.map((won, i) => (forms[i % forms.length] ?? String)(won));
const digitTexts = amounts.map((won) => String(won));

const results = bench([
  {
    name: `parseKRW, mixed Korean amounts × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let total = 0;
      for (const text of texts) total += parseKRW(text);
      return total;
    },
  },
  {
    name: `baseline: strip non-digits × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let total = 0;
      for (const text of texts) total += Number(text.replace(/[^0-9]/gu, ''));
      return total;
    },
  },
  {
    name: `parseKRW, digit strings × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let total = 0;
      for (const text of digitTexts) total += parseKRW(text);
      return total;
    },
  },
  {
    name: `baseline: Number(digits) × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let total = 0;
      for (const text of digitTexts) total += Number(text);
      return total;
    },
  },
  {
    name: `formatKRW korean × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let length = 0;
      for (const won of amounts) length += formatKRW(won).length;
      return length;
    },
  },
  {
    name: `formatKRW digits × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let length = 0;
      for (const won of amounts) length += formatKRW(won, { style: 'digits' }).length;
      return length;
    },
  },
  {
    name: `baseline: toLocaleString('en-US') × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let length = 0;
      for (const won of amounts) length += `${won.toLocaleString('en-US')}원`.length;
      return length;
    },
  },
]);

report('money: reading and writing amounts of won', results);
const [parseMixed, stripMixed, parseDigits, numberDigits, formatKorean, formatDigits, localeDigits] = results;
if (parseMixed && stripMixed) ratio('parseKRW mixed / strip non-digits', parseMixed, stripMixed);
if (parseDigits && numberDigits) ratio('parseKRW digits / Number(digits)', parseDigits, numberDigits);
if (formatKorean && localeDigits) ratio('formatKRW korean / toLocaleString', formatKorean, localeDigits);
if (formatDigits && localeDigits) ratio('formatKRW digits / toLocaleString', formatDigits, localeDigits);

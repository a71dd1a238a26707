// Sources write the same industry with and without spaces, with any of several middle dots
// (U+00B7 ·, U+30FB ・, U+2027 ‧, U+2022 •, U+2219 ∙, U+22C5 ⋅, U+FF65 ･, and the Hangul letter
// U+318D ㆍ that Korean keyboards offer for it), with commas for the dots, and with invisible
// format characters pasted from web pages (zero-width spaces and joiners, the word joiner, a
// byte-order mark, soft hyphens, direction marks: Unicode category Cf).
const IGNORED = /[\s\u00B7\u30FB\u2027\u2022\u2219\u22C5\uFF65\u318D,\u3001\uFF0C\p{Cf}]/gu;
const TRAILING_SANEOP = /산업$/u;
const ASCII_UPPER = /[A-Z]/gu;
// A name has at least one letter or digit; what is left of '-', '()' or '…' names nothing.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Folds an industry name into the key the look-ups compare: NFC, no spaces, middle dots, commas
 * or invisible format characters, no trailing `산업`, ASCII letters in lower case. Two spellings of
 * one industry in the sources (`'나노·반도체'`, `'나노 반도체산업'`) fold to the same key.
 *
 * A name with no letter or digit left (`''`, `'   '`, `'·'`, `'산업'`, `' 산업 '`, `'-'`, `'()'`,
 * zero-width characters only) folds to `''`: it names nothing, and every look-up treats it as
 * not given. Only ASCII letters change case, so Korean text is never altered beyond NFC.
 *
 * @param name - a name as written anywhere (NFD input from macOS file names works too).
 * @returns the key; `''` for a name that names nothing, or for anything but a string.
 *
 * @example
 * ```ts
 * import { normalizeIndustryName } from 'regional-innovation-rnd/industries';
 * normalizeIndustryName('나노·반도체 산업'); // '나노반도체'
 * normalizeIndustryName('도심항공교통(UAM)'); // '도심항공교통(uam)'
 * normalizeIndustryName('Power Semiconductors'); // 'powersemiconductors'
 * normalizeIndustryName(' 산업 '); // '': nothing is left once 산업 is dropped
 * normalizeIndustryName('()'); // '': no letter or digit
 * ```
 */
export function normalizeIndustryName(name: string): string {
  // Typed callers always pass a string; JavaScript callers may not, and get no match.
  if (typeof (name as unknown) !== 'string') return '';
  const key = name
    .normalize('NFC')
    .replace(IGNORED, '')
    // Dropping a space can bring a combining mark or a conjoining jamo next to its base.
    .normalize('NFC')
    .replace(TRAILING_SANEOP, '')
    .replace(ASCII_UPPER, (letter) => letter.toLowerCase());
  return LETTER_OR_DIGIT.test(key) ? key : '';
}

// Sources write the same industry with and without spaces, with any of several middle dots
// (U+00B7 ·, U+30FB ・, U+2027 ‧, U+2022 •, U+2219 ∙, U+22C5 ⋅, U+FF65 ･, and the Hangul letter
// U+318D ㆍ that Korean keyboards offer for it), with commas for the dots, and with zero-width
// characters pasted from web pages.
const IGNORED = /[\s\u00B7\u30FB\u2027\u2022\u2219\u22C5\uFF65\u318D,\u3001\uFF0C\u200B-\u200D\u2060]/gu;
const TRAILING_SANEOP = /산업$/u;
const ASCII_UPPER = /[A-Z]/gu;

/**
 * Folds an industry name into the key the look-ups compare: NFC, no spaces, middle dots or
 * commas, no trailing `산업`, ASCII letters in lower case. Two spellings of one industry in the
 * sources (`'나노·반도체'`, `'나노 반도체산업'`) fold to the same key.
 *
 * Only ASCII letters change case, so Korean text is never altered beyond NFC.
 *
 * @param name - a name as written anywhere (NFD input from macOS file names works too).
 * @returns the key; `''` for a name made only of what is dropped, or for anything but a string.
 *
 * @example
 * ```ts
 * import { normalizeIndustryName } from 'regional-innovation-rnd/industries';
 * normalizeIndustryName('나노·반도체 산업'); // '나노반도체'
 * normalizeIndustryName('도심항공교통(UAM)'); // '도심항공교통(uam)'
 * normalizeIndustryName('Power Semiconductors'); // 'powersemiconductors'
 * ```
 */
export function normalizeIndustryName(name: string): string {
  // Typed callers always pass a string; JavaScript callers may not, and get no match.
  if (typeof (name as unknown) !== 'string') return '';
  return (
    name
      .normalize('NFC')
      .replace(IGNORED, '')
      // Dropping a space can bring a combining mark or a conjoining jamo next to its base.
      .normalize('NFC')
      .replace(TRAILING_SANEOP, '')
      .replace(ASCII_UPPER, (letter) => letter.toLowerCase())
  );
}

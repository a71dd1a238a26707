/**
 * Examples of how region names are read, for the region section of the eligibility guide
 * (docs/guides/en/eligibility.md, docs/guides/ko/eligibility.md). Each region is included in both
 * pages; the assertions are the results the pages describe.
 */
import assert from 'node:assert/strict';

// #region region-names
import { getRegion } from 'regional-innovation-rnd/regions';

// Names, short names, short names with 도, former names and romanisations all read the same.
for (const name of [
  '경상북도',
  '경북',
  '경북도',
  'Gyeongbuk',
  'Gyeongsangbuk-do',
  'Kyongsangbuk-do',
  'Kyungbuk',
]) {
  assert.equal(getRegion(name)?.code, '47');
}
assert.equal(getRegion('Pusan')?.code, '26'); // McCune–Reischauer
assert.equal(getRegion('전라북도')?.code, '52'); // the name before 2024-01-18
// Spreadsheet noise does not matter: odd spaces, full-width letters, trailing punctuation.
assert.equal(getRegion('\u3000부산\u00A0')?.code, '26');
assert.equal(getRegion('ＢＵＳＡＮ')?.code, '26');
assert.equal(getRegion('부산,')?.code, '26');
// A number is a code.
assert.equal(getRegion(26)?.code, '26');
assert.equal(getRegion('42')?.code, '51'); // 강원도's code until 2023-06-10
// #endregion region-names

// #region region-addresses
// An address is decided by the 시·도 name it starts with, the longest that fits.
assert.equal(getRegion('부산광역시 해운대구 센텀중앙로 79')?.code, '26');
assert.equal(getRegion('경북 포항시 남구')?.code, '47');
assert.equal(getRegion('서울 강남구')?.code, '11');
assert.equal(getRegion('경기도 광주시')?.code, '41'); // 경기도, capital region
assert.equal(getRegion('광주광역시 북구')?.code, '29');
// A 시·도 name later in the text never decides; English addresses, which end with it, are not read.
assert.equal(getRegion('해운대구 부산'), undefined);
assert.equal(getRegion('Haeundae-gu, Busan'), undefined);
// #endregion region-addresses

// #region region-ambiguous
import { isNonCapitalRegion, requireRegion } from 'regional-innovation-rnd/regions';
import { isRulesError } from 'regional-innovation-rnd/rules';

// '광주시' is 광주광역시 (non-capital) or 경기도 광주시 (capital region): the library asks.
const whichGwangju = (): unknown => getRegion('광주시');
assert.throws(whichGwangju, (error: unknown) => {
  assert.ok(isRulesError(error, 'REGION_AMBIGUOUS'));
  assert.deepEqual(
    error.params.candidates.map((c) => [c.region, c.ko, c.capital]),
    [
      ['29', '광주광역시', false],
      ['41', '경기도 광주시', true],
    ],
  );
  return true;
});
assert.throws(() => requireRegion('Gwangju-si'), { code: 'REGION_AMBIGUOUS' });
assert.throws(() => isNonCapitalRegion('광주시'), { code: 'REGION_AMBIGUOUS' });
assert.throws(() => getRegion('광주 오포읍'), { code: 'REGION_AMBIGUOUS' }); // a 읍 of 경기도 광주시
// The 시·도 short name stays 광주광역시, and one of its five 자치구 settles an address.
assert.equal(getRegion('광주')?.code, '29');
assert.equal(getRegion('Gwangju')?.code, '29');
assert.equal(getRegion('광주 북구')?.code, '29');
assert.equal(getRegion('경기 광주')?.code, '41');
// Two 시·도 together are ambiguous too; isNonCapitalRegion answers when both give the same answer.
assert.throws(() => getRegion('대구·경북'), { code: 'REGION_AMBIGUOUS' });
assert.equal(isNonCapitalRegion('대구·경북'), true);
// 시·군 names are not read: 고성군 is in both 강원 and 경남.
assert.equal(getRegion('고성군'), undefined);
// #endregion region-ambiguous

// #region region-merged
import { SUCCESSOR_REGIONS, findRegion } from 'regional-innovation-rnd/regions';

// 전남광주통합특별시 (short name 광주특별시) replaces 광주 (29) and 전남 (46): planned for
// 2026-07-01, code not known.
const merged = findRegion('전남광주통합특별시');
assert.equal(merged, SUCCESSOR_REGIONS[0]);
assert.equal(merged?.code, null);
assert.equal(merged.capital, false);
assert.deepEqual(merged.effective, { from: '2026-07-01', confidence: 'reported' });
assert.deepEqual(merged.successorOf, ['29', '46']);
assert.equal(findRegion('광주특별시'), merged);
assert.equal(findRegion('전남광주특별시'), merged); // the name agreed on 2026-01-27
// Non-capital either way.
assert.equal(isNonCapitalRegion('전남광주통합특별시 북구'), true);
// getRegion answers with one of the 17 시·도 and its code, so it asks which of the two is meant.
assert.throws(() => getRegion('전남광주통합특별시'), { code: 'REGION_AMBIGUOUS' });
// Nothing else changes: 광주 and 전남 are still found, non-capital, with their codes.
assert.equal(getRegion('광주광역시')?.code, '29');
assert.equal(getRegion('전남')?.code, '46');
// #endregion region-merged

/**
 * Examples of the key-industry section of the eligibility guide (docs/guides/en/eligibility.md,
 * docs/guides/ko/eligibility.md): industry names as people type them. Each region is included in
 * both pages; the assertions are the results the pages describe.
 */
import assert from 'node:assert/strict';

// #region key-industry-answers
import { isKeyIndustryOf } from 'regional-innovation-rnd/industries';

assert.equal(isKeyIndustryOf('부산', '실버케어 테크'), 'yes'); // names match loosely
assert.equal(isKeyIndustryOf('부산', '디지털헬스케어'), 'no'); // 강원's; 부산's list is complete
assert.equal(isKeyIndustryOf('부산', '전력반도체'), 'no'); // a 미래신산업 of 부산
assert.equal(isKeyIndustryOf('경기', '첨단반도체'), 'no'); // capital regions have none
assert.equal(isKeyIndustryOf('대전', '디지털헬스케어'), 'unknown'); // 대전's list is not complete
assert.equal(isKeyIndustryOf('강원', '나노반도체'), 'unknown'); // 강원's three are named, the count is not
// A name the catalogue does not know is unknown, even where the list is complete: it may be a typo.
assert.equal(isKeyIndustryOf('부산', '라이프케어소'), 'unknown');
// A name that names nothing is not given.
assert.equal(isKeyIndustryOf('부산', ' 산업 '), 'unknown');
// #endregion key-industry-answers

// #region key-industry-classify
import { classifyKeyIndustry, suggestIndustries } from 'regional-innovation-rnd/industries';

// The reason behind each answer, and the industry the name matched.
const listed = classifyKeyIndustry('부산', '실버케어 테크');
assert.equal(listed.reason, 'listed');
assert.equal(listed.industry.id, 'busan-silver-care-tech');
assert.equal(listed.origin, 'library'); // not a caller's addition

assert.equal(classifyKeyIndustry('부산', '디지털헬스케어').reason, 'not-listed');
assert.equal(classifyKeyIndustry('대전', '디지털헬스케어').reason, 'list-incomplete');
assert.equal(classifyKeyIndustry('부산', '전력반도체').reason, 'future-industry');
assert.equal(classifyKeyIndustry('경기', '첨단반도체').reason, 'capital-region');
for (const blank of ['', '   ', '·', '산업', '()']) {
  assert.deepEqual(classifyKeyIndustry('부산', blank), { answer: 'unknown', reason: 'blank' });
}

// A typo: unknown, with the catalogue's closest industries as suggestions.
const typo = classifyKeyIndustry('부산', '라이프케어소');
assert.equal(typo.answer, 'unknown');
assert.equal(typo.reason, 'unrecognised');
assert.deepEqual(
  typo.suggestions.map((industry) => industry.name.ko),
  ['라이프케어소재'], // 경북's
);

// The same suggestions for a form's "did you mean …?", up to three by default.
assert.deepEqual(
  suggestIndustries('실버캐어 테크', { region: '부산' }).map((industry) => industry.name.ko),
  ['실버케어테크'],
);
assert.deepEqual(suggestIndustries('지능형로봇'), []); // close to nothing the catalogue holds
// #endregion key-industry-classify

// #region key-industry-complete
import { KEY_LIST_COMPLETE, KEY_LIST_EVIDENCE } from 'regional-innovation-rnd/industries';

// Complete only where a source states the count.
const complete = Object.entries(KEY_LIST_COMPLETE)
  .filter(([, isComplete]) => isComplete)
  .map(([code]) => code)
  .sort();
assert.deepEqual(complete, ['26', '27', '29', '43', '44']); // 부산, 대구, 광주, 충북, 충남
assert.equal(KEY_LIST_EVIDENCE['26'].sources[0]?.date, '2023-02-28'); // 부산일보: "3개 분야"
assert.equal(KEY_LIST_COMPLETE['51'], false); // 강원: three named, no count stated
// #endregion key-industry-complete

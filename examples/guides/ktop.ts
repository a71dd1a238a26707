/**
 * The examples of the K-TOP guide (docs/guides/en/ktop.md, docs/guides/ko/ktop.md).
 * Each region is shown on both pages; the assertions are the results the pages describe.
 */
import assert from 'node:assert/strict';

// #region scales
import {
  INNOVATION_SCORE_SCALE,
  ORIGINALITY_GRADE_SCALE,
  ORIGINALITY_LETTER_SCALE,
} from 'regional-innovation-rnd/ktop';

// 기업혁신역량 평가: 0 to 100 points, as the Ministry's press release states.
assert.deepEqual(INNOVATION_SCORE_SCALE.value, { min: 0, max: 100 });
assert.equal(INNOVATION_SCORE_SCALE.confidence, 'confirmed');
assert.equal(INNOVATION_SCORE_SCALE.sources[0]?.locator, '둘째(수월성 강화), K-TOP 각주');

// 개발기술의 원천성 평가: ten grades — also from the press release. That grade 1 is the best is
// the Korean convention, not stated: it has its own evidence, `order`, and it is derived.
assert.deepEqual(ORIGINALITY_GRADE_SCALE.value, { best: 1, worst: 10 });
assert.equal(ORIGINALITY_GRADE_SCALE.confidence, 'confirmed');
assert.equal(ORIGINALITY_GRADE_SCALE.order.confidence, 'derived');

// The letters of KIBO's older rating (KTRS): a convention, not confirmed for K-TOP.
assert.deepEqual(ORIGINALITY_LETTER_SCALE.value, ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D']);
assert.equal(ORIGINALITY_LETTER_SCALE.confidence, 'reported');
// #endregion scales

// #region grades
import {
  compareOriginalityGrades,
  formatOriginalityGrade,
  parseOriginalityGrade,
} from 'regional-innovation-rnd/ktop';

// Read: a number, a numeral, '3등급' (spaces allowed), or a KTRS letter in any case.
assert.equal(parseOriginalityGrade(3), 3);
assert.equal(parseOriginalityGrade('3'), 3);
assert.equal(parseOriginalityGrade(' 3 등급 '), 3);
assert.equal(parseOriginalityGrade('10등급'), 10);
assert.equal(parseOriginalityGrade('A'), 3); // KTRS convention: AAA = 1, AA = 2, A = 3
assert.equal(parseOriginalityGrade('bbb'), 4);
assert.equal(parseOriginalityGrade('D'), 10);

// Write: as a number (the default), the Korean way, or as a KTRS letter.
assert.equal(formatOriginalityGrade(3), '3');
assert.equal(formatOriginalityGrade(3, { style: 'korean' }), '3등급');
assert.equal(formatOriginalityGrade(3, { style: 'letter' }), 'A');

// Compare and sort, best first: 1등급 is taken as the best grade (the convention above).
assert.ok(compareOriginalityGrades(1, '3등급') < 0);
assert.equal(compareOriginalityGrades('A', 3), 0);
assert.deepEqual(['5등급', 2, 'AAA', 'bbb'].sort(compareOriginalityGrades), ['AAA', 2, 'bbb', '5등급']);
// #endregion grades

// #region grade-form
import { readOriginalityGrade } from 'regional-innovation-rnd/ktop';

// Which form a grade came from: a letter rests on the KTRS convention, not on K-TOP's own labels.
assert.deepEqual(readOriginalityGrade('3등급'), { grade: 3, gradeFrom: 'number', labelConfirmed: true });
assert.deepEqual(readOriginalityGrade(' a '), { grade: 3, gradeFrom: 'letter', labelConfirmed: false });

// For example, keep the grade, and ask for a number when the form is not confirmed for K-TOP.
const rows = ['2', 'BBB', '7등급'].map((input) => readOriginalityGrade(input));
assert.deepEqual(
  rows.filter((row) => !row.labelConfirmed).map((row) => row.grade),
  [4],
);
// #endregion grade-form

// #region grade-errors
import { isRulesError } from 'regional-innovation-rnd/rules';

// Anything that is not one of the ten grades is refused, never rounded or guessed.
for (const input of [0, 11, 2.5, '03', '3.0', '11등급', 'AAAA', '', null]) {
  assert.throws(
    () => parseOriginalityGrade(input),
    (error) => isRulesError(error, 'KTOP_GRADE_INVALID'),
  );
}
try {
  parseOriginalityGrade('11등급');
} catch (error) {
  assert.ok(isRulesError(error, 'KTOP_GRADE_INVALID'));
  assert.equal(error.params.input, '"11등급"');
  assert.equal(
    error.messages.en,
    'Cannot read "11등급" as a K-TOP originality grade; give a number from 1 to 10 or a form such as \'3등급\'.',
  );
}
// #endregion grade-errors

// #region innovation-score
import { checkInnovationScore } from 'regional-innovation-rnd/ktop';

// A finite number from 0 to 100, both ends included.
assert.deepEqual(checkInnovationScore(87.5), { ok: true, value: 87.5, warnings: [] });
assert.deepEqual(checkInnovationScore(100), { ok: true, value: 100, warnings: [] });

// Outside the scale, or not a number: a result with one issue, not an exception.
const tooHigh = checkInnovationScore(100.5, { locale: 'en' });
assert.equal(tooHigh.ok, false); // narrows: tooHigh.issues is there
const [issue] = tooHigh.issues;
assert.ok(issue);
assert.equal(issue.code, 'KTOP_SCORE_INVALID');
assert.deepEqual(issue.params, { input: '100.5', min: 0, max: 100 });
assert.equal(issue.message, 'The K-TOP innovation score 100.5 is not a finite number from 0 to 100.');
assert.equal(issue.rule.id, 'ktop.innovation-score.range');

// Text is not read: convert '87.5' (or '87.5점') to a number yourself.
assert.equal(checkInnovationScore('87.5').ok, false);
assert.equal(checkInnovationScore(Number.NaN).ok, false);
// #endregion innovation-score

// #region score-bands
import { defineScoreBands, mapScore } from 'regional-innovation-rnd/ktop';

// A cut-off table of your own — e.g. a technopark's internal screening sheet. No K-TOP
// cut-off is public, so the library ships none; these numbers are made up.
const screening = defineScoreBands([
  { min: 0, max: 60, value: 'review' },
  { min: 60, max: 80, value: 'good' },
  { min: 80, max: 100, value: 'strong' },
]);
assert.equal(mapScore(59.9, screening), 'review');
assert.equal(mapScore(60, screening), 'good'); // a band's min is included
assert.equal(mapScore(80, screening), 'strong');
assert.equal(mapScore(100, screening), 'strong'); // the last band's max is included too

// Bands work for grades as well: grades 1–3 → 10 points, 4–6 → 5, 7–10 → 0 (again, made up).
const gradePoints = defineScoreBands([
  { min: 1, max: 4, value: 10 },
  { min: 4, max: 7, value: 5 },
  { min: 7, max: 10, value: 0 },
]);
assert.equal(mapScore(parseOriginalityGrade('3등급'), gradePoints), 10);
assert.equal(mapScore(parseOriginalityGrade('BB'), gradePoints), 5);
assert.equal(mapScore(10, gradePoints), 0);

// A table is checked once, when it is defined: bands must be contiguous, ascending, non-empty.
assert.throws(
  () =>
    defineScoreBands([
      { min: 0, max: 50, value: 'low' },
      { min: 60, max: 100, value: 'high' },
    ]),
  (error) =>
    isRulesError(error, 'KTOP_BANDS_INVALID') && error.params.index === 1 && error.params.reason === 'gap',
);
// A score outside the table is an error, not the nearest band.
assert.throws(
  () => mapScore(100.1, screening),
  (error) => isRulesError(error, 'KTOP_SCORE_OUT_OF_BANDS'),
);
// #endregion score-bands

// #region eligibility
import { assessEligibility } from 'regional-innovation-rnd/eligibility';

// K-TOP results given to the eligibility assessment are checked and recorded, never weighed.
const assessment = assessEligibility(
  {
    kind: 'sme',
    region: '부산',
    industry: '실버케어테크',
    tier: 'leading',
    rndIntensity: 0.05,
    ktop: { innovationScore: 82, originalityGrade: '3등급' },
  },
  { edition: '2026', track: 'supply-chain' },
);
const ktopFinding = assessment.findings.find((finding) => finding.rule.id === 'eligibility.ktop');
assert.equal(ktopFinding?.role, 'information');
assert.equal(ktopFinding.status, 'unknown');
assert.deepEqual(ktopFinding.params, { innovationScore: 82, originalityGrade: 3, gradeFrom: 'number' });
assert.equal(
  ktopFinding.message,
  'K-TOP 결과(혁신역량 82점, 원천성 3등급)는 기록만 합니다. 평가 반영 방식은 확인되지 않았습니다.',
);
// K-TOP changes no verdict: the outcome is decided by the other rules alone.
assert.equal(assessment.outcome, 'undetermined');
assert.equal(assessment.needs.includes('ktop'), false);
// #endregion eligibility

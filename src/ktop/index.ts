/**
 * K-TOP scales (KIBO Technology-rating Open Platform, 기술보증기금): the two the program's
 * evaluation uses, as the Ministry states them — the innovation score (기업혁신역량 평가, 0 to 100
 * points) and the originality grade (개발기술의 원천성 평가, 10 grades; 1 the best by convention) — and
 * caller-defined cut-off tables between scores and values.
 *
 * What is not public is not invented: the grade labels (the KTRS letters AAA … D are read and
 * written as a convention, with confidence `'reported'`; {@link readOriginalityGrade} flags a grade
 * read from one), which end of the ten grades is the best (1, by the Korean convention: `derived`),
 * any score-to-grade cut-off, and how K-TOP weighs in selection. Imports neither zod, decimal.js
 * nor date-fns.
 *
 * @module ktop
 */
export {
  parseOriginalityGrade,
  readOriginalityGrade,
  formatOriginalityGrade,
  compareOriginalityGrades,
} from './originalityGrade';
export { checkInnovationScore } from './innovationScore';
export type { InnovationScoreOptions } from './innovationScore';
export { defineScoreBands, mapScore } from './scoreBands';
export { ORIGINALITY_GRADE_SCALE, ORIGINALITY_LETTER_SCALE, INNOVATION_SCORE_SCALE } from './scales';
export type { OriginalityLetter } from './scales';
export type {
  OriginalityGrade,
  OriginalityGradeReading,
  GradeStyle,
  FormatGradeOptions,
  ScoreBand,
  ScoreBands,
} from './types';
export type { ScoreBandsInvalidReason } from '../rules/codes';

/**
 * Consortium checks: the lead's kind, tier and region, the edition's composition rules, members'
 * kinds, duplicates, and business registration numbers with their national check digit.
 *
 * @module consortium
 */
export { checkConsortium, checkConsortiumOrThrow } from './checkConsortium';
export { readBusinessNumber, isValidBusinessNumber } from './businessNumber';
export type { BusinessNumberProblem, BusinessNumberReading } from './businessNumber';
export type {
  ConsortiumInput,
  ConsortiumParticipantInput,
  ConsortiumSummary,
  ConsortiumResult,
} from './types';

import { optionsInvalidError } from '../locales/errors';
import type { TiePolicy } from './types';

/** Checks a tie policy once per call; `'min'` when none is given. */
export function readTies(ties: unknown): TiePolicy {
  if (ties === undefined) return 'min';
  if (ties === 'min' || ties === 'max' || ties === 'average') return ties;
  throw optionsInvalidError('ties', ties, "'min' | 'max' | 'average'", ['ties']);
}

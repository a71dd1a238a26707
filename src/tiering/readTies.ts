import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import type { TiePolicy } from './types';

/** Checks a tie policy once per call; `'min'` when none is given. */
export function readTies(ties: unknown): TiePolicy {
  if (ties === undefined) return 'min';
  if (ties === 'min' || ties === 'max' || ties === 'average') return ties;
  throw rulesError(
    OPTIONS_INVALID,
    { option: 'ties', input: describeInput(ties), expected: "'min' | 'max' | 'average'" },
    ['ties'],
  );
}

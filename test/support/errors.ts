// How tests look at what a call threw: the RulesError itself, or just its code.
import { isRulesError, type IssueCode, type RulesError } from 'regional-innovation-rnd/rules';

/**
 * The RulesError a call throws, or `undefined` if it returns. Any other exception fails the test:
 * the library throws nothing but RulesError.
 */
export function caughtRulesError(run: () => unknown): RulesError | undefined {
  try {
    run();
  } catch (error) {
    if (isRulesError(error)) return error;
    throw error;
  }
  return undefined;
}

/** The code of the RulesError a call throws, or `undefined` if it returns. */
export function codeOf(run: () => unknown): IssueCode | undefined {
  return caughtRulesError(run)?.code;
}

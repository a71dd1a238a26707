// How money tests look at what parseKRW refused.
import { parseKRW } from 'regional-innovation-rnd/money';
import { describeInput, isRulesError } from 'regional-innovation-rnd/rules';

/** The reason parseKRW gives for refusing an input as MONEY_INVALID; any other outcome fails. */
export function invalidReason(input: string): string {
  try {
    parseKRW(input);
  } catch (error) {
    if (!isRulesError(error, 'MONEY_INVALID')) throw error;
    return error.params.reason;
  }
  throw new Error(`parseKRW(${describeInput(input)}) did not throw`);
}

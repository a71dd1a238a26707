import { RulesError } from './RulesError';

/**
 * Runs a read of the caller's data, the one guard of a function's boundary: a `RulesError` passes
 * through, and any other exception raised while reading (a throwing getter, a revoked proxy)
 * becomes the function's own error, which `unreadable` throws.
 *
 * @param read - the read.
 * @param unreadable - throws the error for data that cannot be read.
 * @returns what the read returns.
 * @internal
 */
export function guarded<T>(read: () => T, unreadable: () => never): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RulesError) throw error;
    return unreadable();
  }
}

/**
 * Freezes a value and everything reachable from it, so rule data cannot be changed by a consumer
 * (a write throws in strict mode). Returns the same value. Used on the library's own data at
 * definition; never on a caller's input.
 *
 * @param value - the data to freeze.
 * @returns the same value, frozen all the way down.
 *
 * @example
 * ```ts
 * import { deepFreeze } from './deepFreeze'; // internal: from inside src/ only
 * const table = deepFreeze({ caps: [700_000_000] });
 * Object.isFrozen(table.caps); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  freeze(value, new Set());
  return value;
}

// Walks children even of an object that is frozen already (a shared constant may be frozen at its
// top level only); `seen` keeps shared and cyclic references from being walked twice.
function freeze(value: unknown, seen: Set<object>): void {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    freeze((value as Record<PropertyKey, unknown>)[key], seen);
  }
}

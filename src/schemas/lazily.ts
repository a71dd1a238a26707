/**
 * A value made on first use and kept: the validators' own schemas, which take milliseconds to
 * build, are built by the first call that needs one rather than by every import of the package.
 * The value is the same for every call, so no caller can tell when it was made.
 *
 * @param make - makes the value; called at most once.
 * @returns a function that gives the value.
 *
 * @internal
 * @example
 * ```ts
 * import { lazily } from './lazily'; // internal: from inside src/ only
 * const list = lazily(() => [1, 2, 3]);
 * list() === list(); // true
 * ```
 */
export function lazily<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

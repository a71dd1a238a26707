// A guard for suites that feed hostile input: Object.prototype must be the same after them.
import { afterAll, beforeAll, expect } from 'vitest';

/** Registers hooks that fail the suite if anything added, removed or replaced a key of Object.prototype. */
export function guardObjectPrototype(): void {
  let keys: (string | symbol)[] = [];
  beforeAll(() => {
    keys = Reflect.ownKeys(Object.prototype);
  });
  afterAll(() => {
    expect(Reflect.ownKeys(Object.prototype)).toEqual(keys);
  });
}

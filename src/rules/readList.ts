/**
 * Reads a caller's list once, safely: an array of at most `maxLength` items without holes, copied.
 * A proxy whose `length` is not a count, an absurd length or a hole is refused at once, never
 * walked; `refuse` is called with the index of the first hole, or `null` when the value is not
 * such a list as a whole. A getter or trap that throws propagates: the caller's one guard turns it
 * into its `RulesError`.
 *
 * @param value - what the caller passed.
 * @param maxLength - the most items the list may have.
 * @param refuse - throws the caller's error.
 * @returns a plain copy of the items.
 * @internal
 */
export function readList(
  value: unknown,
  maxLength: number,
  refuse: (index: number | null) => never,
): unknown[] {
  if (!Array.isArray(value)) return refuse(null);
  const length: unknown = value.length;
  if (!Number.isSafeInteger(length) || (length as number) > maxLength) return refuse(null);
  const items: unknown[] = [];
  for (let index = 0; index < (length as number); index += 1) {
    if (!(index in value)) return refuse(index);
    items.push(value[index]);
  }
  return items;
}

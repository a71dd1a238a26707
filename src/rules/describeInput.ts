const MAX_ECHO_LENGTH = 80;

/**
 * Renders any value as a short, printable string to echo in an issue or error, without ever
 * throwing: it survives symbols, cyclic objects, objects without a prototype, revoked proxies
 * and megabyte strings (cut to 80 characters with an ellipsis).
 *
 * @param value - anything a caller passed in.
 * @returns a printable rendering, at most 81 characters long.
 *
 * @example
 * ```ts
 * import { describeInput } from 'regional-innovation-rnd/rules';
 * describeInput('7억원'); // '"7억원"'
 * describeInput(Number.NaN); // 'NaN'
 * describeInput(10n); // '10n'
 * describeInput({ a: 1 }); // '[object Object]'
 * ```
 */
export function describeInput(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value === 'bigint'
          ? `${value.toString()}n`
          : Object.is(value, -0)
            ? '-0'
            : typeof value === 'function'
              ? '[function]'
              : typeof value === 'object' && value !== null
                ? describeObject(value)
                : String(value);
  } catch {
    text = '[unprintable]';
  }
  return text.length > MAX_ECHO_LENGTH ? `${text.slice(0, MAX_ECHO_LENGTH)}…` : text;
}

function describeObject(value: object): string {
  if (Array.isArray(value)) return `[array(${String(value.length)})]`;
  // A Date prints as UTC so that the echo never depends on the machine's time zone.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  // Decimal-like values print their digits; anything else its tag only, never its contents.
  const printed: unknown =
    Object.getPrototypeOf(value) === Object.prototype
      ? undefined
      : (value as { toString?: () => unknown }).toString?.();
  return typeof printed === 'string' && !printed.startsWith('[object')
    ? printed
    : Object.prototype.toString.call(value);
}

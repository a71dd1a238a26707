/**
 * A whole number of won with thousands separators (`700,000,001`), the same on every runtime.
 * `toLocaleString` would do it too, but its output depends on the ICU data the runtime ships with,
 * and messages must not differ between machines.
 */
export function groupedDigits(won: number): string {
  const digits = String(won);
  // Separators only where a run of three digits ends the number (never inside '1e+21' or '-').
  return /^\d+$/u.test(digits) ? digits.replace(/\B(?=(?:\d{3})+$)/gu, ',') : digits;
}

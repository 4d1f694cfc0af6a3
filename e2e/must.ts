/**
 * The value, or a failed test that says what was missing: for an array entry, a map entry or a
 * match a test goes on to use, where `expect(…).toBeDefined()` would not narrow the type.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing: ${what}`);
  return value;
}

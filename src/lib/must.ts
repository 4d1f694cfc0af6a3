/**
 * The value, or a clear error naming what was missing. For places where the data's shape
 * guarantees a value (a pair's second figure, a palette's colour) and its absence would mean
 * the shape itself is broken: failing loudly beats drawing or exporting a wrong number.
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

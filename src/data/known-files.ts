import { hashText } from '@/lib/hash-text';

/**
 * Data files the page already holds validated: the hash of each one's text and the data it gave.
 * The prerendered first view was built from files checked at build time; loading one of them
 * again, a text with the same hash gives the same data, so it is not parsed and checked again.
 */
const known = new Map<string, { hash: string; data: unknown }>();

/** Records that the text of `file` hashing to `hash` validated to `data`. */
export function rememberValidatedFile(file: string, hash: string, data: unknown): void {
  known.set(file, { hash, data });
}

/** Whether the page holds a validated copy of `file` to compare a new text with. */
export function holdsValidated(file: string): boolean {
  return known.has(file);
}

/** The data `text` validated to before, when it is the text of `file` the page already holds; else undefined. */
export function validatedBefore(file: string, text: string): unknown {
  const held = known.get(file);
  return held && held.hash === hashText(text) ? held.data : undefined;
}

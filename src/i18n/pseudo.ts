import type { Messages, PluralMessage } from './messages';

/**
 * A pseudo-locale for tests: every message wrapped in ⟦…⟧ with its Latin letters accented
 * ("Copy link" → "⟦Çöþý łíñķ⟧"), placeholders left intact. A page rendered with it shows at a
 * glance (and to a test) every text that did not come from a catalogue. Never offered to readers:
 * only a build in the "pseudo" mode uses it (catalogue.ts).
 */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

// Plain constants, no table built at load: a build that never calls pseudoText ships none of this.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥíĵķłɱñöþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶŁṀÑÖÞǪŔŠŢÚṼŴẊÝŽ';

function accent(ch: string): string {
  const i = PLAIN.indexOf(ch);
  return i < 0 ? ch : [...ACCENTED][i]!;
}
const PLACEHOLDER = /(\{[A-Za-z]+\})/;

/** One text in the pseudo-locale: letters accented outside `{placeholders}`, the whole in ⟦…⟧. */
export function pseudoText(text: string): string {
  const accented = text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : [...part].map(accent).join('')))
    .join('');
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

/** Whether a text carries the pseudo-locale's mark. */
export function isPseudo(text: string): boolean {
  return text.includes(PSEUDO_OPEN) && text.includes(PSEUDO_CLOSE);
}

/** Every message of a catalogue in the pseudo-locale, plural forms included. */
export function pseudoMessages(messages: Messages): Messages {
  const entries = Object.entries(messages).map(([key, message]) => [
    key,
    typeof message === 'string'
      ? pseudoText(message)
      : Object.fromEntries(Object.entries(message as PluralMessage).map(([form, text]) => [form, pseudoText(text)])),
  ]);
  return Object.fromEntries(entries) as Messages;
}

/** A whole table of interface strings in the pseudo-locale: strings, strings in arrays and objects, and what functions return. */
export function pseudoTable<T>(table: T): T {
  if (typeof table === 'string') return pseudoText(table) as T;
  if (typeof table === 'function')
    return ((...args: unknown[]) => pseudoText(String((table as (...a: unknown[]) => unknown)(...args)))) as T;
  if (Array.isArray(table)) return table.map((item) => pseudoTable(item)) as T;
  if (table && typeof table === 'object')
    return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, pseudoTable(value)])) as T;
  return table;
}

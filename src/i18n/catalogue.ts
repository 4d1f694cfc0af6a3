import { FALLBACK_LANG, LANGS, LANGUAGES, type Lang } from './languages';
import { CATALOGUES, type Message, type MessageKey, type Messages, type PluralMessage } from './messages';
import { en } from './messages/en';
import { planParams } from './plan-params';
import { pseudoMessages, pseudoTable } from './pseudo';

/** A test build (`vite build --mode pseudo`) shows every message in the pseudo-locale; any other build never does. */
// `import.meta.env` is undefined when Node runs this module (the data check), which is never a pseudo build.
const PSEUDO = import.meta.env?.MODE === 'pseudo';

export type MessageParams = Readonly<Record<string, string | number>>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<T>(cache: Map<string, T>, tag: string, make: () => T): T {
  let value = cache.get(tag);
  if (value === undefined) cache.set(tag, (value = make()));
  return value;
}

/**
 * A number as a message parameter in the language: Intl.NumberFormat, grouping only from five
 * digits (a count of 12,345 is grouped, a year 2025 never is).
 */
export function formatCount(value: number, lang: Lang): string {
  // A whole number under five digits is written as it is (Intl would write it so too, without
  // grouping): most messages need no Intl.NumberFormat, whose first use costs a phone 30 ms.
  if (Number.isInteger(value) && Math.abs(value) < 10_000) return String(value);
  const tag = LANGUAGES[lang].tag;
  return cached(numberFormats, tag, () => new Intl.NumberFormat(tag, { useGrouping: 'min2' } as Intl.NumberFormatOptions)).format(value);
}

/** Fills `{name}` placeholders; numbers are written by `formatCount`. A placeholder without a parameter stays as it is. */
export function fillPlaceholders(template: string, params: MessageParams, lang: Lang): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatCount(value, lang) : value;
  });
}

/** The form of a plural message for `count`, by Intl.PluralRules of the language ("other" where the form is missing). */
export function pluralForm(message: PluralMessage, count: number, lang: Lang): string {
  const tag = LANGUAGES[lang].tag;
  const category = cached(pluralRules, tag, () => new Intl.PluralRules(tag)).select(count);
  return message[category] ?? message.other;
}

function fillMessage(message: Message, params: MessageParams, lang: Lang): Message {
  if (typeof message === 'string') return fillPlaceholders(message, params, lang);
  return Object.fromEntries(Object.entries(message).map(([form, text]) => [form, fillPlaceholders(text, params, lang)])) as PluralMessage;
}

/** A language's messages: its catalogue over the fallback's, in the pseudo-locale in a pseudo build, the plan filled in. */
function resolveMessages(lang: Lang, plan: Readonly<Record<string, string>>): Messages {
  const merged = { ...(FALLBACK_LANG === 'en' ? en : CATALOGUES[FALLBACK_LANG]), ...CATALOGUES[lang] } as Messages;
  const shown = PSEUDO ? pseudoMessages(merged) : merged;
  return Object.fromEntries(Object.entries(shown).map(([key, message]) => [key, fillMessage(message, plan, lang)])) as Messages;
}

const resolved = new Map<Lang, { plan: string; messages: Messages }>();

/** A language's messages for the plan in force, resolved on first use and again only when the plan changes. */
function currentMessages(lang: Lang): Messages {
  const plan = planParams(lang);
  const key = JSON.stringify(plan);
  let entry = resolved.get(lang);
  if (!entry || entry.plan !== key) resolved.set(lang, (entry = { plan: key, messages: resolveMessages(lang, plan) }));
  return entry.messages;
}

/**
 * Every message of every offered language, complete (a key a catalogue lacks comes from the
 * fallback language). `UI[lang].key` is a message without parameters; use `formatMessage` for
 * one with parameters or plural forms. Resolved on access, so the plan loaded from data/plan.json
 * fills the messages once it is in force.
 */
export const UI: Record<Lang, Messages> = Object.defineProperties(
  {},
  Object.fromEntries(LANGS.map((lang) => [lang, { get: () => currentMessages(lang), enumerable: true }])),
) as Record<Lang, Messages>;

/**
 * Forgets the resolved messages. Not needed when data/plan.json loads (`UI` fills the plan in
 * force on access); kept for callers that want the messages built afresh.
 */
export function refreshPlanMessages(): void {
  resolved.clear();
}

/**
 * A table of interface strings kept outside the catalogues (per language, with functions for
 * parameters), as the build shows it: itself, or in the pseudo-locale in a pseudo build, so a
 * pseudo-locale test sees its strings as translated. Wrap the table where it is defined.
 */
export function interfaceStrings<T>(table: T): T {
  return PSEUDO ? pseudoTable(table) : table;
}

/** The messages of a language (the same object as `UI[lang]`). */
export function messages(lang: Lang): Messages {
  return UI[lang];
}

/**
 * A message with its placeholders filled: formatMessage('en', 'selectionHighlighted', { count: 3 })
 * → "highlighted in 3 charts". A plural message picks its form by `params.count`.
 */
export function formatMessage(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const message: Message = UI[lang][key];
  const template = typeof message === 'string' ? message : pluralForm(message, Number(params.count ?? 0), lang);
  return fillPlaceholders(template, params, lang);
}

/**
 * Items joined as a list ("A, B and C" / "A、B与C") with the separators the languages registry
 * gives, or by Intl.ListFormat of the language where it gives none; a series of like items
 * (years) may join differently ("2025、2027年").
 */
export function formatList(items: readonly string[], lang: Lang, kind: 'list' | 'series' = 'list'): string {
  // The same lists are written again on every render (a row's derivation, its sources): each once.
  const key = `${lang}\u0001${kind}\u0001${items.join('\u0000')}`;
  const known = lists.get(key);
  if (known !== undefined) return known;
  const text = joinList(items, lang, kind);
  lists.set(key, text);
  return text;
}
const lists = new Map<string, string>();

function joinList(items: readonly string[], lang: Lang, kind: 'list' | 'series'): string {
  const { tag, seriesLastSeparator, listSeparator } = LANGUAGES[lang];
  const lastListSeparator =
    kind === 'series' ? (seriesLastSeparator ?? LANGUAGES[lang].lastListSeparator) : LANGUAGES[lang].lastListSeparator;
  if (listSeparator !== undefined && lastListSeparator !== undefined)
    return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(listSeparator)}${lastListSeparator}${items.at(-1)}`;
  const format = cached(listFormats, tag, () => new Intl.ListFormat(tag, { type: 'conjunction' }));
  if (lastListSeparator === undefined || items.length < 2) return format.format(items);
  const parts = format.formatToParts(items);
  const last = parts.findLastIndex((part) => part.type === 'literal');
  return parts.map((part, i) => (i === last ? lastListSeparator : part.value)).join('');
}

/** Words that belong together, joined as the language joins them: "目标500家" / "Target 500". */
export function joinWords(lang: Lang, ...words: readonly string[]): string {
  return words.join(LANGUAGES[lang].wordSeparator);
}

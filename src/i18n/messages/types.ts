import type { en } from './en';

/** One form per plural category of Intl.PluralRules ("one", "few", …); "other" is always there. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A message: text with `{name}` placeholders, or a plural message chosen by its `count`. */
export type Message = string | PluralMessage;

/** Every message key; the English catalogue defines them. */
export type MessageKey = keyof typeof en;

/** A complete set of messages: what `messages(lang)` returns, the fallback filling any gap. */
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };

/** The messages a language translates: any key it lacks falls back to the fallback language's. */
export type Catalogue = Partial<Messages>;

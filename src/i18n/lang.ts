import { FALLBACK_LANG, LANGUAGES, type Lang } from './languages';
import { normalizeZhPunct } from './zh-punct';

export { LANGS, type Lang } from './languages';

/** A text of the data in each language it is written in: `{ zh, en }`. */
export type Localized = { readonly zh: string; readonly en: string };

/**
 * A data text in the reader's language: the language's own text where the data has it, else the
 * fallback language's (a language the data is not written in reads the English text). Text of a
 * language flagged for Chinese punctuation passes through the GB/T 15834 normaliser.
 */
export function pick(text: Localized, lang: Lang): string {
  const own = (text as Partial<Record<Lang, string>>)[lang];
  const chosen = own ?? text[FALLBACK_LANG];
  return own !== undefined && LANGUAGES[lang].chinesePunctuation ? normalizeZhPunct(chosen) : chosen;
}

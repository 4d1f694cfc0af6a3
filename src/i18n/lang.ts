import { normalizeZhPunct } from './zh-punct';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Picks the reader's language from a zh/en pair; Chinese comes with full-width punctuation. */
export function pick(text: { zh: string; en: string }, lang: Lang): string {
  return lang === 'zh' ? normalizeZhPunct(text.zh) : text.en;
}

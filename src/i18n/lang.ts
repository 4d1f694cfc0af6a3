export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Picks the reader's language from a zh/en pair. */
export function pick(text: { zh: string; en: string }, lang: Lang): string {
  return text[lang];
}

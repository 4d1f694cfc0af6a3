import type { Lang } from '@/i18n/lang';

/**
 * The most characters a chart's category label may have, per language: above the longest label
 * of the dataset (27 Chinese, 150 English), so only an absurd name is shortened. A chart lays its
 * labels out in full, so one 2,000-character name would make its panel thousands of pixels tall;
 * the table and the tooltip keep the full name.
 */
export const MAX_LABEL_CHARS: Record<Lang, number> = { zh: 40, en: 160 };

/** The text cut to at most `max` characters (code points, so no half emoji), "…" marking the cut. */
export function clampText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function clampLabel(text: string, lang: Lang): string {
  return clampText(text, MAX_LABEL_CHARS[lang]);
}

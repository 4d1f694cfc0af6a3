/**
 * The languages the dashboard is offered in, and what differs between them beyond their words:
 * everything a component would otherwise decide with "if Chinese …" is a property here, and the
 * words themselves are in the message catalogues (./messages/*.ts).
 *
 * Adding a language: add its code to LANGS, an entry to LANGUAGES, a catalogue in ./messages and
 * a line in ./messages/index.ts (README, "Add a language").
 */

/** Language codes offered to readers, in the order the language switch cycles through them. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language whose catalogue fills any message another catalogue lacks, and whose data text a language without its own uses. */
export const FALLBACK_LANG: Lang = 'en';

/** One power of ten with its word: [4, '万'], [6, ' million']. */
export type ScaleWord = readonly [power: number, word: string];

export interface Language {
  code: Lang;
  /** BCP-47 tag for Intl (plurals, lists, dates, numbers) and the page's `lang` attribute. */
  tag: string;
  /** The language's name in itself, as the language switch offers it. */
  nativeName: string;
  /** Between a label and the value it names: "目标500家" / "Target 500". */
  wordSeparator: '' | ' ';
  /** Text in this language passes through the GB/T 15834 punctuation normaliser (./zh-punct.ts). */
  chinesePunctuation: boolean;
  /** Words for large numbers, largest first: 万亿/亿/万 or trillion/billion/million. */
  scaleWords: readonly ScaleWord[];
  /** Thousands separators in numbers ("14,000"). */
  groupThousands: boolean;
  /**
   * How values meet their units: 'as-printed' keeps the source's scaled unit ("1.4万P", "639.6亿元");
   * 'base-unit' converts to the base unit with a scale word ("14,000 P", "CNY 63.96 billion").
   */
  units: 'as-printed' | 'base-unit';
  /** Month in a date, as Intl.DateTimeFormat writes it: 'numeric' (2025年9月) or 'short' (Sep 2025). */
  month: 'numeric' | 'short';
  /**
   * The twelve month names as `month` writes them, January first. Given, dates are written
   * without Intl.DateTimeFormat (whose first use in a page costs a phone a quarter of a second);
   * undefined: Intl's. A numeric month needs none (it is the number).
   */
  monthNames?: readonly string[];
  /**
   * What goes before the last item of a list, where the dashboard's register differs from
   * Intl.ListFormat's: formal Chinese writes "A、B与C" (Intl: 和), and the English text has no
   * serial comma ("A, B and C"; Intl's "en": ", and"). Undefined keeps Intl's.
   */
  lastListSeparator?: string;
  /** Before the last item of a series of like items (years): Chinese writes 、 all through ("2025、2027年"). Undefined: as a list. */
  seriesLastSeparator?: string;
  /**
   * Between the other items of a list ("A、B" / "A, B"). With `lastListSeparator`, lists are
   * joined from these two alone, without Intl.ListFormat (whose first use in a page costs tens
   * of milliseconds on a phone); undefined keeps Intl's.
   */
  listSeparator?: string;
}

export const LANGUAGES: Record<Lang, Language> = {
  zh: {
    code: 'zh',
    tag: 'zh-CN',
    nativeName: '中文',
    wordSeparator: '',
    chinesePunctuation: true,
    scaleWords: [
      [12, '万亿'],
      [8, '亿'],
      [4, '万'],
    ],
    groupThousands: false,
    units: 'as-printed',
    month: 'numeric',
    lastListSeparator: '与',
    seriesLastSeparator: '、',
    listSeparator: '、',
  },
  en: {
    code: 'en',
    tag: 'en',
    nativeName: 'English',
    wordSeparator: ' ',
    chinesePunctuation: false,
    scaleWords: [
      [12, ' trillion'],
      [9, ' billion'],
      [6, ' million'],
    ],
    groupThousands: true,
    units: 'base-unit',
    month: 'short',
    monthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    lastListSeparator: ' and ',
    listSeparator: ', ',
  },
};

/** The language after `lang` in LANGS, for a switch that toggles through them. */
export function nextLang(lang: Lang): Lang {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}

/** Whether a string is one of the offered language codes (URL parsing). */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

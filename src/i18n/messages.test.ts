import { describe, expect, it } from 'vitest';
import { formatCount, formatList, formatMessage, messages, UI } from './catalogue';
import { pick } from './lang';
import { FALLBACK_LANG, LANGS, LANGUAGES } from './languages';
import { CATALOGUES } from './messages';
import { en } from './messages/en';
import { isPseudo, pseudoMessages, pseudoText } from './pseudo';

const KEYS = Object.keys(en).sort();

/** The `{name}` placeholders of a message, every plural form included. */
function placeholders(message: unknown): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!)))].sort();
}

describe('message catalogues', () => {
  it('give every offered language every key, and no key the fallback lacks', () => {
    for (const lang of LANGS) expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(KEYS);
  });

  it('fall back to the fallback language for a key a catalogue lacks', () => {
    expect(FALLBACK_LANG).toBe('en');
    const { appTitle: _dropped, ...partial } = CATALOGUES.zh;
    const merged = { ...en, ...partial };
    expect(merged.appTitle).toBe(en.appTitle);
  });

  it('fill the plan from one place: no plan placeholder is left in any message', () => {
    for (const lang of LANGS)
      for (const key of KEYS)
        expect(
          placeholders(UI[lang][key as keyof typeof en]).filter((p) => /plan|Year$/i.test(p) && p !== 'year'),
          `${lang}.${key}`,
        ).toEqual([]);
    expect(UI.zh.baseline).toBe('“十三五”末');
    expect(UI.en.periodResults).toBe('2021–2025 results');
  });

  it('fill named placeholders and choose plural forms by Intl.PluralRules', () => {
    expect(formatMessage('en', 'selectionHighlighted', { count: 1 })).toBe('highlighted in 1 chart');
    expect(formatMessage('en', 'selectionHighlighted', { count: 3 })).toBe('highlighted in 3 charts');
    expect(formatMessage('zh', 'selectionHighlighted', { count: 1 })).toBe('在1个图表中突出显示');
    expect(formatMessage('en', 'otherFigures', { count: 12345 })).toBe('12,345 other figures');
    expect(formatMessage('en', 'year', { year: 2025 })).toBe('2025');
    expect(formatMessage('zh', 'parenthetical', { text: '400家', note: '口径不同' })).toBe('400家（口径不同）');
  });

  it('join lists in the register of the dashboard', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['A', 'B', 'C', 'D'], 'en')).toBe('A, B, C and D');
    expect(formatList(['2025年', '2027年'], 'zh', 'series')).toBe('2025年、2027年');
    expect(formatList(['甲', '乙'], 'zh')).toBe('甲与乙');
    expect(formatList([], 'en')).toBe('');
    expect(formatList(['A', 'B'], 'en')).toBe('A and B');
    expect(formatList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙与丙');
    expect(formatList(['甲'], 'zh')).toBe('甲');
  });

  it('are the same object through messages() and UI', () => {
    for (const lang of LANGS) expect(messages(lang)).toBe(UI[lang]);
  });
});

describe('languages registry', () => {
  it('gives each language a valid BCP-47 tag and a native name', () => {
    for (const lang of LANGS) {
      expect(Intl.getCanonicalLocales(LANGUAGES[lang].tag)).toEqual([LANGUAGES[lang].tag]);
      expect(LANGUAGES[lang].nativeName).not.toBe('');
      expect(LANGUAGES[lang].code).toBe(lang);
    }
  });
});

describe('pick', () => {
  it('reads the language’s own data text, normalising Chinese punctuation', () => {
    expect(pick({ zh: '单位:P', en: 'Unit: P' }, 'zh')).toBe('单位：P');
    expect(pick({ zh: '单位:P', en: 'Unit: P' }, 'en')).toBe('Unit: P');
  });

  it('reads the fallback language’s text for a language the data is not written in', () => {
    expect(pick({ zh: '算力', en: 'Compute' }, 'fr' as never)).toBe('Compute');
  });
});

describe('pseudo-locale', () => {
  it('marks every message of every catalogue, keeping its placeholders', () => {
    for (const lang of LANGS) {
      const pseudo = pseudoMessages(UI[lang]);
      for (const key of KEYS) {
        const original = UI[lang][key as keyof typeof en];
        const shown = pseudo[key as keyof typeof en];
        const texts = typeof shown === 'string' ? [shown] : Object.values(shown);
        for (const text of texts) expect(isPseudo(text), `${lang}.${key}`).toBe(true);
        expect(placeholders(shown), `${lang}.${key}`).toEqual(placeholders(original));
      }
    }
  });

  it('accents Latin letters and leaves placeholders alone', () => {
    expect(pseudoText('Copy {name} link')).toBe('⟦Çöþý {name} łíñķ⟧');
  });

  it('is not what a normal build shows', () => {
    expect(isPseudo(UI.en.appTitle)).toBe(false);
  });
});

describe('the languages registry', () => {
  it('names the months as Intl.DateTimeFormat does, so dates read the same without it', () => {
    for (const lang of LANGS) {
      const { tag, month, monthNames } = LANGUAGES[lang];
      if (!monthNames) continue;
      expect(monthNames).toHaveLength(12);
      const intl = new Intl.DateTimeFormat(tag, { month, timeZone: 'UTC' });
      monthNames.forEach((name, i) =>
        expect(intl.formatToParts(new Date(Date.UTC(2025, i, 1))).find((p) => p.type === 'month')?.value, `${lang} month ${i + 1}`).toBe(
          name,
        ),
      );
    }
  });

  it('joins lists as Intl.ListFormat would but for the last separator', () => {
    for (const lang of LANGS) {
      const { tag, listSeparator } = LANGUAGES[lang];
      if (listSeparator === undefined) continue;
      const parts = new Intl.ListFormat(tag, { type: 'conjunction' }).formatToParts(['a', 'b', 'c']);
      expect(parts.find((p) => p.type === 'literal')?.value, lang).toBe(listSeparator);
    }
  });
});

describe('formatCount', () => {
  it('writes numbers as Intl.NumberFormat does, grouping only from five digits', () => {
    for (const lang of LANGS) {
      const intl = new Intl.NumberFormat(LANGUAGES[lang].tag, { useGrouping: 'min2' } as Intl.NumberFormatOptions);
      for (const value of [0, 1, -3, 42, 2025, 9999, -9999, 10_000, 12_345, 1_234_567, 2.5, 0.125, -0.5])
        expect(formatCount(value, lang), `${value} in ${lang}`).toBe(intl.format(value));
    }
  });
});

import type { FigureRow } from '@/view-model/select-rows';
import { UNITS, type UnitId } from '@/data/units';
import { pick, type Lang } from '@/i18n/lang';
import { LANGUAGES } from '@/i18n/languages';
import { formatMessage, UI } from '@/i18n/strings';
import { EXPORT_UI } from './export-strings';

/**
 * English unit names for values kept in a 万 scale. The app's English unit text names the base
 * unit (it formats 1.4 万P as "14,000 P"), but an export that gives the number as stored (1.4)
 * must say the scale, or 1.4 reads as 1.4 P.
 */
const STORED_SCALE_EN: Partial<Record<UnitId, string>> = {
  'yi-yuan': 'CNY 100 million',
  'wanyi-yuan': 'CNY trillion',
  'yiyi-flops': '10¹⁶ FLOPS',
  'wan-ge': '10,000 items',
  'wan-tai': '10,000 units',
  'wan-P': '10,000 PFLOPS',
  'wan-tonnes': '10,000 tonnes',
};

/** The unit a stored value is in, as text: "万P" / "10,000 P" (a language that converts to base units names the scale). */
export function storedUnitText(unit: UnitId, lang: Lang): string {
  const scaled = LANGUAGES[lang].units === 'base-unit' ? STORED_SCALE_EN[unit] : undefined;
  return scaled ?? pick(UNITS[unit], lang);
}

function unique(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((s): s is string => !!s))];
}

/** "2024年" / "2024": a period that is one plain year, as `formatPeriod` writes it (the language's `year` message). */
function plainYear(lang: Lang): RegExp {
  const [before = '', after = ''] = UI[lang].year.split('{year}');
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escapeRegExp(before)}(\\d{4})${escapeRegExp(after)}$`);
}

/** Three or more plain years make a range: a chart over 2020–2025 says so rather than list six years. */
const YEARS_FOR_RANGE = 3;

/**
 * The periods a chart covers, each once: plain years, when there are at least three, become one
 * range ("2020–2025年" / "2020–2025"); other periods ("2025年目标", "截至2025年12月9日") follow as
 * they are. Two years stay listed: "2020年、2024年" compares two years, it does not span four.
 */
export function periodsText(periodTexts: readonly string[], lang: Lang): string {
  const t = EXPORT_UI[lang];
  const periods = unique(periodTexts);
  const PLAIN_YEAR = plainYear(lang);
  const years = periods.flatMap((p) => {
    const match = PLAIN_YEAR.exec(p);
    return match ? [Number(match[1])] : [];
  });
  if (years.length < YEARS_FOR_RANGE) return periods.join(t.listSep);
  const range = formatMessage(lang, 'yearRange', { from: String(Math.min(...years)), to: String(Math.max(...years)) });
  return [range, ...periods.filter((p) => !PLAIN_YEAR.test(p))].join(t.listSep);
}

/**
 * "单位：件 · 时期：截至2025年12月9日". The unit is the scale the chart's axis counts in (1.4 on
 * an axis in 万P is "10,000 P" in English, not "P"); the periods are given by `periodsText`.
 */
export function exportSubtitle(rows: readonly FigureRow[], lang: Lang): string {
  const t = EXPORT_UI[lang];
  const units = unique(rows.map((r) => storedUnitText(r.unit, lang)));
  const periods = periodsText(
    rows.map((r) => r.periodText),
    lang,
  );
  const parts = [];
  if (units.length) parts.push(`${t.unit}${t.fieldSep}${units.join(t.listSep)}`);
  if (periods) parts.push(`${t.period}${t.fieldSep}${periods}`);
  return parts.join(' · ');
}

export interface FooterOptions {
  /** The panel's caveat. */
  note?: string;
  /** Every part listed with its value, for charts that cannot label every mark (a treemap's small tiles). */
  listAll?: boolean;
}

/**
 * The footer of an exported chart: its sources (publisher, date, section), how each derived
 * value it shows was obtained, in words ("静海区：由63件与其他15个数值推算"), and the panel's
 * caveat, so the image carries its provenance when pasted alone into a document. The formula
 * itself stays in the data table.
 */
export function exportFooter(rows: readonly FigureRow[], lang: Lang, options: FooterOptions = {}): string[] {
  const t = EXPORT_UI[lang];
  const lines: string[] = [];
  if (options.listAll)
    lines.push(
      `${t.allParts}${t.fieldSep}${[...rows]
        .sort((a, b) => b.value - a.value)
        .map((r) => `${r.label} ${r.valueText}`)
        .join(t.listSep)}`,
    );
  const sources = unique(rows.flatMap((r) => r.sourceText.split('; ')));
  lines.push(`${t.source}${t.fieldSep}${sources.join('; ')}`);
  for (const row of rows) {
    if (row.kind === 'derived' && row.formulaWords) lines.push(`${row.label}${t.fieldSep}${row.formulaWords}`);
  }
  if (options.note) lines.push(`${t.note}${t.fieldSep}${options.note}`);
  return lines;
}

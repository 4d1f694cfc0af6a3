import type { Figure } from '@/data/schema';
import type { FigureRow } from '@/data/select-rows';
import { UNITS, type UnitId } from '@/data/units';
import { shiftDecimal } from '@/i18n/decimal';
import { formatValue } from '@/i18n/format';
import type { Lang } from '@/i18n/lang';
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
  'wan-P': '10,000 P',
  'wan-tonnes': '10,000 tonnes',
};

/** The unit a stored value is in, as text: "万P" / "10,000 P". */
export function storedUnitText(unit: UnitId, lang: Lang): string {
  return lang === 'zh' ? UNITS[unit].zh : (STORED_SCALE_EN[unit] ?? UNITS[unit].en);
}

function unique(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((s): s is string => !!s))];
}

/**
 * "单位:件 · 时期:截至2025年12月9日". The unit is the scale the chart's axis counts in (1.4 on
 * an axis in 万P is "10,000 P" in English, not "P"); each period the chart covers is listed once.
 */
export function exportSubtitle(rows: readonly FigureRow[], lang: Lang): string {
  const t = EXPORT_UI[lang];
  const units = unique(rows.map((r) => storedUnitText(r.unit, lang)));
  const periods = unique(rows.map((r) => r.periodText));
  const parts = [];
  if (units.length) parts.push(`${t.unit}${t.fieldSep}${units.join(t.listSep)}`);
  if (periods.length) parts.push(`${t.period}${t.fieldSep}${periods.join(t.listSep)}`);
  return parts.join(' · ');
}

/** A formula longer than this does not fit a footnote: it is shown with the values put in. */
export const FOOTER_FORMULA_MAX = 160;

/**
 * "total - (binhai + heping + …)" becomes "63 - (15 + 2 + …) = 0件": short enough for a footnote
 * and still checkable by hand. The named version stays in the CSV and the data table.
 */
export function formulaWithValues(figure: Figure, figures: ReadonlyMap<string, Figure>, lang: Lang): string | undefined {
  if (figure.kind !== 'derived') return undefined;
  const { expr, inputs } = figure.formula;
  const filled = expr.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => {
    const input = Object.hasOwn(inputs, name) ? figures.get(inputs[name]) : undefined;
    return input ? shiftDecimal(input.value, 0) : name;
  });
  return `${filled} = ${formatValue(figure.value, figure.unit, figure.qualifier, lang)}`;
}

export interface FooterOptions {
  /** The panel's caveat. */
  note?: string;
  /** The formula to print for a derived row (default: the row's full formula text). */
  formulaOf?: (row: FigureRow) => string | undefined;
  /** Every part listed with its value, for charts that cannot label every mark (a treemap's small tiles). */
  listAll?: boolean;
}

/**
 * The footer of an exported chart: its sources (publisher, date, section), the formula of every
 * derived value it shows, and the panel's caveat, so the image carries its provenance when pasted
 * alone into a document.
 */
export function exportFooter(rows: readonly FigureRow[], lang: Lang, options: FooterOptions = {}): string[] {
  const t = EXPORT_UI[lang];
  const lines: string[] = [];
  if (options.listAll) lines.push(`${t.allParts}${t.fieldSep}${[...rows].sort((a, b) => b.value - a.value).map((r) => `${r.label} ${r.valueText}`).join(t.listSep)}`);
  const sources = unique(rows.flatMap((r) => r.sourceText.split('; ')));
  lines.push(`${t.source}${t.fieldSep}${sources.join('; ')}`);
  for (const row of rows) {
    if (row.kind !== 'derived') continue;
    const formula = options.formulaOf?.(row) ?? row.formulaText;
    if (formula) lines.push(`${t.formulaOf(row.label)}${t.fieldSep}${formula}`);
  }
  if (options.note) lines.push(`${t.note}${t.fieldSep}${options.note}`);
  return lines;
}

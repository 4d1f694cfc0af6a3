/**
 * The workbook as plain data: a data sheet (one row per figure of each visible panel, the value
 * as a number in its printed precision, with unit, period and qualifier), a definitions sheet
 * (each figure once: names, periods, qualifiers, derivations in words, flags and target status),
 * a sources sheet (with links and trust), a sheet about the view, and optionally one sheet per
 * chart with its numbers as the chart draws them. Pure: write-xlsx.ts turns it into a file.
 */
import type { Source } from '@/data/schema';
import type { FigureRow } from '@/view-model/select-rows';
import { safeWebUrl, trustText } from '@/view-model/trust';
import { formatDate } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { OfficePanel } from './office-model';
import { officeWords, sourceFooter } from './office-model';
import type { ViewFacts } from './slide-specs';
import { unitsAndPeriods } from './slide-specs';
import { numberFormat } from './write-pptx';
import { storedUnitText } from '../export-captions';
import { must } from '@/lib/must';

/** A number with the format that prints it as the source did. */
export interface NumberCell {
  number: number;
  numFmt: string;
}
export interface LinkCell {
  text: string;
  hyperlink: string;
}
export type Cell = string | NumberCell | LinkCell | null;

export interface SheetSpec {
  name: string;
  headers: string[];
  rows: Cell[][];
  /** Lines above the header (a chart sheet's title and units); the header row is frozen below them. */
  preamble?: string[];
  /** Lines below the table (a chart sheet's sources). */
  footer?: string[];
}

export interface WorkbookSpec {
  title: string;
  sheets: SheetSpec[];
}

const num = (value: number, decimals: number): NumberCell => ({ number: value, numFmt: numberFormat(decimals) });

const kindText = (row: FigureRow, lang: Lang) => (row.kind === 'stated' ? UI[lang].kindStated : UI[lang].kindDerived);

export function dataSheet(panels: readonly OfficePanel[], lang: Lang): SheetSpec {
  const t = UI[lang];
  const w = officeWords(lang);
  return {
    name: w.sheetData,
    headers: [w.panel, t.indicator, t.value, t.unit, t.period, t.qualifier, w.asStated, w.kind, t.source, w.figureId],
    rows: panels.flatMap((panel) =>
      panel.rows.map((row) => [
        panel.title,
        row.name,
        num(row.value, panel.decimals[row.id] ?? 0),
        storedUnitText(row.unit, lang),
        row.periodText,
        row.qualifierText,
        row.valueText,
        kindText(row, lang),
        row.sourceText,
        row.id,
      ]),
    ),
  };
}

export function definitionsSheet(panels: readonly OfficePanel[], lang: Lang): SheetSpec {
  const t = UI[lang];
  const w = officeWords(lang);
  const rows = [...new Map(panels.flatMap((p) => p.rows).map((r) => [r.id, r])).values()];
  return {
    name: w.sheetDefinitions,
    headers: [
      w.figureId,
      t.indicator,
      t.period,
      t.unit,
      t.qualifier,
      w.kind,
      w.derivation,
      t.derived,
      t.measure,
      w.flags,
      t.status,
      t.note,
      w.doubt,
    ],
    rows: rows.map((row) => [
      row.id,
      row.name,
      row.periodText,
      storedUnitText(row.unit, lang),
      row.qualifierText,
      kindText(row, lang),
      row.formulaWords ?? '',
      row.formulaText ?? '',
      row.basisText ?? '',
      row.flagText ?? '',
      row.status ? `${row.status.text}${t.colon}${row.status.reasonText}` : '',
      row.note ?? '',
      row.doubtText ?? '',
    ]),
  };
}

export function sourcesSheet(sources: readonly Source[], lang: Lang): SheetSpec {
  const t = UI[lang];
  const w = officeWords(lang);
  return {
    name: w.sheetSources,
    headers: [w.sourceId, w.title, w.publisher, t.published, t.link, t.trust, t.note],
    rows: sources.map((s) => {
      const url = safeWebUrl(s.url);
      return [
        s.id,
        pick(s.title, lang),
        pick(s.publisher, lang),
        formatDate(s.date, lang),
        url ? { text: url, hyperlink: url } : (s.url ?? ''),
        s.trust ? trustText(s.trust, lang) : '',
        s.note ? pick(s.note, lang) : '',
      ];
    }),
  };
}

export function aboutSheet(facts: ViewFacts, lang: Lang): SheetSpec {
  const t = UI[lang];
  const w = officeWords(lang);
  const link: Cell = safeWebUrl(facts.viewUrl) ? { text: facts.viewUrl, hyperlink: facts.viewUrl } : facts.viewUrl;
  return {
    name: w.sheetAbout,
    headers: [w.item, t.value],
    rows: [
      [w.title, facts.appTitle],
      [t.filters, facts.filtersText],
      [w.dataAsOf, facts.dataDate ? formatDate(facts.dataDate, lang) : ''],
      [w.dataVersion, facts.dataVersion ?? ''],
      [w.viewLink, link],
      [w.exportedAt, facts.exportedAt.toISOString()],
    ],
  };
}

/** A chart's numbers as it draws them: categories down, series across; a gap stays an empty cell. */
export function chartSheet(panel: OfficePanel, lang: Lang): SheetSpec {
  const t = UI[lang];
  const preamble = [panel.title, unitsAndPeriods(panel.rows, lang)];
  const footer = [sourceFooter(panel.rows, lang), ...(panel.note ? [`${t.note}${t.colon}${panel.note}`] : [])];
  const body = panel.body;
  if (body.kind === 'chart') {
    const { table } = body;
    return {
      name: panel.title,
      preamble,
      footer,
      headers: [table.native.type === 'line' ? t.period : t.indicator, ...table.series.map((s) => s.name)],
      rows: table.categories.map((category, i) => [
        category,
        ...table.series.map((s) => {
          const row = s.rows[i];
          const value = must(s.values[i], `the value of "${s.name}" for ${category}`);
          return value === null ? null : num(value, row ? (panel.decimals[row.id] ?? 0) : table.decimals);
        }),
      ]),
    };
  }
  const rowsOf =
    body.kind === 'targets'
      ? body.lines.flatMap((l) => [l.target, ...(l.result ? [l.result] : []), ...(l.other ? [l.other] : [])])
      : panel.rows;
  const statusOf = (row: FigureRow) =>
    body.kind === 'targets' ? (body.lines.find((l) => l.target.id === row.id || l.result?.id === row.id)?.statusText ?? '') : '';
  return {
    name: panel.title,
    preamble,
    footer,
    headers: [t.indicator, t.value, t.unit, t.period, t.qualifier, ...(body.kind === 'targets' ? [t.status] : [])],
    rows: rowsOf.map((row) => [
      row.name,
      num(row.value, panel.decimals[row.id] ?? 0),
      storedUnitText(row.unit, lang),
      row.periodText,
      row.qualifierText,
      ...(body.kind === 'targets' ? [statusOf(row)] : []),
    ]),
  };
}

const ILLEGAL_SHEET = /[\\/?*[\]:]/g;
const MAX_SHEET = 31;

/** Excel's sheet names: at most 31 characters, none of \ / ? * [ ] :, unique regardless of case. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const clean =
      raw
        .replace(ILLEGAL_SHEET, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet';
    let name = [...clean].slice(0, MAX_SHEET).join('');
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = [...clean].slice(0, MAX_SHEET - suffix.length).join('') + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** The workbook of a view: data, definitions, sources, about, and (for "export all") a sheet per chart. */
export function workbookSpec(
  panels: readonly OfficePanel[],
  sources: readonly Source[],
  facts: ViewFacts,
  lang: Lang,
  { perChart = false } = {},
): WorkbookSpec {
  const charts = perChart ? panels.filter((p) => p.body.kind !== 'tiles').map((p) => chartSheet(p, lang)) : [];
  const sheets = [dataSheet(panels, lang), definitionsSheet(panels, lang), sourcesSheet(sources, lang), aboutSheet(facts, lang), ...charts];
  const names = sheetNames(sheets.map((s) => s.name));
  return { title: facts.appTitle, sheets: sheets.map((s, i) => ({ ...s, name: must(names[i], `a unique name for sheet "${s.name}"`) })) };
}

/** Display width of a text in Excel's character units: CJK and full-width characters count twice. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

/** The widest a column gets; longer texts wrap. */
export const MAX_WIDTH = 60;

/** Column widths from the header and the cells: wide enough for the longest, capped so long sentences wrap. */
export function columnWidths(sheet: SheetSpec): number[] {
  return sheet.headers.map((header, col) => {
    const widths = [header, ...sheet.rows.map((row) => cellText(row[col] ?? null))].map(textWidth);
    return Math.min(MAX_WIDTH, Math.max(8, ...widths) + 2);
  });
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if ('number' in cell) return cell.number.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return cell.text;
}

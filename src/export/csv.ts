import type { FigureRow } from '@/view-model/select-rows';
import type { Lang } from '@/i18n/lang';
import { storedUnitText } from './export-captions';
import { EXPORT_UI } from './export-strings';

/** Excel opens a UTF-8 file as UTF-8 (Chinese intact) only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

type Cell = string | number | undefined | null;

const PURE_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** What spreadsheets read as the start of a formula (OWASP: = + - @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !PURE_NUMBER.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = guardFormula(typeof value === 'number' ? String(value) : value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, CRLF line ends (RFC 4180), a line per row. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `${BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * indicator, period, value (as stored), unit, qualifier, how a derived value was obtained in words
 * ("由超6100家与增长20.9%推算"), source, date.
 */
function figureCells(row: FigureRow, lang: Lang): Cell[] {
  return [
    row.name,
    row.periodText,
    row.value,
    storedUnitText(row.unit, lang),
    row.qualifierText,
    row.formulaWords ?? '',
    row.sourceText,
    row.sourceDate ?? '',
  ];
}

/**
 * The numbers behind one chart, one line per row of its data table. Values are the numbers as
 * stored (1.4 with unit 万P), never formatted, so a spreadsheet can compute with them.
 */
export function chartCsv(rows: readonly FigureRow[], lang: Lang): string {
  return toCsv([[...EXPORT_UI[lang].csvHeader, FLAG_HEADER[lang]], ...rows.map((r) => [...figureCells(r, lang), r.flagText ?? ''])]);
}

/** The last column: preliminary, revised (with the value first published) or estimated. */
const FLAG_HEADER: Record<Lang, string> = { zh: '数据状态', en: 'Status of the figure' };

export interface DatasetRow {
  row: FigureRow;
  themeName: string;
}

/**
 * Every figure of the dataset: the chart columns plus the figure's id, its theme, the verbatim
 * source clause and a derived figure's formula with its inputs named, in a column of its own
 * (the id, the clause and the formula let a reader trace a number back to the source text).
 */
export function allDataCsv(entries: readonly DatasetRow[], lang: Lang): string {
  const t = EXPORT_UI[lang];
  const header = [t.csvAllExtra.id, t.csvAllExtra.theme, ...t.csvHeader, t.csvAllExtra.clause, t.csvAllExtra.formula, FLAG_HEADER[lang]];
  return toCsv([
    header,
    ...entries.map(({ row, themeName }) => [
      row.id,
      themeName,
      ...figureCells(row, lang),
      row.clause ?? '',
      row.formulaText ?? '',
      row.flagText ?? '',
    ]),
  ]);
}

/**
 * The current view as office documents see it: for each visible panel, its rows and the table of
 * numbers its chart draws (categories × series, gaps as null). Pure: the PowerPoint deck and the
 * Excel workbook are both written from this, so both hold the same numbers as the dashboard.
 */
import type { Figure, Source, ThemeFile } from '@/data/schema';
import { figureDecimals } from '@/view-model/formula-words';
import type { FigureRow, RowContext, SourceRef } from '@/view-model/select-rows';
import { toFigureRow } from '@/view-model/select-rows';
import { THEMES } from '@/data/themes';
import { formatDate } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { LANGUAGES } from '@/i18n/languages';
import { formatMessage, UI } from '@/i18n/strings';
import { normalizeZhPunct } from '@/i18n/zh-punct';
import { storedUnitText } from '../export-captions';
import { breakdownOf } from '@/panels/figure-lookup';
import type { ChartPanelDef, ChartSpec, KpiPanelDef, PanelDef } from '@/panels/panel-def';
import { selectTargetItems, selectTrend } from '@/panels/select-target-rows';
import type { Filters } from '@/state/filters';
import { must } from '@/lib/must';

/** One series of a chart: a value per category, `null` where the chart has a gap. */
export interface OfficeSeries {
  name: string;
  values: (number | null)[];
  /** The figure behind each value (null in a gap). */
  rows: (FigureRow | null)[];
}

/** How a chart is drawn natively in a slide. */
export type NativeKind =
  /** Bars; `horizontal` lists categories top to bottom, `stacked` piles the series on one bar. */
  { type: 'bar'; horizontal: boolean; stacked: boolean } | { type: 'line' } | { type: 'doughnut' };

/** A chart's numbers: categories × series, in the stored unit of its figures. */
export interface ChartTable {
  native: NativeKind;
  categories: string[];
  series: OfficeSeries[];
  /** The unit every value is stored in ("亿元", "CNY 100 million", "%"); one per chart. */
  unitText: string;
  /** The most decimals any value was printed with. */
  decimals: number;
  /** Values printed with different numbers of decimals (12.3 beside 10): one number format would change some. */
  mixedDecimals: boolean;
  /** The shown drawing differs from the dashboard's (a treemap as sorted bars): said on the slide. */
  drawnAs?: string;
}

/** A plan target against its result, with the status in words. */
export interface TargetLine {
  target: FigureRow;
  result?: FigureRow;
  other?: FigureRow;
  statusText: string;
}

/** A headline tile: the figure and the figure stating its change. */
export interface OfficeTile {
  row: FigureRow;
  change?: FigureRow;
}

export type OfficeBody =
  | { kind: 'chart'; table: ChartTable }
  | { kind: 'targets'; lines: TargetLine[] }
  | { kind: 'tiles'; tiles: OfficeTile[] };

/** One visible panel, ready for a slide and a sheet. */
export interface OfficePanel {
  id: string;
  title: string;
  themeName: string;
  question: string;
  note?: string;
  body: OfficeBody;
  /** Every figure the panel shows, in its order (no repeats). */
  rows: FigureRow[];
  /** Decimals each figure was printed with, by figure id. */
  decimals: Record<string, number>;
}

/** What the panel model needs of the loaded data. */
export interface OfficeData {
  file: ThemeFile;
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
}

const unique = (rows: readonly FigureRow[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

function decimalsOf(rows: readonly FigureRow[], figures: Map<string, Figure>): Record<string, number> {
  return Object.fromEntries(
    rows.map((r) => {
      const figure = figures.get(r.id);
      return [r.id, figure ? figureDecimals(figure) : 0];
    }),
  );
}

const maxDecimals = (rows: readonly (FigureRow | null)[], decimals: Record<string, number>) =>
  Math.max(0, ...rows.flatMap((r) => (r ? [decimals[r.id] ?? 0] : [])));

function oneSeries(name: string, rows: readonly FigureRow[]): OfficeSeries {
  return { name, values: rows.map((r) => r.value), rows: [...rows] };
}

/** Largest first, as the dashboard sorts breakdown bars. */
const largestFirst = (rows: readonly FigureRow[]) => [...rows].sort((a, b) => b.value - a.value);

/**
 * The numbers of a chart panel as categories × series. Bars, breakdown bars and before/after
 * pairs are bars (pairs as clustered bars: the 2020 baseline beside the result); a trend is a
 * line with an empty point for every year without a figure; a pie is a doughnut. The kinds a
 * slide has no native form for are drawn with the nearest one that shows the same numbers: a
 * treemap as bars largest first, a gauge as a doughnut of the share and the rest to 100 %, a
 * progress bar as one stacked bar, a slope as a two-point line.
 */
export function chartTable(
  spec: Exclude<ChartSpec, { kind: 'target' }>,
  title: string,
  file: ThemeFile,
  ctx: RowContext,
  decimalsFor: (rows: readonly FigureRow[]) => Record<string, number>,
): { table: ChartTable; rows: FigureRow[] } {
  const t = UI[ctx.lang];
  const build = (native: NativeKind, categories: string[], series: OfficeSeries[], drawnAs?: string) => {
    const rows = unique(series.flatMap((s) => s.rows.filter((r): r is FigureRow => r !== null)));
    const decimals = decimalsFor(rows);
    // Values are as stored (639.6 in 亿元): English names that scale ("CNY 100 million"), not the base unit.
    const unitText = rows[0] ? storedUnitText(rows[0].unit, ctx.lang) : '';
    const mixedDecimals = new Set(rows.map((r) => decimals[r.id] ?? 0)).size > 1;
    return {
      rows,
      table: {
        native,
        categories,
        series,
        unitText,
        decimals: maxDecimals(rows, decimals),
        mixedDecimals,
        ...(drawnAs ? { drawnAs } : {}),
      },
    };
  };
  const kindRows = (s: typeof spec) => chartRows(s, file, ctx);
  switch (spec.kind) {
    case 'bar': {
      const rows = spec.sort ? largestFirst(kindRows(spec)) : kindRows(spec);
      return build(
        { type: 'bar', horizontal: !!spec.horizontal, stacked: false },
        rows.map((r) => r.label),
        [oneSeries(title, rows)],
      );
    }
    case 'breakdown-bar': {
      const rows = largestFirst(kindRows(spec));
      return build(
        { type: 'bar', horizontal: true, stacked: false },
        rows.map((r) => r.label),
        [oneSeries(title, rows)],
      );
    }
    case 'treemap': {
      const rows = largestFirst(kindRows(spec));
      return build(
        { type: 'bar', horizontal: true, stacked: false },
        rows.map((r) => r.label),
        [oneSeries(title, rows)],
        officeWords(ctx.lang).drawnAsBars,
      );
    }
    case 'pie': {
      const rows = largestFirst(kindRows(spec));
      return build(
        { type: 'doughnut' },
        rows.map((r) => r.label),
        [oneSeries(title, rows)],
      );
    }
    case 'before-after': {
      const rows = kindRows(spec);
      const before = rows.filter((_, i) => i % 2 === 0);
      const after = rows.filter((_, i) => i % 2 === 1);
      return build(
        { type: 'bar', horizontal: false, stacked: false },
        after.map((r) => r.label),
        [oneSeries(t.baseline, before), oneSeries(t.result, after)],
      );
    }
    case 'slope': {
      const [firstRow, secondRow] = kindRows(spec);
      const before = must(firstRow, `the baseline figure of "${title}"`);
      const after = must(secondRow, `the latest figure of "${title}"`);
      return build({ type: 'line' }, [before.periodText, after.periodText], [oneSeries(after.label, [before, after])]);
    }
    case 'gauge': {
      const row = must(kindRows(spec)[0], `the share of "${title}"`);
      // The rest to 100 % is arithmetic on the stated share, not a figure: it has no row.
      const rest = Math.round((100 - row.value) * 10 ** 6) / 10 ** 6;
      return build(
        { type: 'doughnut' },
        [row.label, officeWords(ctx.lang).rest],
        [{ name: row.name, values: [row.value, rest], rows: [row, null] }],
        officeWords(ctx.lang).drawnAsDoughnut,
      );
    }
    case 'progress': {
      const [totalRow, ...members] = kindRows(spec);
      const total = must(totalRow, `the total of "${title}"`);
      const series = members.map((m) => ({ name: m.label, values: [m.value], rows: [m] as (FigureRow | null)[] }));
      const built = build({ type: 'bar', horizontal: true, stacked: true }, [`${total.label} ${total.valueText}`], series);
      return { ...built, rows: unique([total, ...built.rows]) };
    }
    case 'trend': {
      const { series, targets } = selectTrend(spec, ctx);
      const years = Array.from({ length: spec.to - spec.from + 1 }, (_, i) => spec.from + i);
      const at = (points: readonly { year: number; row: FigureRow }[]) =>
        years.map((year) => points.find((p) => p.year === year)?.row ?? null);
      const lines: OfficeSeries[] = series.map((s) => {
        const rows = at(s.points);
        return { name: s.name, values: rows.map((r) => (r ? r.value : null)), rows };
      });
      if (targets.length) {
        const rows = at(targets);
        lines.push({ name: t.target, values: rows.map((r) => (r ? r.value : null)), rows });
      }
      return build({ type: 'line' }, years.map(String), lines);
    }
  }
}

/** The rows a chart kind lists, in its order. */
function chartRows(spec: ChartSpec, file: ThemeFile, ctx: RowContext): FigureRow[] {
  switch (spec.kind) {
    case 'bar':
      return spec.figures.map((id) => rowById(id, ctx));
    case 'breakdown-bar':
    case 'pie':
    case 'treemap':
      return breakdownOf(spec.breakdown, file).members.map((id) => rowById(id, ctx));
    case 'before-after':
      return spec.pairs.flatMap((p) => [p.before, p.after]).map((id) => rowById(id, ctx));
    case 'slope':
      return [spec.before, spec.after].map((id) => rowById(id, ctx));
    case 'gauge':
      return [rowById(spec.figure, ctx)];
    case 'progress': {
      const b = breakdownOf(spec.breakdown, file);
      return [b.total, ...b.members].map((id) => rowById(id, ctx));
    }
    case 'target':
    case 'trend':
      return [];
  }
}

function rowById(id: string, ctx: RowContext): FigureRow {
  const figure = ctx.figures.get(id);
  if (!figure) throw new Error(`unknown figure "${id}"`);
  return toFigureRow(figure, ctx);
}

/** A plan target's line: the status its result carries, or the target's own (no comparable result). */
export function targetLines(spec: Extract<ChartSpec, { kind: 'target' }>, file: ThemeFile, ctx: RowContext): TargetLine[] {
  return selectTargetItems(spec, file, ctx).map((item) => ({
    ...item,
    statusText: (item.result?.status ?? item.target.status)?.text ?? '',
  }));
}

/** A chart or headline panel of the view as an office panel; `tileIds` are the tiles passing the filters. */
export function officePanel(def: PanelDef, data: OfficeData, lang: Lang, tileIds?: readonly string[]): OfficePanel {
  const ctx: RowContext = { lang, sources: data.sources, figures: data.figures };
  const title = pick(def.title, lang);
  const base = {
    id: def.id,
    title,
    themeName: pick(THEMES[def.theme], lang),
    question: pick(def.question, lang),
    ...(def.note ? { note: pick(def.note, lang) } : {}),
  };
  const decimalsFor = (rows: readonly FigureRow[]) => decimalsOf(rows, data.figures);
  if (def.kind === 'kpi') {
    const tiles = kpiTiles(def, ctx, tileIds);
    const rows = unique(tiles.flatMap((tile) => (tile.change ? [tile.row, tile.change] : [tile.row])));
    return { ...base, body: { kind: 'tiles', tiles }, rows, decimals: decimalsFor(rows) };
  }
  return { ...base, ...chartBody(def, data.file, ctx, decimalsFor) };
}

function chartBody(
  def: ChartPanelDef,
  file: ThemeFile,
  ctx: RowContext,
  decimalsFor: (rows: readonly FigureRow[]) => Record<string, number>,
): Pick<OfficePanel, 'body' | 'rows' | 'decimals'> {
  const spec = def.chart;
  if (spec.kind === 'target') {
    const lines = targetLines(spec, file, ctx);
    const rows = unique(lines.flatMap((l) => [l.target, ...(l.result ? [l.result] : []), ...(l.other ? [l.other] : [])]));
    return { body: { kind: 'targets', lines }, rows, decimals: decimalsFor(rows) };
  }
  const { table, rows } = chartTable(spec, pick(def.title, ctx.lang), file, ctx, decimalsFor);
  return { body: { kind: 'chart', table }, rows, decimals: decimalsFor(rows) };
}

function kpiTiles(def: KpiPanelDef, ctx: RowContext, tileIds?: readonly string[]): OfficeTile[] {
  const shown = tileIds ? new Set(tileIds) : undefined;
  return def.tiles
    .filter((tile) => !shown || shown.has(tile.figure))
    .flatMap((tile) => {
      if (!ctx.figures.has(tile.figure)) return [];
      return [
        { row: rowById(tile.figure, ctx), ...(tile.change && ctx.figures.has(tile.change) ? { change: rowById(tile.change, ctx) } : {}) },
      ];
    });
}

/** The sources of a set of rows, each once, in the order first cited. */
export function sourcesOfRows(rows: readonly FigureRow[]): SourceRef[] {
  return [...new Map(rows.flatMap((r) => r.sourceRefs).map((s) => [s.id, s])).values()];
}

/** "天津日报 2025年12月10日；央广网 2021年1月22日": publisher and date of each source, for a footer. */
export function sourceFooter(rows: readonly FigureRow[], lang: Lang): string {
  const t = UI[lang];
  const items = [
    ...new Set(sourcesOfRows(rows).map((s) => `${s.publisher} ${formatDate(s.date, lang)}${s.reposted ? ` · ${t.reposted}` : ''}`)),
  ];
  return `${t.source}${t.colon}${items.join(t.listSep)}`;
}

/** The newest publication date among the sources (ISO), the date the view's data is as of. */
export function newestSourceDate(sources: readonly { date: string }[]): string | undefined {
  return sources
    .map((s) => s.date)
    .sort()
    .at(-1);
}

/** The filters in words: "领域：全部；时期：2021–2025年成果；数值：全部" (and the search text when there is one). */
export function filtersText(filters: Filters, lang: Lang): string {
  const t = UI[lang];
  const themes = filters.themes.length ? filters.themes.map((id) => pick(THEMES[id], lang)).join('、') : t.all;
  const period = { all: t.all, baseline: t.periodBaseline, results: t.periodResults }[filters.period];
  const kind = { all: t.all, stated: t.kindStated, derived: t.kindDerived }[filters.kind];
  const parts = [`${t.themeFilter}${t.colon}${themes}`, `${t.periodFilter}${t.colon}${period}`, `${t.kindFilter}${t.colon}${kind}`];
  if (filters.query.trim()) parts.push(`${t.search}${t.colon}“${filters.query.trim()}”`);
  return parts.join(t.listSep);
}

/**
 * What one figure's provenance says, for speaker notes: the value as stated, its period, the
 * clause it came from (verbatim, punctuation normalised for Chinese) or how it was derived, and
 * its sources.
 */
export function figureNote(row: FigureRow, lang: Lang): string {
  const t = UI[lang];
  const w = officeWords(lang);
  const head = `${row.name}${t.colon}${valueInPeriod(row, lang)}`;
  const how = row.clause ? `${t.clause}${t.colon}“${row.clause}”` : row.formulaWords ? `${t.derivedMark}${t.colon}${row.formulaWords}` : '';
  const source = `${t.source}${t.colon}${row.sourceText}`;
  return tidyPunctuation([head, how, source, row.flagText, row.note].filter(Boolean).join(w.sentence), lang);
}

/** Words of the office files that the app's screens do not use, from the message catalogue. */
export function officeWords(lang: Lang) {
  const t = UI[lang];
  return {
    sentence: t.officeSentenceSep,
    listComma: t.officeListSep,
    rest: t.officeRest,
    drawnAsBars: t.officeDrawnAsBars,
    drawnAsDoughnut: t.officeDrawnAsDoughnut,
    asStated: t.officeAsStated,
    dataAsOf: t.officeDataAsOf,
    dataVersion: t.officeDataVersion,
    viewLink: t.officeViewLink,
    exportedAt: t.officeExportedAt,
    sheetData: t.officeSheetData,
    sheetDefinitions: t.officeSheetDefinitions,
    sheetSources: t.officeSheetSources,
    sheetAbout: t.officeSheetAbout,
    panel: t.officePanel,
    kind: t.officeKind,
    figureId: t.officeFigureId,
    derivation: t.officeDerivation,
    flags: t.officeFlags,
    doubt: t.officeDoubt,
    sourceId: t.officeSourceId,
    title: t.officeTitle,
    publisher: t.officePublisher,
    item: t.officeItem,
  };
}

/** "12.3%（2025年前三季度）" / "12.3% (2025 Q1–Q3)". */
export function valueInPeriod(row: FigureRow, lang: Lang): string {
  return formatMessage(lang, 'officeValueInPeriod', { value: row.valueText, period: row.periodText });
}

/** Chinese text exported follows GB/T 15834 (the data keeps its clauses verbatim, with half-width punctuation). */
export function tidyPunctuation(text: string, lang: Lang): string {
  return LANGUAGES[lang].chinesePunctuation ? normalizeZhPunct(text) : text;
}

/**
 * Writes a deck spec as a .pptx with pptxgenjs: 16:9 slides, native editable charts carrying
 * their data, text boxes for headline tiles, a native table for plan targets, speaker notes.
 *
 * WPS Presentation (the office suite most Chinese government PCs have) differs from PowerPoint
 * in places pptxgenjs relies on; the deck stays clear of them:
 * - pptxgenjs #1014 and #1262: hyperlinks in text (`a:hlinkClick` without a `ppaction://`
 *   action) do nothing in WPS. The deck has no hyperlinks: the view link and source addresses
 *   are plain text (the workbook's sources sheet holds them as links).
 * - pptxgenjs #1236: a line chart copied inside WPS makes PowerPoint ask for a repair. Line
 *   charts here are the plainest form: one chart type per chart (no combined bar/line charts),
 *   no secondary axis, no smoothing, data labels only above the points.
 * Beside these, pptxgenjs 4.0.1 writes a third `c:axId` into every 2-D bar and line chart with
 * no axis behind it (its issue #1534), which PowerPoint repairs on opening; `repairChartXml`
 * removes it, and turns the empty points of a gap into missing points, as Office writes them.
 */
import type PptxGenJS from 'pptxgenjs';
import { categoricalColors } from '@/charts/palette';
import type { FigureRow } from '@/view-model/select-rows';
import { UI } from '@/i18n/strings';
import { valueInPeriod, type ChartTable, type OfficeTile, type TargetLine } from './office-model';
import type { DeckSpec, SlideSpec } from './slide-specs';

type Pptx = InstanceType<typeof PptxGenJS>;
type Slide = ReturnType<Pptx['addSlide']>;
type ChartOptions = NonNullable<Parameters<Slide['addChart']>[2]>;

/** LAYOUT_WIDE: 13.333 × 7.5 inches, 16:9. */
const W = 13.333;
const MARGIN = 0.5;
const INNER = W - 2 * MARGIN;
const BODY = { x: MARGIN, y: 1.45, w: INNER, h: 4.75 };
const COLORS = { text: '111827', muted: '4B5563', tile: 'F3F6FA', rule: 'D1D5DB' };
const SERIES_COLORS = categoricalColors('light').map((c) => c.replace('#', '').toUpperCase());

/** Excel's number format for a value printed with `decimals` decimals: "#,##0" or "#,##0.0". */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/**
 * The format of a chart's labels: the printed decimals where all values share them; where they
 * differ (12.3 beside 10) "General", which shows each value as stored, that is as printed, where
 * one fixed format would write "10.0" for a stated 10.
 */
export function chartNumberFormat(table: Pick<ChartTable, 'decimals' | 'mixedDecimals'>): string {
  return table.mixedDecimals ? 'General' : numberFormat(table.decimals);
}

/** The options of a native chart: every text in the deck's font, values in their printed precision. */
export function chartOptions(table: ChartTable, fontFace: string): ChartOptions {
  const format = chartNumberFormat(table);
  const nonNegative = table.series.every((s) => s.values.every((v) => v === null || v >= 0));
  const common: ChartOptions = {
    ...BODY,
    h: BODY.h - 0.15,
    fontFace,
    // One series has one colour, as on the dashboard (pptxgenjs colours each bar apart when given several).
    chartColors: table.series.length > 1 || table.native.type === 'doughnut' ? SERIES_COLORS : SERIES_COLORS.slice(0, 1),
    showValue: true,
    dataLabelFormatCode: format,
    dataLabelFontFace: fontFace,
    dataLabelFontSize: 16,
    dataLabelColor: COLORS.text,
    catAxisLabelFontFace: fontFace,
    catAxisLabelFontSize: 14,
    catAxisLabelColor: COLORS.text,
    valAxisLabelFontFace: fontFace,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: COLORS.muted,
    valAxisLabelFormatCode: format,
    valAxisTitle: table.unitText,
    showValAxisTitle: !!table.unitText,
    valAxisTitleFontFace: fontFace,
    valAxisTitleFontSize: 12,
    valAxisTitleColor: COLORS.muted,
    valGridLine: { color: 'E5E7EB', size: 0.75 },
    showLegend: table.series.length > 1,
    legendPos: 'b',
    legendFontFace: fontFace,
    legendFontSize: 14,
    legendColor: COLORS.text,
  };
  switch (table.native.type) {
    case 'bar':
      return {
        ...common,
        barDir: table.native.horizontal ? 'bar' : 'col',
        barGrouping: table.native.stacked ? 'stacked' : 'clustered',
        // Sideways bars list their first category at the top, as on the dashboard ("maxMin" is
        // valid OOXML; pptxgenjs's types list only "minMax").
        ...(table.native.horizontal ? { catAxisOrientation: 'maxMin' as unknown as 'minMax' } : {}),
        ...(table.native.stacked
          ? { dataLabelPosition: 'ctr' as const, dataLabelColor: 'FFFFFF', showLegend: true }
          : { dataLabelPosition: 'outEnd' as const }),
        barGapWidthPct: table.categories.length > 6 ? 40 : 80,
        // Bars start at zero, as on the dashboard: a cut axis makes 8,000 look a tenth of 9,000.
        ...(nonNegative ? { valAxisMinVal: 0 } : {}),
      };
    case 'line':
      return { ...common, lineSize: 3, lineDataSymbol: 'circle', lineDataSymbolSize: 9, dataLabelPosition: 't', displayBlanksAs: 'gap' };
    case 'doughnut':
      return {
        ...common,
        holeSize: 55,
        // The value in its unit's format; a label's percentage would take the same format ("1" for 90 %).
        showPercent: false,
        showLegend: true,
        legendPos: 'r',
        dataLabelPosition: 'bestFit',
        dataLabelColor: COLORS.text,
        showValAxisTitle: false,
      };
  }
}

/** pptxgenjs's data for a chart: one entry per series, gaps as null (written as empty points). */
export function chartData(table: ChartTable): { name: string; labels: string[]; values: (number | null)[] }[] {
  return table.series.map((s) => ({ name: s.name, labels: table.categories, values: s.values }));
}

function addChart(slide: Slide, table: ChartTable, fontFace: string) {
  const type = table.native.type;
  // pptxgenjs's types say number[], its writer takes null as an empty point.
  slide.addChart(type, chartData(table) as unknown as Parameters<Slide['addChart']>[1], chartOptions(table, fontFace));
}

/** A grid of tiles: value large, then name, period and the change since the baseline or how it was derived. */
export function tileGrid(count: number): { cols: number; rows: number } {
  const cols = count <= 3 ? Math.max(count, 1) : count === 4 ? 2 : count <= 6 ? 3 : 4;
  return { cols, rows: Math.ceil(count / cols) };
}

function addTiles(slide: Slide, tiles: readonly OfficeTile[], deck: DeckSpec) {
  const t = UI[deck.lang];
  const { cols, rows } = tileGrid(tiles.length);
  const gap = 0.2;
  const w = (BODY.w - gap * (cols - 1)) / cols;
  const h = (BODY.h - gap * (rows - 1)) / rows;
  const big = rows > 2 ? 24 : 32;
  tiles.forEach((tile, i) => {
    const x = BODY.x + (i % cols) * (w + gap);
    const y = BODY.y + Math.floor(i / cols) * (h + gap);
    const row = tile.row;
    const lines: { text: string; options: Record<string, unknown> }[] = [
      { text: row.valueText, options: { fontSize: big, bold: true, color: '1F5FA8', breakLine: true } },
      { text: row.name, options: { fontSize: 14, color: COLORS.text, breakLine: true } },
      {
        text: [row.periodText, row.qualifier !== 'exact' ? row.qualifierText : ''].filter(Boolean).join(' · '),
        options: { fontSize: 12, color: COLORS.muted, breakLine: true },
      },
    ];
    if (tile.change)
      lines.push({
        text: `${t.vsBaseline}${t.colon}${tile.change.valueText}`,
        options: { fontSize: 12, color: COLORS.text, breakLine: true },
      });
    if (row.formulaWords) lines.push({ text: row.formulaWords, options: { fontSize: 11, color: COLORS.muted, breakLine: true } });
    if (row.status)
      lines.push({
        text: `${t.status}${t.colon}${row.status.text}`,
        options: { fontSize: 12, bold: true, color: COLORS.text, breakLine: true },
      });
    slide.addText(lines as Parameters<Slide['addText']>[0], {
      x,
      y,
      w,
      h,
      fontFace: deck.fontFace,
      fill: { color: COLORS.tile },
      valign: 'top',
      margin: 8,
      fit: 'shrink',
    });
  });
}

function resultCell(line: TargetLine, deck: DeckSpec): string {
  const t = UI[deck.lang];
  const one = (row: FigureRow) => valueInPeriod(row, deck.lang);
  const parts = [line.result ? one(line.result) : '', line.other ? `${t.otherScopeShort}${t.colon}${one(line.other)}` : ''].filter(Boolean);
  return parts.join('\n') || '—';
}

function addTargetTable(slide: Slide, lines: readonly TargetLine[], deck: DeckSpec) {
  const t = UI[deck.lang];
  const cell = (text: string, options: Record<string, unknown> = {}) => ({
    text,
    options: { fontFace: deck.fontFace, fontSize: lines.length > 6 ? 11 : 13, color: COLORS.text, valign: 'middle', ...options },
  });
  const header = [t.target, t.value, t.targetResult, t.status].map((text) => cell(text, { bold: true, fill: { color: 'E8EEF6' } }));
  const body = lines.map((line) => [
    cell(line.target.name),
    cell(valueInPeriod(line.target, deck.lang)),
    cell(resultCell(line, deck)),
    cell(line.statusText, { bold: true }),
  ]);
  slide.addTable([header, ...body] as Parameters<Slide['addTable']>[0], {
    ...BODY,
    h: undefined,
    colW: [INNER * 0.34, INNER * 0.2, INNER * 0.3, INNER * 0.16],
    border: { type: 'solid', pt: 0.75, color: COLORS.rule },
    autoPage: false,
  });
}

/** Metadata of the file and the reader's watermark ('' or absent: none). */
export interface PptxMeta {
  title: string;
  subject?: string;
  watermark?: string;
}

/** The reader's watermark, faint and turned across the middle of the slide, over its content as on every other export. */
function addWatermark(slide: Slide, text: string, fontFace: string) {
  if (!text) return;
  slide.addText(text, {
    x: 0.9,
    y: 2.9,
    w: W - 1.8,
    h: 1.6,
    fontSize: 40,
    fontFace,
    color: COLORS.muted,
    transparency: 78,
    align: 'center',
    valign: 'middle',
    rotate: 330,
  });
}

function addPanelSlide(pres: Pptx, spec: SlideSpec, deck: DeckSpec, number: number, watermark: string) {
  const slide = pres.addSlide();
  const font = { fontFace: deck.fontFace };
  slide.addText(spec.title, { x: MARGIN, y: 0.3, w: INNER, h: 0.7, fontSize: 28, bold: true, color: COLORS.text, ...font, fit: 'shrink' });
  if (spec.subtitle) slide.addText(spec.subtitle, { x: MARGIN, y: 0.95, w: INNER, h: 0.4, fontSize: 14, color: COLORS.muted, ...font });
  switch (spec.body.kind) {
    case 'chart':
      addChart(slide, spec.body.table, deck.fontFace);
      break;
    case 'targets':
      addTargetTable(slide, spec.body.lines, deck);
      break;
    case 'tiles':
      addTiles(slide, spec.body.tiles, deck);
      break;
  }
  if (spec.caption)
    slide.addText(spec.caption, {
      x: MARGIN,
      y: 6.25,
      w: INNER,
      h: 0.55,
      fontSize: 12,
      color: COLORS.text,
      valign: 'top',
      ...font,
      fit: 'shrink',
    });
  slide.addText(spec.footer, {
    x: MARGIN,
    y: 6.85,
    w: INNER - 0.8,
    h: 0.45,
    fontSize: 11,
    color: COLORS.muted,
    valign: 'top',
    ...font,
    fit: 'shrink',
  });
  slide.addText(String(number), {
    x: W - MARGIN - 0.7,
    y: 6.85,
    w: 0.7,
    h: 0.45,
    fontSize: 11,
    color: COLORS.muted,
    align: 'right',
    ...font,
  });
  slide.addNotes(spec.notes);
  addWatermark(slide, watermark, deck.fontFace);
}

/** The deck as pptxgenjs builds it (before the chart XML is repaired). */
export function buildPresentation(Ctor: typeof PptxGenJS, deck: DeckSpec, meta: PptxMeta): Pptx {
  const pres = new Ctor();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = meta.title;
  if (meta.subject) pres.subject = meta.subject;
  pres.theme = { headFontFace: deck.fontFace, bodyFontFace: deck.fontFace };
  const font = { fontFace: deck.fontFace };
  const first = pres.addSlide();
  first.addText(deck.titleSlide.title, {
    x: MARGIN,
    y: 2.0,
    w: INNER,
    h: 1.2,
    fontSize: 40,
    bold: true,
    color: COLORS.text,
    ...font,
    fit: 'shrink',
  });
  first.addText(
    deck.titleSlide.lines.map((text) => ({ text, options: { breakLine: true } })),
    { x: MARGIN, y: 3.4, w: INNER, h: 2.6, fontSize: 16, color: COLORS.muted, valign: 'top', ...font, fit: 'shrink' },
  );
  first.addNotes(deck.titleSlide.lines.join('\n'));
  addWatermark(first, meta.watermark ?? '', deck.fontFace);
  deck.slides.forEach((spec, i) => addPanelSlide(pres, spec, deck, i + 2, meta.watermark ?? ''));
  return pres;
}

/**
 * Chart XML as Office writes it: no `c:axId` without its axis (pptxgenjs #1534: a 2-D chart
 * names a series axis it never writes), and a gap as a missing point rather than an empty one.
 */
export function repairChartXml(xml: string): string {
  let out = xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
  const ids = [...out.matchAll(/<c:(?:catAx|valAx|serAx|dateAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
  out = out.replace(/<c:axId val="(\d+)"\/>/g, (tag, id: string) => (ids.includes(id) ? tag : ''));
  return out;
}

/** Unzips the deck, repairs each chart part, zips it again. */
export async function repairPptx(bytes: Uint8Array): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const files = unzipSync(bytes);
  for (const [name, part] of Object.entries(files)) {
    if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) files[name] = strToU8(repairChartXml(strFromU8(part)));
  }
  return zipSync(files, { level: 6 });
}

/** The .pptx bytes of a deck. */
export async function writePptx(Ctor: typeof PptxGenJS, deck: DeckSpec, meta: PptxMeta): Promise<Uint8Array> {
  const pres = buildPresentation(Ctor, deck, meta);
  // Stored by pptxgenjs's JSZip and compressed once by fflate while repairing: faster than deflating twice.
  const bytes = (await pres.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return repairPptx(bytes);
}

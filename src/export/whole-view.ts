import { textColors } from '@/charts/palette';
import type { Source } from '@/data/schema';
import type { FigureRow } from '@/view-model/select-rows';
import { formatDate } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { BACKGROUND_COLOR, EXPORT_FONT, exportScheme, type ExportComposition } from './build-export-option';
import { composePanel } from './compose-panel';
import type { ExportPrefs } from './export-prefs';
import { EXPORT_UI } from './export-strings';
import type { PanelExportInput } from './export-types';
import { localIsoDate } from './file-names';
import { exportMeasure } from './panel-export';
import { canvasToPng, renderCanvas } from './render-chart';
import { wrapText } from './text-measure';

export type WholeViewItem = { kind: 'chart'; input: PanelExportInput } | { kind: 'kpi'; title: string; rows: FigureRow[] };

export interface WholeViewSection {
  themeName: string;
  items: WholeViewItem[];
}

export interface WholeViewInput {
  appTitle: string;
  appSubtitle: string;
  lang: Lang;
  date: Date;
  viewUrl?: string;
  sections: WholeViewSection[];
  /** The sources the view rests on, listed at the bottom. */
  sources: Source[];
  prefs: ExportPrefs;
  onProgress?: (done: number, total: number) => void;
}

/** A desktop-width page in three columns, like the dashboard on a laptop. */
const PAGE_WIDTH = 1440;
const PAD = 32;
const GAP = 16;
const COLUMNS = 3;
const CELL_WIDTH = (PAGE_WIDTH - 2 * PAD - (COLUMNS - 1) * GAP) / COLUMNS;
const TILE_MIN = 200;
/** Chromium refuses canvases taller than 32 767 px or much above 268 M pixels; stay well inside. */
const MAX_SIDE = 32_000;
const MAX_PIXELS = 160e6;

const PAGE_BACKGROUND = { white: '#ffffff', dark: '#0f1115', transparent: 'transparent' } as const;
const ACCENT = { light: '#1f5fa8', dark: '#7cb3ff' } as const;
const BORDER = { light: '#d9dde3', dark: '#343a44' } as const;

interface TextBlock {
  kind: 'text';
  x: number;
  y: number;
  lines: string[];
  size: number;
  lineHeight: number;
  bold?: boolean;
  color: string;
}
interface BoxBlock {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: string;
}
interface ChartBlock {
  kind: 'chart';
  x: number;
  y: number;
  composition: ExportComposition;
}
type Block = TextBlock | BoxBlock | ChartBlock;

/**
 * The whole current view as one PNG: the app's title, each theme's heading, its headline tiles
 * drawn as text and its charts rendered off-screen exactly as single-chart exports are, then the
 * sources. Composed on a canvas from data, not captured from the screen.
 */
export async function renderWholeView(input: WholeViewInput): Promise<{ blob: Blob; scale: number }> {
  const { lang, prefs } = input;
  const t = EXPORT_UI[lang];
  const scheme = exportScheme(prefs.background);
  const colors = textColors(scheme);
  const measure = exportMeasure();
  const blocks: Block[] = [];
  const inner = PAGE_WIDTH - 2 * PAD;

  let y = PAD;
  const text = (
    content: string,
    x: number,
    width: number,
    size: number,
    options: { bold?: boolean; color?: string; gap?: number } = {},
  ) => {
    const lines = wrapText(content, width, size, measure, options.bold);
    const lineHeight = Math.round(size * 1.4);
    blocks.push({ kind: 'text', x, y, lines, size, lineHeight, bold: options.bold, color: options.color ?? colors.text });
    return lines.length * lineHeight + (options.gap ?? 0);
  };

  y += text(input.appTitle, PAD, inner, 26, { bold: true, gap: 4 });
  y += text(input.appSubtitle, PAD, inner, 13, { color: colors.muted, gap: 2 });
  y += text([t.exportedOn(localIsoDate(input.date)), input.viewUrl].filter(Boolean).join(' · '), PAD, inner, 12, {
    color: colors.muted,
    gap: 8,
  });

  const charts: ChartBlock[] = [];
  for (const section of input.sections) {
    y += 16;
    y += text(section.themeName, PAD, inner, 19, { bold: true, gap: 10 });
    let column = 0;
    let rowHeight = 0;
    const endRow = () => {
      if (column > 0) y += rowHeight + GAP;
      column = 0;
      rowHeight = 0;
    };
    for (const item of section.items) {
      if (item.kind === 'kpi') {
        endRow();
        y += kpiBlock(item, y, blocks, scheme, measure) + GAP;
        continue;
      }
      const shown = { width: CELL_WIDTH, chartHeight: item.input.def.height ?? 300 };
      const { composition } = composePanel({ ...item.input, shown }, { ...prefs, preset: 'shown', scale: 1 }, measure);
      const x = PAD + column * (CELL_WIDTH + GAP);
      const block: ChartBlock = { kind: 'chart', x, y, composition };
      // The frame goes on top: the chart paints its own background over whatever is under it.
      blocks.push(block, { kind: 'box', x, y, width: composition.width, height: composition.height });
      charts.push(block);
      rowHeight = Math.max(rowHeight, composition.height);
      column += 1;
      if (column === COLUMNS) endRow();
    }
    endRow();
  }

  if (input.sources.length) {
    y += 8;
    y += text(EXPORT_UI[lang].source, PAD, inner, 15, { bold: true, gap: 4 });
    for (const source of input.sources) {
      const section = source.section ? ` · ${pick(source.section, lang)}` : '';
      y += text(
        `${pick(source.publisher, lang)} ${formatDate(source.date, lang)}${section} · ${pick(source.title, lang)}`,
        PAD,
        inner,
        12,
        { color: colors.muted, gap: 2 },
      );
    }
  }
  const height = Math.ceil(y + PAD);

  const scale = Math.max(
    0.5,
    Math.min(prefs.scale, MAX_SIDE / height, MAX_SIDE / PAGE_WIDTH, Math.sqrt(MAX_PIXELS / (PAGE_WIDTH * height))),
  );
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(PAGE_WIDTH * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser could not create a canvas');
  ctx.scale(scale, scale);
  if (prefs.background !== 'transparent') {
    ctx.fillStyle = PAGE_BACKGROUND[prefs.background];
    ctx.fillRect(0, 0, PAGE_WIDTH, height);
  }
  ctx.textBaseline = 'top';

  let done = 0;
  input.onProgress?.(0, charts.length);
  for (const block of blocks) {
    if (block.kind === 'text') {
      ctx.font = `${block.bold ? 'bold ' : ''}${block.size}px ${EXPORT_FONT}`;
      ctx.fillStyle = block.color;
      block.lines.forEach((line, i) => ctx.fillText(line, block.x, block.y + i * block.lineHeight + (block.lineHeight - block.size) / 2));
    } else if (block.kind === 'box') {
      if (block.fill) {
        ctx.fillStyle = block.fill;
        ctx.fillRect(block.x, block.y, block.width, block.height);
      }
      ctx.strokeStyle = BORDER[scheme];
      ctx.lineWidth = 1;
      ctx.strokeRect(block.x + 0.5, block.y + 0.5, block.width - 1, block.height - 1);
    } else {
      const chart = await renderCanvas({
        ...block.composition,
        pixelRatio: scale,
        pixelWidth: Math.round(block.composition.width * scale),
        pixelHeight: Math.round(block.composition.height * scale),
      });
      ctx.drawImage(chart, block.x, block.y, block.composition.width, block.composition.height);
      done += 1;
      input.onProgress?.(done, charts.length);
    }
  }
  return { blob: await canvasToPng(canvas), scale };
}

/** A headline panel as a grid of tiles: name, value as stated, period. Returns its height. */
function kpiBlock(
  item: Extract<WholeViewItem, { kind: 'kpi' }>,
  top: number,
  blocks: Block[],
  scheme: 'light' | 'dark',
  measure: ReturnType<typeof exportMeasure>,
): number {
  const colors = textColors(scheme);
  const inner = PAGE_WIDTH - 2 * PAD;
  const box: BoxBlock = {
    kind: 'box',
    x: PAD,
    y: top,
    width: inner,
    height: 0,
    fill: scheme === 'dark' ? BACKGROUND_COLOR.dark : undefined,
  };
  blocks.push(box);
  const pad = 14;
  blocks.push({ kind: 'text', x: PAD + pad, y: top + pad, lines: [item.title], size: 16, lineHeight: 22, bold: true, color: colors.text });
  const tileGap = 12;
  const columns = Math.max(1, Math.floor((inner - 2 * pad + tileGap) / (TILE_MIN + tileGap)));
  const tileWidth = (inner - 2 * pad - (columns - 1) * tileGap) / columns;
  let rowTop = top + pad + 22 + 8;
  let rowHeight = 0;
  item.rows.forEach((row, i) => {
    const column = i % columns;
    if (column === 0 && i > 0) {
      rowTop += rowHeight + tileGap;
      rowHeight = 0;
    }
    const x = PAD + pad + column * (tileWidth + tileGap);
    const nameLines = wrapText(row.name, tileWidth - 20, 12, measure).length;
    const valueLines = wrapText(row.valueText, tileWidth - 20, 22, measure, true).length;
    const tileHeight = 10 + nameLines * 17 + 4 + valueLines * 31 + 4 + 17 + 10;
    blocks.push({ kind: 'box', x, y: rowTop, width: tileWidth, height: tileHeight });
    blocks.push({
      kind: 'text',
      x: x + 10,
      y: rowTop + 10,
      lines: wrapText(row.name, tileWidth - 20, 12, measure),
      size: 12,
      lineHeight: 17,
      color: colors.muted,
    });
    blocks.push({
      kind: 'text',
      x: x + 10,
      y: rowTop + 14 + nameLines * 17,
      lines: wrapText(row.valueText, tileWidth - 20, 22, measure, true),
      size: 22,
      lineHeight: 31,
      bold: true,
      color: ACCENT[scheme],
    });
    blocks.push({
      kind: 'text',
      x: x + 10,
      y: rowTop + 18 + nameLines * 17 + valueLines * 31,
      lines: [row.periodText],
      size: 12,
      lineHeight: 17,
      color: colors.muted,
    });
    rowHeight = Math.max(rowHeight, tileHeight);
  });
  box.height = rowTop + rowHeight + pad - top;
  return box.height;
}

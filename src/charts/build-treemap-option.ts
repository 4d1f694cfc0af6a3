import type { FigureRow } from '@/view-model/select-rows';
import { assertOneBasis, assertOneUnit, baseOption, describeRows, markOpacity, type ChartView, type Option } from './chart-view';
import { lineHeight } from './frame';
import { widest } from './layout';
import { categoricalColors, cycledColor, labelColorOn } from './palette';
import { rowTooltipHtml } from './tooltip';

export interface TreemapInput {
  title: string;
  rows: readonly FigureRow[];
  view: ChartView;
}

function treemapLabel(params: unknown): string {
  return (params as { data?: { labelText?: string } }).data?.labelText ?? '';
}

/**
 * Parts of one whole as areas: many small categories stay legible where a pie would crowd. Each
 * tile takes the next colour of the one categorical palette, and its label the text colour that
 * reads on that fill.
 */
/**
 * Whether a tile of this area can hold its label. Tiles are laid out near-square but not square,
 * so the label needs its box several times over: a tile that fails shows no label at all.
 */
function roomFor(labelText: string, tileArea: number, font: number, view: ChartView): boolean {
  const lines = labelText.split('\n');
  const width = widest(lines, font, view.frame) + 12;
  const height = lines.length * lineHeight(font) + 8;
  return tileArea >= width * height * 3 && Math.sqrt(tileArea) >= Math.min(width, height * 2.2);
}

export function buildTreemapOption({ title, rows, view }: TreemapInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  const { frame } = view;
  const ordered = [...rows].sort((a, b) => b.value - a.value);
  const opacity = markOpacity(view, rows);
  const palette = categoricalColors(view.scheme);
  const font = frame.type.text;
  const { plot } = frame;
  const sum = ordered.reduce((total, r) => total + r.value, 0) || 1;
  const area = plot.width * plot.height;
  return {
    ...baseOption(view, describeRows(title, ordered, view.lang)),
    series: [
      {
        type: 'treemap',
        name: title,
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        left: plot.x,
        top: plot.y,
        width: plot.width,
        height: plot.height,
        label: { show: true, formatter: treemapLabel, fontSize: font, lineHeight: lineHeight(font), overflow: 'truncate', ellipsis: '' },
        itemStyle: { borderColor: view.scheme === 'dark' ? '#181b21' : '#ffffff', borderWidth: 2, gapWidth: 2 },
        data: ordered.map((row, i) => {
          const fill = cycledColor(palette, i);
          const labelText = `${row.label}\n${row.valueLabel}`;
          return {
            value: row.value,
            name: row.label,
            id: row.id,
            labelText,
            tooltip: rowTooltipHtml(row, view.lang),
            itemStyle: { color: fill, opacity: opacity(row) },
            // A tile too small for its name and value stays unlabelled rather than showing a cut word;
            // the tooltip, the table and an exported image's footer name it.
            label: { color: labelColorOn(fill, view.scheme), show: roomFor(labelText, (row.value / sum) * area, font, view) },
          };
        }),
      },
    ],
  };
}

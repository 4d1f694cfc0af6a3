import type { FigureRow } from '@/data/select-rows';
import { assertOneBasis, assertOneUnit, baseOption, describeRows, markOpacity, fs, type ChartView, type Option } from './chart-view';
import { PALETTE } from './palette';
import { rowTooltipHtml } from './tooltip';

export interface TreemapInput {
  title: string;
  rows: readonly FigureRow[];
  view: ChartView;
}

/** Parts of one whole as areas: many small categories stay legible where a pie would crowd. */
export function buildTreemapOption({ title, rows, view }: TreemapInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  const ordered = [...rows].sort((a, b) => b.value - a.value);
  const opacity = markOpacity(view, rows);
  const palette = PALETTE[view.scheme];
  return {
    ...baseOption(view, describeRows(title, ordered, view.lang)),
    series: [
      {
        type: 'treemap',
        name: title,
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        width: '100%',
        height: '100%',
        top: 0,
        left: 0,
        label: { show: true, formatter: treemapLabel, color: '#ffffff', fontSize: fs(view, 13), overflow: 'truncate' },
        itemStyle: { borderColor: view.scheme === 'dark' ? '#181b21' : '#ffffff', borderWidth: 2, gapWidth: 2 },
        data: ordered.map((row, i) => ({
          value: row.value,
          name: row.label,
          id: row.id,
          labelText: `${row.label}\n${row.valueText}`,
          tooltip: rowTooltipHtml(row, view.lang),
          itemStyle: { color: darkEnoughForWhiteText(palette, i, view.scheme), opacity: opacity(row) },
        })),
      },
    ],
  };
}

function treemapLabel(params: unknown): string {
  return (params as { data?: { labelText?: string } }).data?.labelText ?? '';
}

/** Treemap labels are white: on the dark scheme's light palette, use the light scheme's deeper colours. */
function darkEnoughForWhiteText(palette: string[], i: number, scheme: ChartView['scheme']): string {
  return scheme === 'dark' ? PALETTE.light[i % PALETTE.light.length] : palette[i % palette.length];
}

import type { FigureRow } from '@/view-model/select-rows';
import { baseOption, describeRows, figureDatum, type ChartView, type Option } from './chart-view';
import { lineHeight } from './frame';
import { wrapTo } from './layout';
import { PALETTE, textColors } from './palette';

export interface GaugeInput {
  title: string;
  row: FigureRow;
  view: ChartView;
}

/** A share of a whole (a percentage of 100) as a progress arc. */
export function buildGaugeOption({ title, row, view }: GaugeInput): Option {
  if (row.unit !== 'percent') throw new Error(`a gauge shows a percentage, not ${row.unit} (${row.id})`);
  const colors = textColors(view.scheme);
  const { frame } = view;
  const { plot } = frame;
  const font = frame.type.text;
  const valueFont = Math.round(frame.type.value * 1.6);
  // The arc spans 240°: its lower ends sit half a radius below the centre, where the name goes.
  const radius = Math.max(30, Math.floor(Math.min(plot.width / 2, plot.height / 1.55) - frame.gap));
  const centre: [number, number] = [plot.x + plot.width / 2, plot.y + frame.gap + radius];
  const arc = Math.max(8, Math.round(radius * 0.14));
  const name = wrapTo(row.label, radius * 1.7, font, frame, view.lang).lines.join('\n');
  return {
    ...baseOption(view, describeRows(title, [row], view.lang)),
    series: [
      {
        type: 'gauge',
        name: title,
        min: 0,
        max: 100,
        startAngle: 210,
        endAngle: -30,
        radius,
        center: centre,
        progress: { show: true, width: arc, itemStyle: { color: PALETTE[view.scheme][2] } },
        axisLine: { lineStyle: { width: arc, color: [[1, colors.split]] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        title: {
          show: true,
          offsetCenter: [0, Math.round(valueFont * 0.7 + lineHeight(font))],
          color: colors.muted,
          fontSize: font,
          lineHeight: lineHeight(font),
        },
        // A gauge's detail formatter receives the bare number, not the data item: the stated text is fixed here.
        detail: {
          valueAnimation: false,
          offsetCenter: [0, 0],
          fontSize: valueFont,
          fontWeight: 'bold',
          color: colors.text,
          formatter: () => row.valueLabel,
        },
        data: [{ ...figureDatum(row, view), name }],
      },
    ],
  };
}

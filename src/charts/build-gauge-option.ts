import type { FigureRow } from '@/data/select-rows';
import { baseOption, describeRows, fs, type ChartView, type Option, figureDatum } from './chart-view';
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
        radius: '92%',
        center: ['50%', '58%'],
        progress: { show: true, width: 18, itemStyle: { color: PALETTE[view.scheme][2] } },
        axisLine: { lineStyle: { width: 18, color: [[1, colors.split]] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        title: { show: true, offsetCenter: [0, '30%'], color: colors.muted, fontSize: fs(view, 13), width: 220, overflow: 'break' },
        // A gauge's detail formatter receives the bare number, not the data item: the stated text is fixed here.
        detail: { valueAnimation: false, offsetCenter: [0, '0%'], fontSize: fs(view, 26), fontWeight: 'bold', color: colors.text, formatter: () => row.valueText },
        data: [figureDatum(row, view)],
      },
    ],
  };
}

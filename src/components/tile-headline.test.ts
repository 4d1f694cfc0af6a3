import { describe, expect, it } from 'vitest';
import { row } from '@/charts/test-rows';
import { tileHeadline } from './tile-headline';

const output = row({
  id: 'industry.output-value',
  valueText: '2.2万亿元',
  periodText: '2024年',
  baseline: { value: 1.7, valueText: '1.7万亿元', periodText: '2020年' },
});
const plain = row({ id: 'compute.intelligent-compute', valueText: '超1.4万P', periodText: '2025年' });

describe('tileHeadline', () => {
  it('shows the result, with the baseline below, unless the baseline filter is on', () => {
    for (const period of ['all', 'results'] as const)
      expect(tileHeadline(output, period)).toEqual({
        valueText: '2.2万亿元',
        periodText: '2024年',
        baselineShown: false,
        other: { role: 'baseline', valueText: '1.7万亿元', periodText: '2020年' },
      });
  });

  it('shows the 2020 baseline with the baseline filter on, and the result below', () => {
    expect(tileHeadline(output, 'baseline')).toEqual({
      valueText: '1.7万亿元',
      periodText: '2020年',
      baselineShown: true,
      other: { role: 'result', valueText: '2.2万亿元', periodText: '2024年' },
    });
  });

  it('a figure without a baseline shows its own value under every filter', () => {
    expect(tileHeadline(plain, 'baseline')).toEqual({
      valueText: '超1.4万P',
      periodText: '2025年',
      baselineShown: false,
      other: undefined,
    });
  });
});

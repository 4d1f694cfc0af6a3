import { describe, expect, it } from 'vitest';
import { leftoverCharts } from './section-layout';

const kinds = (...list: ('kpi' | 'chart')[]) => list.map((kind) => ({ kind }));

describe('leftoverCharts', () => {
  it('counts only the charts: headline tiles always take a row of their own', () => {
    expect(leftoverCharts(kinds('kpi', 'chart'))).toEqual({ rem3: 1, rem2: 1 });
    expect(leftoverCharts(kinds('kpi', 'chart', 'chart'))).toEqual({ rem3: 2, rem2: 0 });
    expect(leftoverCharts(kinds('kpi', 'chart', 'chart', 'chart', 'chart'))).toEqual({ rem3: 1, rem2: 0 });
    expect(leftoverCharts(kinds('chart', 'chart', 'chart'))).toEqual({ rem3: 0, rem2: 1 });
    expect(leftoverCharts(kinds('kpi'))).toEqual({ rem3: 0, rem2: 0 });
  });
});

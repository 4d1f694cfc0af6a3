import type { FigureRow } from '@/view-model/select-rows';

/** A display row for builder tests. */
export function row(overrides: Partial<FigureRow> = {}): FigureRow {
  // A label shows the value as stated unless a test gives it a shorter, readable one.
  const valueText = overrides.valueText ?? '10家';
  return {
    id: 'x.a',
    name: '指标A',
    label: 'A',
    value: 10,
    unit: 'jia',
    unitText: '家',
    valueText,
    valueLabel: overrides.valueLabel ?? valueText,
    formulaWords: undefined,
    periodText: '2024年',
    qualifier: 'exact',
    qualifierText: '确数',
    kind: 'stated',
    sourceText: '天津日报 2025年12月10日',
    clause: '原文10家',
    sourceRefs: [],
    ...overrides,
  };
}

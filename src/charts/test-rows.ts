import type { FigureRow } from '@/data/select-rows';

/** A display row for builder tests. */
export function row(overrides: Partial<FigureRow> = {}): FigureRow {
  return {
    id: 'x.a',
    name: '指标A',
    label: 'A',
    value: 10,
    unit: 'jia',
    unitText: '家',
    valueText: '10家',
    valueLabel: '10家',
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

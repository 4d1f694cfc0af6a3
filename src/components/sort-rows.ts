import type { FigureRow } from '@/view-model/select-rows';
import type { Lang } from '@/i18n/lang';

export type SortKey = 'name' | 'value' | 'period';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

const collators: Record<Lang, Intl.Collator> = {
  zh: new Intl.Collator('zh-CN', { numeric: true }),
  en: new Intl.Collator('en', { numeric: true, sensitivity: 'base' }),
};

/** Rows sorted by a column; ties keep the chart's order. */
export function sortRows(rows: readonly FigureRow[], sort: SortState | null, lang: Lang): FigureRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: FigureRow, b: FigureRow): number => {
    switch (sort.key) {
      case 'value':
        return a.value - b.value;
      case 'name':
        return collators[lang].compare(a.name, b.name);
      case 'period':
        return collators[lang].compare(a.periodText, b.periodText);
    }
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** Clicking a column sorts by it; clicking it again reverses the order. Numbers start largest first. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'value' ? 'descending' : 'ascending' };
}

/** The column's aria-sort: its direction when the rows are sorted by it, otherwise "none". */
export function ariaSort(current: SortState | null, key: SortKey): SortDirection | 'none' {
  return current?.key === key ? current.direction : 'none';
}

/** The arrow beside a sortable column's name: ▲ ascending, ▼ descending, ↕ sortable. */
export function sortMark(current: SortState | null, key: SortKey): '▲' | '▼' | '↕' {
  if (current?.key !== key) return '↕';
  return current.direction === 'ascending' ? '▲' : '▼';
}

import type { ThemeId } from '@/data/themes';

/** Which figures the reader wants to see. Defaults show everything. */
export type PeriodFilter = 'all' | 'baseline' | 'results';
export type KindFilter = 'all' | 'stated' | 'derived';

export interface Filters {
  /** Themes shown; empty means all. */
  themes: ThemeId[];
  period: PeriodFilter;
  kind: KindFilter;
  /** Free text matched against indicator names in both languages. */
  query: string;
}

export const DEFAULT_FILTERS: Filters = { themes: [], period: 'all', kind: 'all', query: '' };

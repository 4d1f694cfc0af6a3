import { create } from 'zustand';
import { THEME_IDS, type ThemeId } from '@/data/themes';
import type { Lang } from '@/i18n/lang';
import { DEFAULT_FILTERS, type Filters, type KindFilter, type PeriodFilter } from './filters';

export type SchemePreference = 'system' | 'light' | 'dark';

/** Everything the URL records about the view. */
export interface ViewState {
  lang: Lang;
  scheme: SchemePreference;
  filters: Filters;
  /** The figure selected by clicking a mark (cross-filter), if any. */
  selection: string | null;
}

export const DEFAULT_VIEW: ViewState = { lang: 'zh', scheme: 'system', filters: DEFAULT_FILTERS, selection: null };

interface ViewActions {
  setLang: (lang: Lang) => void;
  setScheme: (scheme: SchemePreference) => void;
  toggleTheme: (theme: ThemeId) => void;
  setThemes: (themes: ThemeId[]) => void;
  setPeriod: (period: PeriodFilter) => void;
  setKind: (kind: KindFilter) => void;
  setQuery: (query: string) => void;
  resetFilters: () => void;
  /** Selects a figure; selecting the selected one again clears it. */
  toggleSelection: (id: string) => void;
  clearSelection: () => void;
  /** Replaces the whole view (from the URL). */
  replaceView: (view: ViewState) => void;
}

/** How the dashboard is shown: language, colour scheme, filters, selection. Holds no fetched data. */
export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  ...DEFAULT_VIEW,
  setLang: (lang) => set({ lang }),
  setScheme: (scheme) => set({ scheme }),
  toggleTheme: (theme) =>
    set((s) => {
      const chosen = s.filters.themes.includes(theme) ? s.filters.themes.filter((t) => t !== theme) : [...s.filters.themes, theme];
      // Kept in dashboard order, as the URL writes them.
      return { filters: { ...s.filters, themes: THEME_IDS.filter((t) => chosen.includes(t)) } };
    }),
  setThemes: (themes) => set((s) => ({ filters: { ...s.filters, themes } })),
  setPeriod: (period) => set((s) => ({ filters: { ...s.filters, period } })),
  setKind: (kind) => set((s) => ({ filters: { ...s.filters, kind } })),
  setQuery: (query) => set((s) => ({ filters: { ...s.filters, query } })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS, selection: null }),
  toggleSelection: (id) => set((s) => ({ selection: s.selection === id ? null : id })),
  clearSelection: () => set({ selection: null }),
  replaceView: (view) => set(view),
}));

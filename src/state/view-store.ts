import { create } from 'zustand';
import { THEME_IDS, type ThemeId } from '@/data/themes';
import type { Lang } from '@/i18n/lang';
import { DEFAULT_FILTERS, type Filters, type KindFilter, type PeriodFilter } from './filters';

export type SchemePreference = 'system' | 'light' | 'dark';
import { canvasText, DEFAULT_CANVAS, type StageMode } from './canvas-size';

export type { StageMode };
export type DeckScheme = 'dark' | 'light';

/** Everything the URL records about the view. */
export interface ViewState {
  lang: Lang;
  scheme: SchemePreference;
  filters: Filters;
  /** The figure selected by clicking a mark (cross-filter), if any. */
  selection: string | null;
  /** Charts fill their marks with patterns as well as colours (for colour-blind readers). */
  patterns: boolean;
  /** Presenting: the slide shown (1-based), or null when not presenting. */
  slide: number | null;
  /** Presenting one panel alone ("Full screen" on a panel): its id. */
  only: string | null;
  /** The presenter's colour scheme: dark by default, for projectors and LED walls. */
  deckScheme: DeckScheme;
  /** How slides fill the screen: the window as it is, or a fixed canvas contained, or filling its width or height. */
  stage: StageMode;
  /** The fixed canvas, "1920x1080" (an LED wall's may be "5760x1080"). */
  canvas: string;
}

export const DEFAULT_VIEW: ViewState = {
  lang: 'zh',
  scheme: 'system',
  filters: DEFAULT_FILTERS,
  selection: null,
  patterns: false,
  slide: null,
  only: null,
  deckScheme: 'dark',
  stage: 'fit',
  canvas: canvasText(DEFAULT_CANVAS),
};

interface ViewActions {
  setLang: (lang: Lang) => void;
  setScheme: (scheme: SchemePreference) => void;
  setPatterns: (patterns: boolean) => void;
  toggleTheme: (theme: ThemeId) => void;
  setThemes: (themes: ThemeId[]) => void;
  setPeriod: (period: PeriodFilter) => void;
  setKind: (kind: KindFilter) => void;
  setQuery: (query: string) => void;
  resetFilters: () => void;
  /** Selects a figure; selecting the selected one again clears it. */
  toggleSelection: (id: string) => void;
  clearSelection: () => void;
  /** Starts presenting at a slide: the whole deck, or one panel alone. */
  present: (slide: number, only?: string | null) => void;
  goToSlide: (slide: number) => void;
  stopPresenting: () => void;
  setDeckScheme: (scheme: DeckScheme) => void;
  setStage: (stage: StageMode) => void;
  setCanvas: (canvas: string) => void;
  /** Replaces the whole view (from the URL). */
  replaceView: (view: ViewState) => void;
}

/** How the dashboard is shown: language, colour scheme, filters, selection. Holds no fetched data. */
export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  ...DEFAULT_VIEW,
  setLang: (lang) => set({ lang }),
  setScheme: (scheme) => set({ scheme }),
  setPatterns: (patterns) => set({ patterns }),
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
  present: (slide, only = null) => set({ slide, only }),
  // The URL cannot hold a slide below 1: the view would say "presenting" and the URL "not".
  goToSlide: (slide) => set({ slide: Number.isInteger(slide) && slide >= 1 ? slide : 1 }),
  stopPresenting: () => set({ slide: null, only: null }),
  setDeckScheme: (deckScheme) => set({ deckScheme }),
  setStage: (stage) => set({ stage }),
  setCanvas: (canvas) => set({ canvas }),
  replaceView: (view) => set(view),
}));

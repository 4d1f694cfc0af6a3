import { create } from 'zustand';
import type { Lang } from '@/i18n/lang';

export type SchemePreference = 'system' | 'light' | 'dark';

interface ViewState {
  lang: Lang;
  scheme: SchemePreference;
  setLang: (lang: Lang) => void;
  setScheme: (scheme: SchemePreference) => void;
}

/** How the dashboard is shown: language and colour scheme. Holds no fetched data. */
export const useViewStore = create<ViewState>()((set) => ({
  lang: 'zh',
  scheme: 'system',
  setLang: (lang) => set({ lang }),
  setScheme: (scheme) => set({ scheme }),
}));

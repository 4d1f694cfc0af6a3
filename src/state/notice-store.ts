import { create } from 'zustand';

interface NoticeState {
  /** Data files that changed on the server since the page loaded them. */
  updatedFiles: string[];
  dataUpdated: (file: string) => void;
  dismiss: () => void;
}

/** Passing notices for the reader (not part of the view, not in the URL). */
export const useNoticeStore = create<NoticeState>()((set) => ({
  updatedFiles: [],
  dataUpdated: (file) => set((s) => ({ updatedFiles: s.updatedFiles.includes(file) ? s.updatedFiles : [...s.updatedFiles, file] })),
  dismiss: () => set({ updatedFiles: [] }),
}));

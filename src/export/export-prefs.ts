import { create } from 'zustand';
import { DEFAULT_BACKGROUND, DEFAULT_PRESET, DEFAULT_SCALE, type Background, type PresetId, type Scale } from './export-presets';

export interface ExportPrefs {
  preset: PresetId;
  scale: Scale;
  background: Background;
}

/**
 * The export options, shared by every chart's menu and "Export all" so a writer picks 3× or a
 * slide size once. Not part of the URL: they describe a file, not the view.
 */
export const useExportPrefs = create<ExportPrefs & { setPrefs: (prefs: Partial<ExportPrefs>) => void }>()((set) => ({
  preset: DEFAULT_PRESET,
  scale: DEFAULT_SCALE,
  background: DEFAULT_BACKGROUND,
  setPrefs: (prefs) => set(prefs),
}));

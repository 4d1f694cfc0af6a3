/**
 * Export sizes. A preset names the size of the finished image at 1× (what a slide, a square post or
 * an A4 page wants); the scale multiplies it. Charts are laid out at a smaller "layout" size and
 * drawn with a higher pixel ratio, so that text keeps a readable size relative to the image: a
 * 1920×1080 slide laid out at 960×540 has its 12 px axis labels 24 px tall on the slide.
 */
export const PRESET_IDS = ['shown', 'slide', 'square', 'a4'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const SCALES = [1, 2, 3, 4] as const;
export type Scale = (typeof SCALES)[number];

export const BACKGROUNDS = ['white', 'dark', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];

interface FixedPreset {
  /** Image size at 1×, in pixels. */
  width: number;
  height: number;
  /** How many image pixels one layout pixel covers at 1×. */
  zoom: number;
}

/** A4 landscape at 150 dpi: 297 × 210 mm = 11.69 × 8.27 in → 1754 × 1240 px. */
export const FIXED_PRESETS: Record<Exclude<PresetId, 'shown'>, FixedPreset> = {
  slide: { width: 1920, height: 1080, zoom: 2 },
  square: { width: 1080, height: 1080, zoom: 1.5 },
  a4: { width: 1754, height: 1240, zoom: 2 },
};

export const DEFAULT_SCALE: Scale = 2;
export const DEFAULT_BACKGROUND: Background = 'white';
export const DEFAULT_PRESET: PresetId = 'shown';

/** What the chart looks like on the page: the width of its panel and the height of its plot. */
export interface ShownSize {
  width: number;
  chartHeight: number;
}

export interface ExportSize {
  preset: PresetId;
  scale: Scale;
  /** Required for the "as shown" preset; ignored by the fixed ones. */
  shown?: ShownSize;
}

/** Smallest and default "as shown" sizes: a phone-width panel still gets a legible export. */
export const MIN_SHOWN_WIDTH = 360;
export const FALLBACK_SHOWN: ShownSize = { width: 640, chartHeight: 300 };

/**
 * The layout size (CSS pixels in which ECharts lays the chart out) and the pixel ratio that turns
 * it into the image size at 1× (zoom). For "as shown" the height is not known until the title and footer are
 * laid out, so it is returned as null and the composition fills it in.
 */
export function layoutSize(size: ExportSize): { width: number; height: number | null; zoom: number } {
  if (size.preset === 'shown') {
    const shown = size.shown ?? FALLBACK_SHOWN;
    return { width: Math.max(MIN_SHOWN_WIDTH, Math.round(shown.width)), height: null, zoom: 1 };
  }
  const preset = FIXED_PRESETS[size.preset];
  return { width: preset.width / preset.zoom, height: preset.height / preset.zoom, zoom: preset.zoom };
}

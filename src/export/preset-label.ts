import type { Lang } from '@/i18n/lang';
import { FIXED_PRESETS, type PresetId, type Scale } from './export-presets';
import { EXPORT_UI } from './export-strings';

/** A4's 1× size is 150 dpi; each step of scale adds as much. */
const A4_DPI = 150;

/** The size of the finished image in pixels (preset × scale); null for "as shown", which follows the card. */
export function finalPixelSize(preset: PresetId, scale: Scale): { width: number; height: number } | null {
  if (preset === 'shown') return null;
  const { width, height } = FIXED_PRESETS[preset];
  return { width: width * scale, height: height * scale };
}

/** "3840×2160 像素（2×）": the size a preset writes at this scale (A4 with its print resolution). */
export function finalSizeText(preset: PresetId, scale: Scale, lang: Lang): string {
  const t = EXPORT_UI[lang];
  const size = finalPixelSize(preset, scale);
  if (!size) return t.shownSize(scale);
  const pixels = t.pixelSize(size.width, size.height, scale);
  return preset === 'a4' ? `${pixels} · ${t.dpi(A4_DPI * scale)}` : pixels;
}

/** "16:9 幻灯片 · 3840×2160 像素（2×）": a preset named with the pixel size it will write at this scale. */
export function presetOptionText(preset: PresetId, scale: Scale, lang: Lang): string {
  return `${EXPORT_UI[lang].presetNames[preset]} · ${finalSizeText(preset, scale, lang)}`;
}

import { describe, expect, it } from 'vitest';
import { FIXED_PRESETS, PRESET_IDS, SCALES } from './export-presets';
import { finalPixelSize, finalSizeText, presetOptionText } from './preset-label';

describe('finalPixelSize', () => {
  it('multiplies the preset by the scale', () => {
    expect(finalPixelSize('slide', 2)).toEqual({ width: 3840, height: 2160 });
    expect(finalPixelSize('slide', 1)).toEqual({ width: 1920, height: 1080 });
    expect(finalPixelSize('a4', 2)).toEqual({ width: 3508, height: 2480 });
    expect(finalPixelSize('shown', 2)).toBeNull();
    for (const scale of SCALES)
      expect(finalPixelSize('square', scale)).toEqual({
        width: FIXED_PRESETS.square.width * scale,
        height: FIXED_PRESETS.square.height * scale,
      });
  });
});

describe('presetOptionText', () => {
  it('says the final pixel size and the scale', () => {
    expect(presetOptionText('slide', 2, 'en')).toBe('16:9 slide · 3840×2160 px at 2×');
    expect(presetOptionText('slide', 2, 'zh')).toBe('16:9 幻灯片 · 3840×2160 像素（2×）');
    expect(presetOptionText('a4', 2, 'en')).toBe('A4 landscape · 3508×2480 px at 2× · 300 dpi');
    expect(presetOptionText('shown', 3, 'en')).toBe('As shown · 3× the card’s size');
    expect(finalSizeText('slide', 3, 'zh')).toBe('5760×3240 像素（3×）');
  });

  it('names every preset at every scale', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const preset of PRESET_IDS)
        for (const scale of SCALES) expect(presetOptionText(preset, scale, lang)).toMatch(new RegExp(`${scale}`));
  });
});

import { must } from '@/lib/must';

/**
 * Colours of the charts. One categorical palette serves every chart kind (bars, lines, slope,
 * gauge, treemap, donut), in a light and a dark variant.
 *
 * The hues are Okabe–Ito's (blue, orange, bluish green, reddish purple, sky blue, vermillion,
 * yellow, grey), which stay distinguishable for the common colour-vision deficiencies; the first
 * blue is the page's accent (#1f5fa8), so a one-series chart matches the buttons and tiles:
 * - light: darkened so that every fill reaches 3:1 against the white card (WCAG 1.4.11 for marks);
 * - dark: lighter and less saturated, 3:1 or more against the dark card, never the light scheme's
 *   saturated colours on a dark page.
 * Text on a filled mark takes its colour from `labelColorOn`, which reaches 4.5:1 on every fill.
 */
const CATEGORICAL = {
  light: ['#1f5fa8', '#cf7a00', '#00896a', '#a8479a', '#3a8fc4', '#b34700', '#8a7d00', '#6b6b6b'],
  dark: ['#6aa8ff', '#f5b94f', '#3cc49a', '#e394c4', '#8fd0f5', '#f08a4b', '#e8dd6a', '#b3b3b3'],
} as const;

/** Eight colours, so that a fixed role (the first series, the "met" status) always has its own. */
export type CategoricalPalette = readonly [string, string, string, string, string, string, string, string];

/** Series colours, in order: the categorical palette of each scheme. */
export const PALETTE: Record<ColorScheme, CategoricalPalette> = CATEGORICAL;

export type ColorScheme = 'light' | 'dark';

/** The categorical palette of a scheme: the i-th category takes `cycledColor(colors, i)`. */
export function categoricalColors(scheme: ColorScheme): CategoricalPalette {
  return CATEGORICAL[scheme];
}

/** The i-th category's colour: the palette starts over after its last colour. */
export function cycledColor(colors: readonly string[], index: number): string {
  return must(colors[index % colors.length], `a colour for category ${index} of ${colors.length}`);
}

/** The card's background in each scheme (the same as --panel in styles.css). */
export const CARD_BACKGROUND: Record<ColorScheme, string> = { light: '#ffffff', dark: '#181b21' };

export function textColors(scheme: ColorScheme) {
  return scheme === 'dark'
    ? { text: '#e5e7eb', muted: '#9ca3af', axis: '#4b5563', split: '#374151', background: 'transparent' }
    : { text: '#111827', muted: '#4b5563', axis: '#9ca3af', split: '#e5e7eb', background: 'transparent' };
}

/** WCAG relative luminance of a #rgb or #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const rgb = parseHex(hex);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The contrast WCAG asks of normal-size text. */
export const LABEL_CONTRAST = 4.5;

/**
 * The colour of a label drawn on a filled mark (a treemap cell, a donut slice, a bar with its value
 * inside): the scheme's dark text on light fills and light text on dark fills, whichever contrasts
 * more; pure black or white when neither of them reaches 4.5:1 (one of those always does).
 */
export function labelColorOn(fill: string, scheme: ColorScheme): string {
  const dark = scheme === 'dark' ? '#0f1115' : '#111827';
  const light = scheme === 'dark' ? '#f3f4f6' : '#ffffff';
  const best = contrastRatio(fill, dark) >= contrastRatio(fill, light) ? dark : light;
  if (contrastRatio(fill, best) >= LABEL_CONTRAST) return best;
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

function parseHex(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: "${hex}"`);
  const given = must(m[1], `the digits of "${hex}"`);
  const digits = given.length === 3 ? [...given].map((d) => d + d).join('') : given;
  const n = parseInt(digits, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

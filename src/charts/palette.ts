/** Series colours with AA contrast for text on light and on dark backgrounds. */
export const PALETTE = {
  light: ['#1f5fa8', '#c2410c', '#15803d', '#7c3aed', '#b45309', '#0e7490', '#be123c', '#4d7c0f', '#475569'],
  dark: ['#6aa8ff', '#fb923c', '#4ade80', '#c4b5fd', '#fbbf24', '#22d3ee', '#fb7185', '#a3e635', '#cbd5e1'],
};

export type ColorScheme = keyof typeof PALETTE;

export function textColors(scheme: ColorScheme) {
  return scheme === 'dark'
    ? { text: '#e5e7eb', muted: '#9ca3af', axis: '#4b5563', split: '#374151', background: 'transparent' }
    : { text: '#111827', muted: '#4b5563', axis: '#9ca3af', split: '#e5e7eb', background: 'transparent' };
}

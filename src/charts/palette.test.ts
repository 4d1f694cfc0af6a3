import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import {
  CARD_BACKGROUND,
  categoricalColors,
  contrastRatio,
  cycledColor,
  LABEL_CONTRAST,
  labelColorOn,
  PALETTE,
  relativeLuminance,
  textColors,
  type ColorScheme,
} from './palette';

const SCHEMES: ColorScheme[] = ['light', 'dark'];

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's checker: #767676 on white is 4.54:1.
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('rejects what is not a hex colour', () => {
    expect(() => relativeLuminance('rgb(0,0,0)')).toThrow(/hex/);
  });
});

describe('categorical palette', () => {
  it('is the series palette, with a dark variant of its own', () => {
    for (const scheme of SCHEMES) expect(categoricalColors(scheme)).toBe(PALETTE[scheme]);
    expect(PALETTE.light).toHaveLength(PALETTE.dark.length);
    for (const colour of PALETTE.dark) expect(PALETTE.light).not.toContain(colour);
  });

  it('has eight distinct colours per scheme', () => {
    for (const scheme of SCHEMES) expect(new Set(categoricalColors(scheme).map((c) => c.toLowerCase())).size).toBe(8);
  });

  it('every fill stands out from the card by 3:1 or more (WCAG 1.4.11)', () => {
    for (const scheme of SCHEMES)
      for (const fill of categoricalColors(scheme))
        expect(contrastRatio(fill, CARD_BACKGROUND[scheme]), `${scheme} ${fill}`).toBeGreaterThanOrEqual(3);
  });

  it('starts over after the last colour', () => {
    const colors = categoricalColors('light');
    expect(cycledColor(colors, 0)).toBe(colors[0]);
    expect(cycledColor(colors, 7)).toBe(colors[7]);
    expect(cycledColor(colors, 8)).toBe(colors[0]);
    expect(cycledColor(colors, 10)).toBe(colors[2]);
    expect(() => cycledColor([], 0)).toThrow(/colour/);
  });

  it('dark fills are lighter than their light counterparts', () => {
    PALETTE.dark.forEach((colour, i) =>
      expect(relativeLuminance(colour)).toBeGreaterThan(relativeLuminance(must(PALETTE.light[i], `light colour ${i}`))),
    );
  });

  it('the card background matches textColors and the page', () => {
    expect(textColors('light').text).toBe('#111827');
    expect(contrastRatio(textColors('dark').text, CARD_BACKGROUND.dark)).toBeGreaterThan(LABEL_CONTRAST);
  });
});

describe('labelColorOn', () => {
  it('reaches 4.5:1 on every palette colour in both schemes', () => {
    for (const scheme of SCHEMES)
      for (const fill of categoricalColors(scheme)) {
        const label = labelColorOn(fill, scheme);
        expect(contrastRatio(label, fill), `${scheme}: ${label} on ${fill}`).toBeGreaterThanOrEqual(LABEL_CONTRAST);
      }
  });

  it('puts dark text on light fills and light text on dark fills', () => {
    for (const scheme of SCHEMES) {
      expect(relativeLuminance(labelColorOn('#ffe680', scheme))).toBeLessThan(0.1);
      expect(relativeLuminance(labelColorOn('#0b3d91', scheme))).toBeGreaterThan(0.8);
      // Every light-on-dark palette fill of the dark scheme takes dark text.
      for (const fill of categoricalColors('dark')) expect(relativeLuminance(labelColorOn(fill, 'dark'))).toBeLessThan(0.1);
    }
  });

  it('falls back to pure black or white when the scheme’s text colours fall short', () => {
    // A mid green: neither #111827 nor white reaches 4.5:1 on it, black does.
    const fill = '#00896a';
    expect(contrastRatio(fill, '#111827')).toBeLessThan(LABEL_CONTRAST);
    expect(contrastRatio(fill, '#ffffff')).toBeLessThan(LABEL_CONTRAST);
    expect(labelColorOn(fill, 'light')).toBe('#000000');
  });

  it('reaches 4.5:1 on any grey', () => {
    for (let v = 0; v <= 255; v += 5) {
      const grey = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      for (const scheme of SCHEMES) expect(contrastRatio(labelColorOn(grey, scheme), grey)).toBeGreaterThanOrEqual(LABEL_CONTRAST);
    }
  });
});

/**
 * The frame a chart is drawn into: a dashboard card, a phone card, a slide (or an LED wall's
 * canvas) or an exported image. Every builder lays its chart out for the frame it is given —
 * sizes, type scale, legend placement — so slides and exports use the same builders as the
 * dashboard and never re-lay a card's chart out afterwards.
 */

/** Width of a text in pixels at a font size. */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

export type FrameKind = 'card' | 'phone' | 'slide' | 'export';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Font sizes in the frame's layout pixels. */
export interface TypeScale {
  /** Axis labels, category names, legend entries, status words. */
  text: number;
  /** Value labels on marks. */
  value: number;
  /** Small print: axis units, secondary lines. */
  small: number;
}

export interface Frame {
  kind: FrameKind;
  /** The whole canvas ECharts draws into, in layout pixels. */
  width: number;
  height: number;
  /** Where the chart itself goes (an export keeps its title above and its footer below). */
  plot: Rect;
  type: TypeScale;
  /** Space between a plot's parts (legend, axis names, labels), in layout pixels. */
  gap: number;
  /** Where a legend goes: beside the chart where there is room, below it on a phone. */
  legend: 'top' | 'bottom';
  measure: MeasureText;
}

/** CJK ideographs, kana, hangul and full-width forms are about 1 em; Latin letters and digits about 0.6. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f)) return 1;
  if (/[A-Z0-9MW@%]/.test(ch)) return 0.68;
  if (ch === ' ') return 0.3;
  return 0.6;
}

/**
 * A deterministic width estimate (for pure builders and tests). It errs wide, so that room it
 * reserves is never too small. The browser replaces it with a canvas measurer once the fonts have loaded.
 */
export const estimateWidth: MeasureText = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.06 : 1);
};

/** A measurer drawing on a canvas in `fontFamily` (browser only; the estimate where no canvas exists). */
export function canvasMeasure(fontFamily: string): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, fontSize, bold = false) => {
    context.font = `${bold ? 'bold ' : ''}${fontSize}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

let installedMeasure: MeasureText = estimateWidth;

/** The measurer frames get by default: the estimate, or the canvas one once `useTextMeasure` installed it. */
export function defaultMeasure(): MeasureText {
  return installedMeasure;
}

export function installMeasure(measure: MeasureText): void {
  installedMeasure = measure;
}

const CARD_TYPE: TypeScale = { text: 12, value: 12, small: 11 };
const PHONE_TYPE: TypeScale = { text: 12, value: 12, small: 11 };
/** Slides at 1920×1080: read from the back of a meeting room. */
const SLIDE_TYPE: TypeScale = { text: 28, value: 36, small: 28 };

/** Cards narrower than this are laid out as on a phone. */
export const PHONE_MAX_WIDTH = 480;

function whole(width: number, height: number): Rect {
  return { x: 0, y: 0, width, height };
}

/** A dashboard card (or a phone's, when narrow), `width` × `height` CSS pixels. */
export function cardFrame(width: number, height: number, measure: MeasureText = defaultMeasure()): Frame {
  const phone = width < PHONE_MAX_WIDTH;
  return {
    kind: phone ? 'phone' : 'card',
    width,
    height,
    plot: whole(width, height),
    type: phone ? PHONE_TYPE : CARD_TYPE,
    gap: 8,
    legend: phone ? 'bottom' : 'top',
    measure,
  };
}

/**
 * A slide's chart area on a canvas whose type unit is `unit` (1 on a 1920×1080 canvas, 2 on
 * 3840×2160). Sizes are in the canvas's layout pixels.
 */
export function slideFrame(width: number, height: number, unit: number, measure: MeasureText = defaultMeasure()): Frame {
  const scale = (px: number) => Math.round(px * unit);
  return {
    kind: 'slide',
    width,
    height,
    plot: whole(width, height),
    type: { text: scale(SLIDE_TYPE.text), value: scale(SLIDE_TYPE.value), small: scale(SLIDE_TYPE.small) },
    gap: scale(16),
    legend: 'top',
    measure,
  };
}

/** An exported image: the chart keeps to `plot`, inside a canvas of `width` × `height`, with its own type scale. */
export function exportFrame(width: number, height: number, plot: Rect, type: TypeScale, measure: MeasureText = defaultMeasure()): Frame {
  return { kind: 'export', width, height, plot, type, gap: Math.round(type.text * 0.7), legend: 'top', measure };
}

/** Line height for a font size. */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.35);
}

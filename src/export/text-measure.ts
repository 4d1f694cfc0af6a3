/**
 * Text width and line wrapping for reserving room in an export before ECharts draws it. The
 * browser passes a canvas measurer; unit tests (no canvas) use the estimate, which errs wide so
 * that reserved room is never too small.
 */
import { wrapText as wrapByWords } from '@/text/wrap-text';

export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/** CJK ideographs, kana, hangul and full-width forms are about 1 em; Latin about 0.6 em. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f)) return 1;
  if (/[A-Z0-9MW@%]/.test(ch)) return 0.68;
  if (ch === ' ') return 0.3;
  return 0.6;
}

export const estimateTextWidth: MeasureText = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.06 : 1);
};

/**
 * The lines text is broken into in a box of `width`: between words, by 禁则 in Chinese, never
 * inside a word (a word wider than the box keeps a line of its own). No line begins or ends with a
 * space, so composition can place these lines as they are. Empty text is one empty line.
 */
export function wrapLines(text: string, width: number, fontSize: number, measure: MeasureText = estimateTextWidth, bold = false): string[] {
  const { lines } = wrapByWords(text, width, (s) => measure(s, fontSize, bold));
  return lines.length ? lines : [''];
}

/** The same as `wrapLines` (the name other export modules use). */
export const wrapText = wrapLines;

/** How many lines text takes in a box of `width`. */
export function countLines(text: string, width: number, fontSize: number, measure: MeasureText = estimateTextWidth, bold = false): number {
  return wrapLines(text, width, fontSize, measure, bold).length;
}

/** A canvas-backed measurer using the export font (browser only). */
export function canvasMeasure(fontFamily: string): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateTextWidth;
  return (text, fontSize, bold = false) => {
    ctx.font = `${bold ? 'bold ' : ''}${fontSize}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

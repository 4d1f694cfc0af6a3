/**
 * Text width and line wrapping for reserving room in an export before ECharts draws it. The
 * browser passes a canvas measurer; unit tests (no canvas) use the estimate, which errs wide so
 * that reserved room is never too small.
 */
import { wrapText as wrapByWords } from '@/text/wrap-text';

import { estimateWidth, type MeasureText } from '@/charts/frame';

export { canvasMeasure, type MeasureText } from '@/charts/frame';

/** The width estimate that errs wide (the one chart frames use). */
export const estimateTextWidth: MeasureText = estimateWidth;

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

/**
 * Text width and line wrapping for reserving room in an export before ECharts draws it. The
 * browser passes a canvas measurer; unit tests (no canvas) use the estimate, which errs wide so
 * that reserved room is never too small.
 */
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

/** Splits text where a line may break: between CJK characters, and after spaces in Latin text. */
function breakTokens(text: string): string[] {
  return text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
}

/**
 * Wraps text into lines no wider than `width`, the way ECharts' `overflow: 'break'` does: at
 * spaces in Latin text, between any two CJK characters, and inside a word only when the word alone
 * is too wide.
 */
export function wrapText(text: string, width: number, fontSize: number, measure: MeasureText = estimateTextWidth, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of breakTokens(paragraph)) {
      if (line && measure((line + token).trimEnd(), fontSize, bold) > width) {
        lines.push(line.trimEnd());
        line = '';
      }
      if (!line && measure(token.trimEnd(), fontSize, bold) > width) {
        // A single token wider than the box is cut character by character.
        for (const ch of token) {
          if (line && measure(line + ch, fontSize, bold) > width) {
            lines.push(line);
            line = '';
          }
          line += ch;
        }
      } else line += token;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** How many lines text takes in a box of `width`. */
export function countLines(text: string, width: number, fontSize: number, measure: MeasureText = estimateTextWidth, bold = false): number {
  return wrapText(text, width, fontSize, measure, bold).length;
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

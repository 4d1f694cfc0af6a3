/** Chinese characters and full-width punctuation are about twice as wide as Latin letters. */
function widthUnits(ch: string): number {
  return ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
}

/**
 * Splits a label into lines of at most `maxUnits` (a Latin letter is 1, a Chinese character 2),
 * breaking English between words and Chinese anywhere. ECharts cannot wrap rich text whose
 * tokens sit on several lines, so multi-line axis labels are wrapped here, predictably.
 */
export function wrapLabel(text: string, maxUnits: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  // Words keep their trailing space; a run of Chinese is split into single characters.
  const pieces = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  for (const piece of pieces) {
    const width = [...piece.trimEnd()].reduce((sum, ch) => sum + widthUnits(ch), 0);
    if (used > 0 && used + width > maxUnits) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    }
    if (width > maxUnits) {
      // A single word longer than a line: cut it.
      for (const ch of piece.trimEnd()) {
        if (used + widthUnits(ch) > maxUnits) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += ch;
        used += widthUnits(ch);
      }
      continue;
    }
    if (used === 0 && !piece.trim()) continue;
    line += piece;
    used += [...piece].reduce((sum, ch) => sum + widthUnits(ch), 0);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

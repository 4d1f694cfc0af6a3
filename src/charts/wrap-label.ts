import { measureByUnits, wrapText } from '@/text/wrap-text';

/** One Latin letter is 1 unit, a Chinese character or full-width mark 2. */
const labelUnits = measureByUnits(2, 0.5);

/**
 * Splits a label into lines of at most `maxUnits` (a Latin letter is 1, a Chinese character 2),
 * breaking English between words and Chinese between words by 禁则. ECharts cannot wrap rich text
 * whose tokens sit on several lines, so multi-line axis labels are wrapped here, predictably. A
 * word longer than a line keeps a line of its own rather than being cut.
 */
export function wrapLabel(text: string, maxUnits: number): string[] {
  return wrapText(text, maxUnits, labelUnits).lines;
}

import { describe, expect, it } from 'vitest';
import { countLines, estimateTextWidth, wrapText } from './text-measure';

/** Every character 10 px wide: easy to reason about. */
const mono = (text: string) => [...text].length * 10;

describe('wrapText', () => {
  it('breaks Latin text at spaces and CJK text between characters', () => {
    expect(wrapText('aaa bbb ccc', 75, 12, mono)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('天津日报发布会', 40, 12, mono)).toEqual(['天津日报', '发布会']);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefghij', 40, 12, mono)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps paragraphs on their own lines', () => {
    expect(countLines('a\nb\nc', 100, 12, mono)).toBe(3);
  });

  it('estimates CJK wider than Latin', () => {
    expect(estimateTextWidth('天津', 12)).toBeGreaterThan(estimateTextWidth('ab', 12));
  });
});

import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapLines, wrapText } from './text-measure';

/** Every character 10 px wide: easy to reason about. */
const mono = (text: string) => [...text].length * 10;

describe('wrapText', () => {
  it('breaks Latin text at spaces and CJK text between characters', () => {
    expect(wrapText('aaa bbb ccc', 75, 12, mono)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('天津日报发布会', 40, 12, mono)).toEqual(['天津日报', '发布会']);
  });

  it('keeps a word longer than the line whole, on a line of its own', () => {
    expect(wrapText('abcdefghij k', 40, 12, mono)).toEqual(['abcdefghij', 'k']);
  });

  it('gives lines that never begin with a space or closing punctuation', () => {
    const footer = 'Source: Tianjin Daily  ·  Internet platform revenue';
    const lines = wrapLines(footer, 160, 12, mono);
    expect(lines).toEqual(['Source: Tianjin', 'Daily  ·', 'Internet', 'platform revenue']);
    expect(wrapLines('数据要素汇聚，算力规模', 40, 12, mono)).toEqual(['数据要素', '汇聚，', '算力规模']);
  });

  it('keeps paragraphs on their own lines', () => {
    expect(wrapLines('a\nb\nc', 100, 12, mono)).toEqual(['a', 'b', 'c']);
  });

  it('estimates CJK wider than Latin', () => {
    expect(estimateTextWidth('天津', 12)).toBeGreaterThan(estimateTextWidth('ab', 12));
  });
});

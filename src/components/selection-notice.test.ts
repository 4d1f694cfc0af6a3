import { describe, expect, it } from 'vitest';
import { highlightedText, nextLinkedIndex } from './selection-notice';

describe('highlightedText', () => {
  it('says how many charts highlight the selection, in each language', () => {
    expect(highlightedText(3, 'zh')).toBe('在3个图表中突出显示');
    expect(highlightedText(3, 'en')).toBe('highlighted in 3 charts');
    expect(highlightedText(1, 'en')).toBe('highlighted in 1 chart');
    expect(highlightedText(0, 'en')).toBe('no related chart in the current view');
  });
});

describe('nextLinkedIndex', () => {
  it('goes to the first panel below the reading line, then back to the first', () => {
    expect(nextLinkedIndex([-900, -20, 96, 400, 1800], 96)).toBe(3);
    expect(nextLinkedIndex([-900, -400], 96)).toBe(0);
    expect(nextLinkedIndex([500], 96)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { clampLabel, clampText } from './clamp-label';

describe('clampText', () => {
  it('leaves short text alone and cuts long text with an ellipsis, by code points', () => {
    expect(clampText('东丽区', 5)).toBe('东丽区');
    expect(clampText('abcdefgh', 5)).toBe('abcd…');
    expect(Array.from(clampText('😀'.repeat(10), 4))).toEqual(['😀', '😀', '😀', '…']);
  });

  it('bounds a 2,000-character label per language', () => {
    expect(Array.from(clampLabel('长'.repeat(2000), 'zh'))).toHaveLength(40);
    expect(clampLabel('x'.repeat(2000), 'en')).toHaveLength(160);
  });
});

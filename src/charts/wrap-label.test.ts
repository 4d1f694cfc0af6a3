import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('breaks English between words', () => {
    expect(wrapLabel('Smart factories and digital workshops', 20)).toEqual(['Smart factories and', 'digital workshops']);
  });

  it('counts a Chinese character as two letters and breaks anywhere', () => {
    expect(wrapLabel('智能工厂和数字化车间', 10)).toEqual(['智能工厂和', '数字化车间']);
    expect(wrapLabel('目标超500个 · 结果528家', 14)).toEqual(['目标超500个 ·', '结果528家']);
  });

  it('keeps a short label whole and cuts a word longer than a line', () => {
    expect(wrapLabel('✓ met', 20)).toEqual(['✓ met']);
    expect(wrapLabel('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

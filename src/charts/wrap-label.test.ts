import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('breaks English between words, never inside one', () => {
    expect(wrapLabel('Smart factories and digital workshops', 20)).toEqual(['Smart factories and', 'digital workshops']);
    expect(wrapLabel('Internet platform revenue', 12)).toEqual(['Internet', 'platform', 'revenue']);
    expect(wrapLabel('Beijing–Tianjin–Hebei cooperation', 20)).toEqual(['Beijing–Tianjin–', 'Hebei cooperation']);
  });

  it('counts a Chinese character as two letters and breaks between words', () => {
    expect(wrapLabel('智能工厂和数字化车间', 10)).toEqual(['智能工厂和', '数字化车间']);
    expect(wrapLabel('目标超500个 · 结果528家', 14)).toEqual(['目标超500个 ·', '结果528家']);
    expect(wrapLabel('数据要素汇聚', 10)).toEqual(['数据要素', '汇聚']);
  });

  it('keeps a short label whole and a word longer than a line on its own line', () => {
    expect(wrapLabel('✓ met', 20)).toEqual(['✓ met']);
    expect(wrapLabel('abcdefghij k', 4)).toEqual(['abcdefghij', 'k']);
  });
});

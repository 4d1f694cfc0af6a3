import { describe, expect, it } from 'vitest';
import { exportFileName, localIsoDate, sanitizeFileStem, uniqueNames } from './file-names';

const date = new Date(2026, 10, 26, 23, 30); // local time: the date the user sees

describe('exportFileName', () => {
  it('names the chart, the language and the date', () => {
    expect(exportFileName({ title: '第二十批信访举报件(按区)', lang: 'zh', date, ext: 'png' })).toBe(
      '第二十批信访举报件(按区)_zh_2026-11-26.png',
    );
    expect(exportFileName({ title: 'Petitions in batch 20, by district', lang: 'en', date, ext: 'csv' })).toBe(
      'Petitions in batch 20, by district_en_2026-11-26.csv',
    );
  });

  it('names a size other than "as shown" and a scale other than 2×', () => {
    expect(exportFileName({ title: 'A', lang: 'zh', date, ext: 'png', preset: 'shown', scale: 2 })).toBe('A_zh_2026-11-26.png');
    expect(exportFileName({ title: 'A', lang: 'zh', date, ext: 'png', preset: 'slide', scale: 3 })).toBe('A_zh_2026-11-26_slide@3x.png');
    expect(exportFileName({ title: 'A', lang: 'en', date, ext: 'svg', preset: 'a4' })).toBe('A_en_2026-11-26_a4.svg');
  });

  it('uses the local date, not UTC', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 10))).toBe('2026-01-05');
  });
});

describe('sanitizeFileStem', () => {
  it('replaces characters that file systems refuse and keeps Chinese', () => {
    expect(sanitizeFileStem('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(sanitizeFileStem('东丽区\uff1a占比')).toBe('东丽区\uff1a占比'); // a full-width colon is legal
    expect(sanitizeFileStem('东丽区:占比')).toBe('东丽区_占比');
    expect(sanitizeFileStem('tab\there\nnew')).toBe('tab here new');
    expect(sanitizeFileStem('nul\u0000byte')).toBe('nul_byte');
  });

  it('drops leading and trailing dots and spaces, and escapes reserved Windows names', () => {
    expect(sanitizeFileStem('  .hidden.  ')).toBe('hidden');
    expect(sanitizeFileStem('CON')).toBe('_CON');
    expect(sanitizeFileStem('...')).toBe('export');
  });

  it('caps the length without splitting a character', () => {
    const stem = sanitizeFileStem('指'.repeat(300));
    expect([...stem]).toHaveLength(120);
  });
});

describe('uniqueNames', () => {
  it('numbers a repeated name before its extension', () => {
    const unique = uniqueNames();
    expect(['a.png', 'a.png', 'a.png', 'b'].map(unique)).toEqual(['a.png', 'a (2).png', 'a (3).png', 'b']);
  });
});

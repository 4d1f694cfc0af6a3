import { describe, expect, it } from 'vitest';
import { dataVersion, hashText, newestDate, versionLine, versionText } from './data-version';

describe('hashText', () => {
  it('is stable and 14 hex digits', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).toMatch(/^[0-9a-f]{14}$/);
  });
  it('changes with one character', () => {
    expect(hashText('{"value":6100}')).not.toBe(hashText('{"value":6101}'));
  });
});

describe('newestDate', () => {
  it('takes the latest date, whatever its precision', () => {
    expect(newestDate(['2025-12-09', '2025-12-10', '2024', '2025-03'])).toBe('2025-12-10');
    expect(newestDate([])).toBeUndefined();
  });
});

describe('dataVersion', () => {
  const a = { name: 'industry.json', data: { figures: [{ id: 'x', value: 1 }] } };
  const b = { name: 'sources.json', data: [{ id: 's', date: '2025-12-10' }] };

  it('dates the data by its newest source and hashes the files in name order', () => {
    const v = dataVersion([b, a], ['2025-12-09', '2025-12-10'])!;
    expect(v.date).toBe('2025-12-10');
    expect(v.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(v.files).toEqual(['industry.json', 'sources.json']);
    expect(dataVersion([a, b], ['2025-12-10'])!.hash).toBe(v.hash);
  });

  it('changes when a value changes', () => {
    const changed = { name: 'industry.json', data: { figures: [{ id: 'x', value: 2 }] } };
    expect(dataVersion([changed, b], ['2025-12-10'])!.hash).not.toBe(dataVersion([a, b], ['2025-12-10'])!.hash);
  });

  it('is undefined without files or dates', () => {
    expect(dataVersion([], ['2025-12-10'])).toBeUndefined();
    expect(dataVersion([a], [])).toBeUndefined();
  });

  it('is written the same way everywhere', () => {
    const v = { date: '2025-12-10', hash: '3f9a2c1b', files: [] };
    expect(versionText(v)).toBe('2025-12-10 · 3f9a2c1b');
    expect(versionLine(v, 'zh')).toBe('数据版本：2025-12-10 · 3f9a2c1b');
    expect(versionLine(v, 'en')).toBe('Data version: 2025-12-10 · 3f9a2c1b');
  });
});

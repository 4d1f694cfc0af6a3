import { describe, expect, it } from 'vitest';
import { row } from '@/charts/test-rows';
import { ariaSort, nextSort, sortMark, sortRows } from './sort-rows';

const rows = [
  row({ id: 'a', name: '北辰区', value: 5, periodText: '2024年' }),
  row({ id: 'b', name: '滨海新区', value: 15, periodText: '2020年' }),
  row({ id: 'c', name: '东丽区', value: 5, periodText: '2025年' }),
];

describe('sortRows', () => {
  it('keeps the chart order when unsorted', () => {
    expect(sortRows(rows, null, 'zh').map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
  it('sorts by value, ties in chart order', () => {
    expect(sortRows(rows, { key: 'value', direction: 'descending' }, 'zh').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRows(rows, { key: 'value', direction: 'ascending' }, 'zh').map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
  it('sorts names in pinyin order in Chinese', () => {
    expect(sortRows(rows, { key: 'name', direction: 'ascending' }, 'zh').map((r) => r.name)).toEqual(['北辰区', '滨海新区', '东丽区']);
  });
  it('sorts by period', () => {
    expect(sortRows(rows, { key: 'period', direction: 'ascending' }, 'zh').map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('nextSort', () => {
  it('starts numbers largest first and flips on a second click', () => {
    expect(nextSort(null, 'value')).toEqual({ key: 'value', direction: 'descending' });
    expect(nextSort({ key: 'value', direction: 'descending' }, 'value')).toEqual({ key: 'value', direction: 'ascending' });
    expect(nextSort({ key: 'value', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});

describe('ariaSort and sortMark', () => {
  it('mark only the sorted column, with its direction', () => {
    const sort = { key: 'value', direction: 'descending' } as const;
    expect(ariaSort(sort, 'value')).toBe('descending');
    expect(ariaSort(sort, 'name')).toBe('none');
    expect(ariaSort(null, 'name')).toBe('none');
    expect(sortMark(sort, 'value')).toBe('▼');
    expect(sortMark({ key: 'name', direction: 'ascending' }, 'name')).toBe('▲');
    expect(sortMark(sort, 'period')).toBe('↕');
  });
});

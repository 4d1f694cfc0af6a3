import { describe, expect, it } from 'vitest';
import { must } from './must';

describe('must', () => {
  it('returns a present value, including falsy ones', () => {
    expect(must(0, 'a count')).toBe(0);
    expect(must('', 'a label')).toBe('');
    expect(must(null, 'a row')).toBeNull();
  });

  it('throws naming what is missing', () => {
    expect(() => must([1, 2][5], 'the sixth figure')).toThrow('missing the sixth figure');
  });
});

import { describe, expect, it } from 'vitest';
import { scrollEdges } from './scroll-edges';

describe('scrollEdges', () => {
  it('says on which sides a row hides content', () => {
    expect(scrollEdges(0, 900, 360)).toEqual({ before: false, after: true });
    expect(scrollEdges(200, 900, 360)).toEqual({ before: true, after: true });
    expect(scrollEdges(540, 900, 360)).toEqual({ before: true, after: false });
    expect(scrollEdges(0, 360, 360)).toEqual({ before: false, after: false });
  });
  it('allows a pixel for sub-pixel rounding', () => {
    expect(scrollEdges(539.5, 900, 360)).toEqual({ before: true, after: false });
    expect(scrollEdges(0.5, 900, 360).before).toBe(false);
  });
});

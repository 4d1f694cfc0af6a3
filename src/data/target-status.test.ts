import { describe, expect, it } from 'vitest';
import type { Qualifier } from './schema';
import { targetStatus } from './target-status';

const v = (value: number, qualifier: Qualifier = 'exact') => ({ value, qualifier });
const higher = (target: ReturnType<typeof v>, result?: ReturnType<typeof v>) => targetStatus(target, result, 'higher-is-better').status;
const lower = (target: ReturnType<typeof v>, result?: ReturnType<typeof v>) => targetStatus(target, result, 'lower-is-better').status;

describe('targetStatus', () => {
  it('meets the real targets that were met', () => {
    // Smart factories: "突破500个" against "梯度培育528家".
    expect(higher(v(500, 'more-than'), v(528))).toBe('met');
    // National green-manufacturing units: "达到200家" against 243.
    expect(higher(v(200), v(243))).toBe('met');
  });

  it('says "not met" for the industrial energy-intensity fall: 13.5% against a 15% target', () => {
    expect(targetStatus(v(15), v(13.5), 'higher-is-better')).toEqual({ status: 'not-met', reason: 'result-falls-short' });
  });

  it('reads a fall target as "a larger fall is better"', () => {
    expect(higher(v(15), v(16))).toBe('met');
    expect(higher(v(15), v(15))).toBe('met');
    expect(higher(v(15), v(14.9))).toBe('not-met');
  });

  it('respects "more than" on both sides', () => {
    expect(higher(v(500, 'more-than'), v(528, 'more-than'))).toBe('met');
    expect(higher(v(500, 'more-than'), v(500, 'more-than'))).toBe('met');
    // A lower bound below the target cannot decide.
    expect(targetStatus(v(500, 'more-than'), v(480, 'more-than'), 'higher-is-better')).toEqual({
      status: 'undetermined',
      reason: 'result-is-bound',
    });
    // "突破500" is strict: exactly 500 does not break through, "at least 500" may or may not.
    expect(higher(v(500, 'more-than'), v(500))).toBe('not-met');
    expect(higher(v(500, 'more-than'), v(500, 'at-least'))).toBe('undetermined');
    expect(higher(v(500), v(500, 'at-least'))).toBe('met');
  });

  it('decides with an upper bound only when it falls short', () => {
    expect(higher(v(500), v(490, 'less-than'))).toBe('not-met');
    expect(higher(v(500), v(500, 'less-than'))).toBe('not-met');
    expect(higher(v(500), v(510, 'less-than'))).toBe('undetermined');
  });

  it('treats "about" results as rounded to their last digit', () => {
    expect(higher(v(15), v(16.2, 'about'))).toBe('met');
    expect(higher(v(15), v(14.9, 'about'))).toBe('not-met');
    expect(targetStatus(v(15), v(15, 'about'), 'higher-is-better')).toEqual({ status: 'undetermined', reason: 'result-is-approximate' });
  });

  it('cannot judge against an approximate target ("5%左右")', () => {
    expect(targetStatus(v(5, 'about'), v(4.8), 'higher-is-better')).toEqual({ status: 'undetermined', reason: 'target-is-approximate' });
  });

  it('says "no comparable result" when there is none', () => {
    expect(targetStatus(v(40), undefined, 'higher-is-better')).toEqual({ status: 'no-result', reason: 'no-result' });
  });

  it('reads an "以上" target (at-least) inclusively: exactly 6% meets "6%以上", exactly 300 meets "300家以上"', () => {
    expect(higher(v(6, 'at-least'), v(6))).toBe('met');
    expect(higher(v(300, 'at-least'), v(300))).toBe('met');
    expect(higher(v(300, 'at-least'), v(299))).toBe('not-met');
    // "突破500个" stays strict.
    expect(higher(v(500, 'more-than'), v(500))).toBe('not-met');
    // A result "more than 300" meets "300以上"; "at least 300" meets it too.
    expect(higher(v(300, 'at-least'), v(300, 'more-than'))).toBe('met');
    expect(higher(v(300, 'at-least'), v(300, 'at-least'))).toBe('met');
  });

  it('judges ceilings downwards', () => {
    expect(lower(v(10), v(8.1))).toBe('met');
    expect(lower(v(10), v(10))).toBe('met');
    expect(lower(v(10, 'less-than'), v(10))).toBe('not-met');
    expect(lower(v(10), v(12))).toBe('not-met');
    expect(lower(v(10), v(9, 'more-than'))).toBe('undetermined');
    expect(lower(v(10), v(10, 'more-than'))).toBe('not-met');
  });

  it('refuses a target whose qualifier contradicts its direction', () => {
    expect(() => targetStatus(v(10, 'less-than'), v(5), 'higher-is-better')).toThrow('cannot ask for a higher value');
    expect(() => targetStatus(v(10, 'more-than'), v(5), 'lower-is-better')).toThrow('cannot ask for a lower value');
  });
});

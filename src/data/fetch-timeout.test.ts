import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_TIMEOUT_MS, timedSignal } from './fetch-timeout';

describe('timedSignal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('aborts after 15 s by default, and says it timed out', () => {
    expect(DATA_TIMEOUT_MS).toBe(15_000);
    const timed = timedSignal(undefined);
    vi.advanceTimersByTime(14_999);
    expect(timed.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(timed.signal.aborted).toBe(true);
    expect(timed.timedOut()).toBe(true);
    expect((timed.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it("follows the caller's abort, which is not a timeout", () => {
    const parent = new AbortController();
    const timed = timedSignal(parent.signal, 1000);
    parent.abort(new Error('unmounted'));
    expect(timed.signal.aborted).toBe(true);
    expect(timed.timedOut()).toBe(false);
    expect((timed.signal.reason as Error).message).toBe('unmounted');
  });

  it('is aborted at once when the caller already was', () => {
    const parent = new AbortController();
    parent.abort();
    expect(timedSignal(parent.signal, 1000).signal.aborted).toBe(true);
  });

  it('never fires once cleared (the request answered in time)', () => {
    const parent = new AbortController();
    const timed = timedSignal(parent.signal, 1000);
    timed.clear();
    vi.advanceTimersByTime(5000);
    parent.abort();
    expect(timed.signal.aborted).toBe(false);
    expect(timed.timedOut()).toBe(false);
  });
});

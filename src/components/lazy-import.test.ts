import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, importWithRetry, isChunkLoadError, loadErrorText, retryableLoader } from './lazy-import';

const noWait = () => Promise.resolve();
const failure = () => new TypeError('Failed to fetch dynamically imported module: /assets/deck-x.js');

describe('importWithRetry', () => {
  it('returns the module of a load that succeeds, loading once', async () => {
    const load = vi.fn().mockResolvedValue({ a: 1 });
    await expect(importWithRetry(load, { wait: noWait })).resolves.toEqual({ a: 1 });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries once more after a failure, after the pause', async () => {
    const load = vi.fn().mockRejectedValueOnce(failure()).mockResolvedValue({ a: 2 });
    const wait = vi.fn(noWait);
    await expect(importWithRetry(load, { wait, delayMs: 250 })).resolves.toEqual({ a: 2 });
    expect(load).toHaveBeenCalledTimes(2);
    expect(wait).toHaveBeenCalledWith(250);
  });

  it('gives up after the second failure with a ChunkLoadError that keeps the cause', async () => {
    const load = vi.fn().mockRejectedValue(failure());
    const error = await importWithRetry(load, { wait: noWait }).catch((e: unknown) => e);
    expect(load).toHaveBeenCalledTimes(2);
    expect(isChunkLoadError(error)).toBe(true);
    expect((error as ChunkLoadError).cause).toBeInstanceOf(TypeError);
  });

  it('takes the number of further tries', async () => {
    const load = vi.fn().mockRejectedValue(failure());
    await expect(importWithRetry(load, { retries: 3, wait: noWait })).rejects.toBeInstanceOf(ChunkLoadError);
    expect(load).toHaveBeenCalledTimes(4);
  });
});

describe('retryableLoader', () => {
  it('shares one load among callers and remembers the module', async () => {
    const load = vi.fn().mockResolvedValue({ a: 1 });
    const get = retryableLoader(load, { wait: noWait });
    expect(get.loaded()).toBeNull();
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(get.loaded()).toEqual({ a: 1 });
    await get();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failure, so the next call loads again', async () => {
    const load = vi.fn().mockRejectedValueOnce(failure()).mockRejectedValueOnce(failure()).mockResolvedValue({ a: 3 });
    const get = retryableLoader(load, { wait: noWait });
    await expect(get()).rejects.toBeInstanceOf(ChunkLoadError);
    expect(get.loaded()).toBeNull();
    await expect(get()).resolves.toEqual({ a: 3 });
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('loadErrorText', () => {
  it('gives the reload advice for a chunk, never the raw import error', () => {
    expect(loadErrorText(new ChunkLoadError(failure()), 'reload')).toBe('reload');
  });

  it("gives any other error's own message", () => {
    expect(loadErrorText(new Error('the browser could not encode the PNG'), 'reload')).toBe('the browser could not encode the PNG');
    expect(loadErrorText('odd', 'reload')).toBe('odd');
  });
});

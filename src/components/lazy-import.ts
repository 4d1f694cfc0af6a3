/**
 * Loading the app's lazy chunks (presenter mode, ECharts, exports, the SVG renderer, ZIP) so
 * that a failed load is tried once more and then named for what it most likely is: a new
 * version was deployed (the old chunk is gone from the server) or the network failed.
 */

/** A lazy chunk could not be loaded, even on a second try. */
export class ChunkLoadError extends Error {
  readonly cause: unknown;
  constructor(cause: unknown) {
    super(`a part of the app could not be loaded (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'ChunkLoadError';
    this.cause = cause;
  }
}

export function isChunkLoadError(error: unknown): error is ChunkLoadError {
  return error instanceof ChunkLoadError;
}

export interface RetryOptions {
  /** Further tries after the first (one by default). */
  retries?: number;
  /** Wait before each further try, in ms. */
  delayMs?: number;
  wait?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `load` (a function calling `import()`); if it fails, waits a moment and tries again, then
 * gives up with a ChunkLoadError. A rejected `import()` is not cached by the browser, so a
 * second try fetches the chunk again.
 */
export async function importWithRetry<T>(
  load: () => Promise<T>,
  { retries = 1, delayMs = 400, wait = pause }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= retries) throw new ChunkLoadError(error);
      await wait(delayMs);
    }
  }
}

/**
 * A loader that remembers its chunk once loaded and shares one load among callers, but forgets a
 * failure, so that the next call (a "retry" button) tries again.
 */
export function retryableLoader<T>(load: () => Promise<T>, options?: RetryOptions): { (): Promise<T>; loaded: () => T | null } {
  let pending: Promise<T> | null = null;
  let value: T | null = null;
  const get = () => {
    pending ??= importWithRetry(load, options).then(
      (module) => (value = module),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return Object.assign(get, { loaded: () => value });
}

/** What to tell the reader about a failure: the reload advice for a chunk, the error's own message otherwise. */
export function loadErrorText(error: unknown, chunkMessage: string): string {
  if (isChunkLoadError(error)) return chunkMessage;
  return error instanceof Error ? error.message : String(error);
}

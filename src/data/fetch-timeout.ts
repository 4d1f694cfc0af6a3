/** How long a data request may go unanswered before it is given up. */
export const DATA_TIMEOUT_MS = 15_000;

export interface TimedSignal {
  /** Aborts when the caller's signal does, or when the time is up. */
  signal: AbortSignal;
  /** Whether the abort came from the time running out (not from the caller). */
  timedOut: () => boolean;
  /** Stops the clock once the request has answered. */
  clear: () => void;
}

/**
 * A signal for one request: the caller's (a query cancelled because nobody needs it any more)
 * joined with a timer, so a server that never answers does not hold the panels forever.
 * (A timer rather than AbortSignal.timeout, so a test's fake clock governs it.)
 */
export function timedSignal(parent: AbortSignal | undefined, ms: number = DATA_TIMEOUT_MS): TimedSignal {
  const controller = new AbortController();
  let expired = false;
  const onAbort = () => controller.abort(parent?.reason);
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`no answer within ${ms / 1000} s`, 'TimeoutError'));
  }, ms);
  if (parent?.aborted) onAbort();
  else parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    clear: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

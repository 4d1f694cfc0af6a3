/**
 * Work that can wait for a moment the page is not busy: a phone that is still drawing its first
 * screen answers the reader's first tap before it, not after.
 */

type IdleWindow = Pick<Window, 'setTimeout'> & { requestIdleCallback?: Window['requestIdleCallback'] };

/** Runs `task` once the browser is idle, or after `timeoutMs` at the latest; without idle callbacks, in a task of its own. */
export function whenIdle(task: () => void, timeoutMs = 2000, win: IdleWindow = window): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => task(), { timeout: timeoutMs });
  else win.setTimeout(task, 0);
}

/** Resolves in a task of its own: what follows an `await nextTask()` does not lengthen the task before it. */
export function nextTask(win: Pick<Window, 'setTimeout'> = window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

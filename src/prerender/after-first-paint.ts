/**
 * Runs `task` once the browser has painted what it has (the prerendered first view): a frame's
 * callback runs before its paint, a task queued from it after. A hidden page paints nothing, so
 * the task runs at once there.
 */
export function afterFirstPaint(
  task: () => void,
  win: Pick<Window, 'requestAnimationFrame' | 'setTimeout'> = window,
  doc: Pick<Document, 'visibilityState'> = document,
): void {
  if (doc.visibilityState === 'hidden') {
    task();
    return;
  }
  win.requestAnimationFrame(() => win.setTimeout(task, 0));
}

/**
 * Full screen, asked for from a user's click or key press (browsers refuse it otherwise).
 * Failure is not an error: the deck works in the window too.
 */
export function requestFullscreen(): void {
  const root = document.documentElement;
  if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => undefined);
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) exitFullscreen();
  else requestFullscreen();
}

let requestedByClick = false;

/** Called from the click that starts a presentation, so the deck does not ask for another click. */
export function markFullscreenRequested(): void {
  requestedByClick = true;
}

/** True once: whether this presentation was started by a click that already asked for full screen. */
export function takeFullscreenRequested(): boolean {
  const value = requestedByClick;
  requestedByClick = false;
  return value;
}

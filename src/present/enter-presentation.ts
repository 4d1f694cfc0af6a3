import { useViewStore } from '@/state/view-store';
import { markFullscreenRequested, requestFullscreen } from './fullscreen';

/**
 * Starts presenting from a click: full screen is requested inside the click (a browser needs
 * the gesture), then the deck opens at the first slide, or with one panel alone.
 */
export function enterPresentation(only: string | null = null): void {
  requestFullscreen();
  markFullscreenRequested();
  useViewStore.getState().present(1, only);
}

/**
 * The presenter's stage: slides laid out on a canvas of a fixed size (a projector's 1920×1080, an
 * LED wall's 5760×1080…) and scaled onto the screen. No mode ever crops: "fill width" scales the
 * canvas to the screen's width and lays the slide out in the height that is then visible (and
 * "fill height" the other way round), so the title, axes and labels always stay on screen.
 */

import type { CanvasSize, StageMode } from '@/state/canvas-size';

export interface StageLayout {
  /** The slide's layout size in canvas pixels. */
  width: number;
  height: number;
  /** CSS scale from canvas pixels to screen pixels, and the offset that centres the canvas. */
  scale: number;
  left: number;
  top: number;
  /** Type unit: 1 on a 1920×1080 canvas (chart text 28 px, titles 56 px), 2 on 3840×2160. */
  unit: number;
}

/** Smallest type unit in "fit": a phone still gets readable slides. */
const MIN_FIT_UNIT = 0.55;

/** Where the stage goes on a screen of `viewport`, and what size the slide is laid out at. */
export function stageLayout(mode: StageMode, canvas: CanvasSize, viewport: CanvasSize): StageLayout {
  const vw = Math.max(1, viewport.width);
  const vh = Math.max(1, viewport.height);
  if (mode === 'fit') {
    // The window itself is the canvas: type follows its height, within what its width allows.
    return { width: vw, height: vh, scale: 1, left: 0, top: 0, unit: Math.max(MIN_FIT_UNIT, Math.min(vh / 1080, vw / 1200)) };
  }
  const unit = Math.min(canvas.width / 1920, canvas.height / 1080);
  if (mode === 'contain') {
    const scale = Math.min(vw / canvas.width, vh / canvas.height);
    return {
      width: canvas.width,
      height: canvas.height,
      scale,
      left: (vw - canvas.width * scale) / 2,
      top: (vh - canvas.height * scale) / 2,
      unit,
    };
  }
  if (mode === 'fill-width') {
    const scale = vw / canvas.width;
    return { width: canvas.width, height: Math.round(vh / scale), scale, left: 0, top: 0, unit };
  }
  const scale = vh / canvas.height;
  return { width: Math.round(vw / scale), height: canvas.height, scale, left: 0, top: 0, unit };
}

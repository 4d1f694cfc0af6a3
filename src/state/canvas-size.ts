/**
 * The size of the canvas a presenter's slides are laid out on, as the URL and the view hold it
 * (`?canvas=5760x1080`), and how the stage fits it to the screen (`?stage=`).
 */

export interface CanvasSize {
  width: number;
  height: number;
}

/** The canvases presenters meet: projectors, 4K screens and common LED walls. */
export const CANVAS_PRESETS: readonly CanvasSize[] = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 5760, height: 1080 },
  { width: 6656, height: 1792 },
];

export const DEFAULT_CANVAS: CanvasSize = CANVAS_PRESETS[0]!;

/** Sides a custom canvas may have, in pixels. */
export const CANVAS_MIN = 320;
export const CANVAS_MAX = 16384;

export function canvasText(canvas: CanvasSize): string {
  return `${canvas.width}x${canvas.height}`;
}

/** "5760x1080" (or with ×) → a canvas; anything else, or a side out of range, is undefined. */
export function parseCanvas(text: string): CanvasSize | undefined {
  const match = /^(\d{3,5})[x×](\d{3,5})$/.exec(text.trim());
  if (!match) return undefined;
  const width = Number(match[1]);
  const height = Number(match[2]);
  const inRange = (n: number) => n >= CANVAS_MIN && n <= CANVAS_MAX;
  return inRange(width) && inRange(height) ? { width, height } : undefined;
}

export type StageMode = 'fit' | 'contain' | 'fill-width' | 'fill-height';

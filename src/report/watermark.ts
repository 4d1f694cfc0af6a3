import { useSyncExternalStore } from 'react';

/**
 * The reader's own watermark ("内部资料 · 2026-11-29"): off by default, kept in this browser's
 * localStorage and not in the share link. It marks the copies this person makes (their screen,
 * their files, their printouts); a link passed on should open the view, not impose or reveal
 * someone's marking, and a URL parameter would be one edit away from removal anyway.
 */
export interface WatermarkSetting {
  enabled: boolean;
  text: string;
}

export const WATERMARK_STORAGE_KEY = 'tianjin-fyp-watermark';
/** Longest text kept: a marking, not a paragraph. */
export const WATERMARK_MAX_LENGTH = 60;

const OFF: WatermarkSetting = { enabled: false, text: '' };

/** Reads a stored setting, accepting only the expected shape (a hand-edited or old value is ignored). */
export function parseWatermark(stored: string | null): WatermarkSetting {
  if (!stored) return OFF;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return OFF;
    const { enabled, text } = value as Record<string, unknown>;
    return { enabled: enabled === true, text: typeof text === 'string' ? cleanWatermark(text) : '' };
  } catch {
    return OFF;
  }
}

/** One line, no control characters, at most WATERMARK_MAX_LENGTH characters. */
export function cleanWatermark(text: string): string {
  // eslint-disable-next-line no-control-regex
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a watermark is one line of printable text
  return [...text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')].slice(0, WATERMARK_MAX_LENGTH).join('');
}

/** The text to draw, or '' when the watermark is off or empty. */
export function activeWatermark(setting: WatermarkSetting): string {
  return setting.enabled ? setting.text.trim() : '';
}

function readStorage(): WatermarkSetting {
  try {
    return parseWatermark(window.localStorage.getItem(WATERMARK_STORAGE_KEY));
  } catch {
    return OFF;
  }
}

let setting: WatermarkSetting | undefined;
const listeners = new Set<() => void>();

function current(): WatermarkSetting {
  setting ??= typeof window === 'undefined' ? OFF : readStorage();
  return setting;
}

/** Changes the watermark and keeps it in this browser. */
export function setWatermark(change: Partial<WatermarkSetting>): void {
  const next = { ...current(), ...change };
  setting = { enabled: next.enabled, text: cleanWatermark(next.text) };
  try {
    window.localStorage.setItem(WATERMARK_STORAGE_KEY, JSON.stringify(setting));
  } catch {
    // Private mode or storage full: the watermark still applies to this page.
  }
  for (const listener of listeners) listener();
}

/**
 * The watermark every export and print draws: '' when off. Call it when a file is made (a pure
 * read of the current setting); PNG, SVG, PDF and slides use the same text.
 */
export function watermarkText(): string {
  return activeWatermark(current());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed it: follow.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== WATERMARK_STORAGE_KEY) return;
    setting = parseWatermark(event.newValue);
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The setting, for the field that edits it. */
export function useWatermarkSetting(): WatermarkSetting {
  return useSyncExternalStore(subscribe, current, () => OFF);
}

/** The text to draw over the page, '' when off. */
export function useWatermarkText(): string {
  return activeWatermark(useWatermarkSetting());
}

/** Where a watermark's copies go on a surface: a grid of rotated lines that covers it, offset row by row. */
export interface WatermarkPlacement {
  x: number;
  y: number;
}

/**
 * Positions of the watermark's copies (their centres) over a width × height surface: rows `gapY`
 * apart, copies `gapX` apart, every other row shifted by half a step, starting half a step in so
 * that the edges are covered as well as the middle.
 */
export function watermarkPlacements(width: number, height: number, gapX: number, gapY: number): WatermarkPlacement[] {
  const places: WatermarkPlacement[] = [];
  if (width <= 0 || height <= 0 || gapX <= 0 || gapY <= 0) return places;
  for (let row = 0, y = gapY / 2; y < height + gapY / 2; row++, y += gapY) {
    for (let x = row % 2 ? 0 : gapX / 2; x < width + gapX / 2; x += gapX) places.push({ x: Math.round(x), y: Math.round(y) });
  }
  return places;
}

/** The step between copies for a text of this width: wide enough that copies never touch. */
export function watermarkStep(textWidth: number, fontSize: number): { gapX: number; gapY: number } {
  return { gapX: Math.ceil(textWidth + fontSize * 4), gapY: Math.ceil(fontSize * 7) };
}

/** Escapes text for an XML text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/**
 * One tile of the on-screen watermark as an SVG data URL, for a repeating CSS background: the
 * text once, rotated 30° upwards, in the given colour. The text is escaped for XML and the whole
 * URL-encoded, so nothing in it is read as markup.
 */
export function watermarkTileUrl(text: string, color: string, fontSize = 16): string {
  const width = Math.ceil(Math.max(160, text.length * fontSize * 1.1 + fontSize * 4));
  const height = Math.ceil(fontSize * 9);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<text x="50%" y="50%" text-anchor="middle" dominant-baseline="middle" fill="${escapeXml(color)}" font-size="${fontSize}" ` +
    `font-family="system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" transform="rotate(-30 ${width / 2} ${height / 2})">${escapeXml(text)}</text></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

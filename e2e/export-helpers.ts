import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface SavedFile {
  name: string;
  bytes: Buffer;
}

/** Clicks something that starts a download and returns the file the browser saved. */
export async function download(page: Page, click: () => Promise<unknown>): Promise<SavedFile> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return saved(file);
}

async function saved(file: Download): Promise<SavedFile> {
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Opens a chart panel's export dialog and returns it. */
export async function openExport(panel: Locator, name = '导出'): Promise<Locator> {
  await panel.getByRole('button', { name, exact: true }).click();
  const dialog = panel.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

export interface PngInfo {
  png: PNG;
  width: number;
  height: number;
}

export function decodePng(bytes: Buffer): PngInfo {
  const png = PNG.sync.read(bytes);
  return { png, width: png.width, height: png.height };
}

export function pixel({ png }: PngInfo, x: number, y: number): [number, number, number, number] {
  const i = (png.width * y + x) * 4;
  // readUInt8 throws on a pixel outside the image rather than reading undefined.
  return [png.data.readUInt8(i), png.data.readUInt8(i + 1), png.data.readUInt8(i + 2), png.data.readUInt8(i + 3)];
}

/**
 * The share of pixels in rows [y0, y1) that differ from the background (taken from the top-left
 * corner): 0 means the band is empty.
 */
export function inkRatio(info: PngInfo, y0: number, y1: number): number {
  const background = pixel(info, 0, 0);
  const { png } = info;
  let ink = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(png.height, Math.ceil(y1)); y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) * 4;
      const diff =
        Math.abs(png.data.readUInt8(i) - background[0]) +
        Math.abs(png.data.readUInt8(i + 1) - background[1]) +
        Math.abs(png.data.readUInt8(i + 2) - background[2]) +
        Math.abs(png.data.readUInt8(i + 3) - background[3]);
      if (diff > 60) ink++;
    }
  }
  return ink / (png.width * (Math.ceil(y1) - Math.floor(y0)));
}

/** The share of all pixels within a small distance of a colour. */
export function colourShare({ png }: PngInfo, rgb: [number, number, number]): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (
      Math.abs(png.data.readUInt8(i) - rgb[0]) < 12 &&
      Math.abs(png.data.readUInt8(i + 1) - rgb[1]) < 12 &&
      Math.abs(png.data.readUInt8(i + 2) - rgb[2]) < 12
    )
      count++;
  }
  return count / (png.width * png.height);
}

/** The width ECharts lays an "as shown" export out at: the panel's content box. */
export function shownWidth(panel: Locator): Promise<number> {
  return panel.evaluate((el) => {
    const style = getComputedStyle(el);
    return Math.max(360, Math.round(el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)));
  });
}

export { parseCsv } from '../src/export/read-csv';

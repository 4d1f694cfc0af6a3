import { must } from '@/lib/must';
import { dataBlock, OFFLINE_DATA_ID } from './offline-data-block';

export { dataBlock, isOfflineFile, jsonForScript, OFFLINE_DATA_ID } from './offline-data-block';

/**
 * The offline file: one HTML file with the app and its data inside, made at build time
 * (scripts/vite-plugin-offline-file.ts) and downloaded from the dashboard with the data the
 * server has now and the current view, so that it opens from disk on the same view and numbers.
 */

/** Where the build writes the file, relative to the app's base. */
export const OFFLINE_FILE_PATH = 'offline/tianjin-dashboard.html';
/** The meta element naming the view the file opens on (a query string such as "?lang=en&themes=compute"). */
export const OFFLINE_VIEW_META = 'offline-view';

const DATA_BLOCK = new RegExp(`<script type="application/json" id="${OFFLINE_DATA_ID}">([\\s\\S]*?)</script>`);

/** The data files inside an offline file's HTML, or undefined where there is no data block. */
export function readDataBlock(html: string): Record<string, string> | undefined {
  const match = DATA_BLOCK.exec(html);
  if (!match) return undefined;
  const value: unknown = JSON.parse(must(match[1], "the data block's text"));
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The offline file's HTML with the given data files in place of those it was built with, and
 * the view it opens on. Only files the build put in are replaced: the file's set of data stays
 * what its app expects.
 */
export function personalizeOfflineHtml(html: string, files: Record<string, string>, search: string): string {
  const built = readDataBlock(html);
  if (!built) throw new Error('the offline file has no data block');
  const merged = Object.fromEntries(Object.entries(built).map(([name, text]) => [name, files[name] ?? text]));
  const view = search.startsWith('?') ? search : search ? `?${search}` : '';
  const meta = `<meta name="${OFFLINE_VIEW_META}" content="${escapeAttribute(view)}">`;
  const withoutView = html.replace(new RegExp(`<meta name="${OFFLINE_VIEW_META}" content="[^"]*">`), '');
  return withoutView.replace(DATA_BLOCK, () => dataBlock(merged)).replace(/<head>/i, () => `<head>${meta}`);
}

/** The data file a request asks for ("…/data/industry.json" → "industry.json"), if it is one. */
export function dataFileName(url: string): string | undefined {
  const match = /\/data\/([^/?#]+\.json)(?:[?#].*)?$/.exec(url);
  return match ? decodeURIComponent(must(match[1], `the file name in ${url}`)) : undefined;
}

/** The view an offline file was made for, from its meta element ('' for none). */
export function offlineView(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${OFFLINE_VIEW_META}"]`)?.content ?? '';
}

/**
 * Downloads the offline file: the built file, with the data files as the server has them now
 * (the ones on screen) and the current view. A data file that cannot be fetched keeps the copy
 * the build put in. Returns the name saved.
 */
export async function downloadOfflineFile(search: string, fileName: string): Promise<string> {
  const base = import.meta.env.BASE_URL;
  const response = await fetch(`${base}${OFFLINE_FILE_PATH}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const html = await response.text();
  const built = readDataBlock(html) ?? {};
  const fresh: Record<string, string> = {};
  await Promise.all(
    Object.keys(built).map(async (name) => {
      try {
        const file = await fetch(`${base}data/${encodeURIComponent(name)}`, { cache: 'no-cache' });
        if (file.ok) fresh[name] = await file.text();
      } catch {
        // Offline now: the build's copy stays.
      }
    }),
  );
  const { saveBlob } = await import('@/export/download');
  saveBlob(new Blob([personalizeOfflineHtml(html, fresh, search)], { type: 'text/html;charset=utf-8' }), fileName);
  return fileName;
}

import type { Lang } from '@/i18n/lang';
import { REPORT_UI } from './report-strings';

/** Which data an export or a print was made from: the newest publication date and a short hash of the files. */
export interface DataVersion {
  /** The newest publication date among the loaded sources (YYYY-MM-DD, or shorter where a page gives less). */
  date: string;
  /** Eight hex digits of a hash over every loaded data file's contents, in a fixed order. */
  hash: string;
  /** The data files the hash covers, in the order hashed. */
  files: string[];
}

/**
 * cyrb53: a small, fast, well-mixed 53-bit string hash (public domain). Not cryptographic:
 * it tells two data versions apart, it does not protect them.
 */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/** The latest of several dates written YYYY, YYYY-MM or YYYY-MM-DD (they compare as text). */
export function newestDate(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>((newest, date) => (newest === undefined || date > newest ? date : newest), undefined);
}

export interface LoadedDataFile {
  name: string;
  data: unknown;
}

/**
 * The version of a set of loaded data files: files are hashed by name order, each as its name and
 * its contents as JSON, so the same files give the same version in any browser and any order of
 * loading, and a change to any value changes it. Undefined when no file or no date is given.
 */
export function dataVersion(files: readonly LoadedDataFile[], sourceDates: readonly string[]): DataVersion | undefined {
  const date = newestDate(sourceDates);
  if (!date || files.length === 0) return undefined;
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const text = sorted.map((file) => `${file.name}\n${JSON.stringify(file.data)}`).join('\n');
  return { date, hash: hashText(text).slice(-8), files: sorted.map((f) => f.name) };
}

/** "2025-12-10 · 3f9a2c1b": how the version is written wherever it is shown. */
export function versionText(version: DataVersion): string {
  return `${version.date} · ${version.hash}`;
}

/** "数据版本：2025-12-10 · 3f9a2c1b" / "Data version: 2025-12-10 · 3f9a2c1b". */
export function versionLine(version: DataVersion, lang: Lang): string {
  const t = REPORT_UI[lang];
  return `${t.dataVersion}${t.fieldSep}${versionText(version)}`;
}

let current: DataVersion | undefined;
const listeners = new Set<() => void>();

/** Records the version of the data on screen (the dashboard calls it when its data changes). */
export function setCurrentDataVersion(version: DataVersion | undefined): void {
  if (current?.hash === version?.hash && current?.date === version?.date) return;
  current = version;
  for (const listener of listeners) listener();
}

/** The version of the data on screen, for exports and prints; undefined before the data has loaded. */
export function currentDataVersion(): DataVersion | undefined {
  return current;
}

export function subscribeDataVersion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

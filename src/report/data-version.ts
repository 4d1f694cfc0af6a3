import type { Lang } from '@/i18n/lang';
import { hashText } from '@/lib/hash-text';
import { REPORT_UI } from './report-strings';

export { hashText };

/** Which data an export or a print was made from: the newest publication date and a short hash of the files. */
export interface DataVersion {
  /** The newest publication date among the loaded sources (YYYY-MM-DD, or shorter where a page gives less). */
  date: string;
  /** Eight hex digits of a hash over every loaded data file's contents, in a fixed order. */
  hash: string;
  /** The data files the hash covers, in the order hashed. */
  files: string[];
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

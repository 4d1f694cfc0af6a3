import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { THEME_IDS, THEMES } from '@/data/themes';
import type { Dataset } from '@/data/use-dataset';
import {
  currentDataVersion,
  dataVersion,
  setCurrentDataVersion,
  subscribeDataVersion,
  type DataVersion,
  type LoadedDataFile,
} from './data-version';

/** The version of the files a dataset has loaded (themes and sources), dated by its newest source. */
export function datasetVersion(dataset: Pick<Dataset, 'themes' | 'sources'>): DataVersion | undefined {
  const files: LoadedDataFile[] = THEME_IDS.flatMap((theme) => {
    const data = dataset.themes[theme].data;
    return data ? [{ name: THEMES[theme].file, data }] : [];
  });
  if (dataset.sources.data) files.push({ name: 'sources.json', data: dataset.sources.data });
  return dataVersion(
    files,
    (dataset.sources.data ?? []).map((source) => source.date),
  );
}

/** Keeps the current data version (read by exports and prints) in step with the loaded dataset. */
export function useTrackDataVersion(dataset: Dataset): DataVersion | undefined {
  const loaded = [dataset.sources.data, ...THEME_IDS.map((theme) => dataset.themes[theme].data)];
  // One dependency per data file (a fixed number): the version changes only when a file does.
  // biome-ignore lint/correctness/useExhaustiveDependencies: one dependency per loaded file, a fixed number
  const version = useMemo(() => datasetVersion(dataset), loaded);
  useEffect(() => setCurrentDataVersion(version), [version]);
  return version;
}

/** The current data version, for a component that only shows it. */
export function useDataVersion(): DataVersion | undefined {
  return useSyncExternalStore(subscribeDataVersion, currentDataVersion, currentDataVersion);
}

import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ChartPanelDef, KpiPanelDef, PanelDef } from '@/panels/panel-def';
import { THEME_IDS, THEMES } from '@/data/themes';
import { figureSources, toFigureRow, type RowContext } from '@/data/select-rows';
import { useDataset, type Dataset } from '@/data/use-dataset';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { PANELS } from '@/panels/panels';
import { panelFigureIds } from '@/panels/select-panel-rows';
import { panelVisible, visibleTileFigures } from '@/panels/select-visible';
import type { Filters } from '@/state/filters';
import { currentShareUrl } from '@/state/use-url-sync';
import { useViewStore } from '@/state/view-store';
import { importWithRetry, loadErrorText } from '@/components/lazy-import';
import { useExportPrefs } from './export-prefs';
import { EXPORT_UI } from './export-strings';
import { shownSizeOf, type PanelExportInput } from './export-types';
import { ExportOptionsFields } from './export-options-fields';
import { usePopover } from './use-popover';
import type { WholeViewSection } from './whole-view';
import { missingFiles, type FileLoadState, type ManifestMissing } from './manifest';
import './export.css';

const loadActions = () => importWithRetry(() => import('./export-actions'));
const errorText = (error: unknown, lang: Lang) => loadErrorText(error, UI[lang].chunkFailed);

/** Whether every file a panel draws from has loaded (a panel in error is left out of exports). */
function panelReady(def: PanelDef, dataset: Dataset): boolean {
  return [def.theme, ...(def.alsoUses ?? [])].every((theme) => dataset.themes[theme].data) && !!dataset.sources.data;
}

/** The data files each panel needs. */
function panelFiles(def: PanelDef): string[] {
  return [...[def.theme, ...(def.alsoUses ?? [])].map((theme) => THEMES[theme].file), 'sources.json'];
}

/** Data files the view needs that have not loaded, and the panels of the view they leave out. */
function missingInView(dataset: Dataset, filters: Filters): ManifestMissing[] {
  const files: FileLoadState[] = [
    ...THEME_IDS.map((theme) => ({ file: THEMES[theme].file, error: dataset.themes[theme].error, loaded: !!dataset.themes[theme].data })),
    { file: 'sources.json', error: dataset.sources.error, loaded: !!dataset.sources.data },
  ];
  const left = PANELS.filter((def) => panelVisible(def, dataset.themes[def.theme].data, dataset.figures, filters) && !panelReady(def, dataset));
  return missingFiles(files, left.map((def) => ({ id: def.id, files: panelFiles(def) })));
}

/** How many panels the missing files leave out (a panel may need more than one of them). */
const missingPanelCount = (missing: ManifestMissing[]) => new Set(missing.flatMap((m) => m.panels)).size;

/** The panels on screen under the current filters, in dashboard order. */
function visiblePanels(dataset: Dataset, filters: Filters) {
  return PANELS.filter((def) => panelVisible(def, dataset.themes[def.theme].data, dataset.figures, filters) && panelReady(def, dataset));
}

function chartInput(def: ChartPanelDef, dataset: Dataset, lang: Lang): PanelExportInput {
  return {
    def,
    title: pick(def.title, lang),
    file: dataset.themes[def.theme].data!,
    figures: dataset.figures,
    sources: dataset.sourcesById,
    lang,
    shown: shownSizeOf(document.querySelector(`[data-panel="${CSS.escape(def.id)}"]`), def),
  };
}

/** "Export all": every chart of the view as a ZIP, the whole dataset as CSV or JSON, the view as one PNG. */
export function ExportAllMenu({ lang }: { lang: Lang }) {
  const t = EXPORT_UI[lang];
  const dataset = useDataset();
  const filters = useViewStore(useShallow((s) => s.filters));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const popover = usePopover(busy);
  const missing = missingInView(dataset, filters);

  async function run(task: () => Promise<string | undefined>) {
    if (busy) return;
    setBusy(true);
    setProgress(null);
    setStatus(t.working);
    try {
      const message = await task();
      if (message !== undefined) setStatus(message);
    } catch (error) {
      setStatus(t.failed(errorText(error, lang)));
    } finally {
      setBusy(false);
    }
  }

  const onProgress = (done: number, total: number) => setProgress({ done, total });

  const chartPanels = () => visiblePanels(dataset, filters).filter((def): def is ChartPanelDef => def.kind === 'chart').map((def) => chartInput(def, dataset, lang));

  const rowContext = (): RowContext => ({ lang, sources: dataset.sourcesById, figures: dataset.figures });
  /** The tiles of a headline panel that pass the filters, as rows. */
  const kpiRows = (def: KpiPanelDef, ctx: RowContext) =>
    visibleTileFigures(def, dataset.figures, filters).flatMap((id) => {
      const figure = dataset.figures.get(id);
      return figure ? [toFigureRow(figure, ctx)] : [];
    });

  const zip = () =>
    run(async () => {
      const panels = chartPanels();
      if (panels.length === 0) return t.noCharts;
      const ctx = rowContext();
      const tiles = visiblePanels(dataset, filters)
        .filter((def): def is KpiPanelDef => def.kind === 'kpi')
        .map((def) => {
          const rows = kpiRows(def, ctx);
          const sources = Object.fromEntries(rows.map((r) => [r.id, figureSources(dataset.figures.get(r.id)!, ctx).map((s) => s.id)]));
          return { panel: def.id, title: pick(def.title, lang), rows, sources };
        });
      const { exportAllZip } = await loadActions();
      const name = await exportAllZip({ appTitle: UI[lang].appTitle, lang, panels, tiles, sources: dataset.sources.data ?? [], missing, prefs: useExportPrefs.getState(), viewUrl: currentShareUrl(), onProgress });
      return missing.length ? t.downloadedIncomplete(name, missingPanelCount(missing)) : t.downloaded(name);
    });

  const allData = (format: 'csv' | 'json') =>
    run(async () => {
      const actions = await loadActions();
      const ctx: RowContext = { lang, sources: dataset.sourcesById, figures: dataset.figures };
      const figures = THEME_IDS.flatMap((theme) => (dataset.themes[theme].data?.figures ?? []).map((figure) => ({ figure, themeName: pick(THEMES[theme], lang) })));
      const input = { appTitle: UI[lang].appTitle, lang, figures, sources: dataset.sources.data ?? [], ctx };
      return t.downloaded(format === 'csv' ? actions.downloadAllDataCsv(input) : actions.downloadAllDataJson(input));
    });

  const wholeView = () =>
    run(async () => {
      const ctx = rowContext();
      const visible = visiblePanels(dataset, filters);
      const sections: WholeViewSection[] = THEME_IDS.map((theme) => ({
        themeName: pick(THEMES[theme], lang),
        items: visible
          .filter((def) => def.theme === theme)
          .map((def) =>
            def.kind === 'chart' ? { kind: 'chart' as const, input: chartInput(def, dataset, lang) } : { kind: 'kpi' as const, title: pick(def.title, lang), rows: kpiRows(def, ctx) },
          ),
      })).filter((section) => section.items.length > 0);
      if (sections.length === 0) return t.noCharts;
      const usedSources = new Set(
        visible
          .flatMap((def) => panelFigureIds(def, dataset.themes[def.theme].data!))
          .flatMap((id) => {
            const figure = dataset.figures.get(id);
            return figure ? figureSources(figure, ctx).map((source) => source.id) : [];
          }),
      );
      const { renderWholeView, saveBlob, wholeViewFileName } = await loadActions();
      const date = new Date();
      const prefs = useExportPrefs.getState();
      const { blob, scale } = await renderWholeView({
        appTitle: UI[lang].appTitle,
        appSubtitle: UI[lang].appSubtitle,
        lang,
        date,
        viewUrl: currentShareUrl(),
        sections,
        sources: (dataset.sources.data ?? []).filter((source) => usedSources.has(source.id)),
        prefs,
        onProgress,
      });
      const name = wholeViewFileName(lang, date, scale);
      saveBlob(blob, name);
      return scale < prefs.scale ? `${t.downloaded(name)} · ${t.wholeViewScaled(Math.round(scale * 100) / 100)}` : t.downloaded(name);
    });

  return (
    <div className="export-menu export-all-menu" ref={popover.rootRef} onKeyDown={popover.onKeyDown} onBlur={popover.onBlur}>
      <button
        ref={popover.triggerRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={popover.open}
        aria-controls={popover.open ? popover.id : undefined}
        onClick={() => {
          if (!popover.open) {
            setStatus('');
            setProgress(null);
          }
          popover.toggle();
        }}
      >
        {t.exportAll}
      </button>
      {popover.open && (
        <div ref={popover.popoverRef} id={popover.id} className="export-popover" role="dialog" aria-label={t.exportAllTitle}>
          {missing.length > 0 && (
            <div className="export-warning" role="alert" data-export-missing="">
              <p>{t.missingWarning(missingPanelCount(missing))}</p>
              <ul>
                {missing.map((m) => (
                  <li key={m.file}>
                    <code>{m.file}</code> {m.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ExportOptionsFields lang={lang} />
          <div className="export-buttons export-buttons--column" role="group" aria-label={t.formats}>
            <button type="button" aria-disabled={busy} onClick={() => void zip()}>
              {t.exportZip}
            </button>
            <button type="button" aria-disabled={busy} onClick={() => void allData('csv')}>
              {t.allDataCsv}
            </button>
            <button type="button" aria-disabled={busy} onClick={() => void allData('json')}>
              {t.allDataJson}
            </button>
            <button type="button" aria-disabled={busy} onClick={() => void wholeView()}>
              {t.wholeView}
            </button>
          </div>
          {progress && (
            <div className="export-progress" role="progressbar" aria-label={t.progressLabel} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} aria-valuetext={t.progress(progress.done, progress.total)}>
              <span className="export-progress-bar" style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }} />
              <span className="export-progress-text">{t.progress(progress.done, progress.total)}</span>
            </div>
          )}
          <p className="export-status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}

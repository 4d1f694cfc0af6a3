import { useState } from 'react';
import type { ChartPanelDef } from '@/panels/panel-def';
import { THEME_IDS, THEMES } from '@/data/themes';
import { figureSources, type FigureRow, type RowContext } from '@/view-model/select-rows';
import type { Dataset } from '@/data/use-dataset';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { PanelModel } from '@/panels/panel-model';
import { sectionsByTheme } from '@/panels/select-visible';
import { currentShareUrl } from '@/state/use-url-sync';
import { importWithRetry, loadErrorText } from '@/components/lazy-import';
import { useExportPrefs } from './export-prefs';
import { EXPORT_UI } from './export-strings';
import { shownSizeOf, type PanelExportInput } from './export-types';
import { ExportOptionsFields } from './export-options-fields';
import { usePopover } from './use-popover';
import type { WholeViewSection } from './whole-view';
import { missingFiles, type FileLoadState, type ManifestMissing } from './manifest';
import { OfficeExportButtons } from './office/office-buttons';
import './export.css';

const loadActions = () => importWithRetry(() => import('./export-actions'));
const errorText = (error: unknown, lang: Lang) => loadErrorText(error, UI[lang].chunkFailed);

/** Data files the view needs that have not loaded, and the panels of the view they leave out. */
function missingInView(dataset: Dataset, visible: readonly PanelModel[]): ManifestMissing[] {
  const files: FileLoadState[] = [
    ...THEME_IDS.map((theme) => ({ file: THEMES[theme].file, error: dataset.themes[theme].error, loaded: !!dataset.themes[theme].data })),
    { file: 'sources.json', error: dataset.sources.error, loaded: !!dataset.sources.data },
  ];
  const left = visible.filter((model) => model.status === 'loading' || model.status === 'error');
  return missingFiles(
    files,
    left.map((model) => ({ id: model.def.id, files: model.files })),
  );
}

/** How many panels the missing files leave out (a panel may need more than one of them). */
const missingPanelCount = (missing: ManifestMissing[]) => new Set(missing.flatMap((m) => m.panels)).size;

/** The panels of the view that can be exported (a panel loading or in error is left out), in dashboard order. */
const readyPanels = (visible: readonly PanelModel[]) => visible.filter((model) => model.status === 'ready');

/** The headline tiles of a panel, as rows (each tile's figure; its change is on the tile only). */
const tileRows = (model: PanelModel): FigureRow[] => model.tiles.map((tile) => tile.row);

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

interface ExportAllMenuProps {
  lang: Lang;
  dataset: Dataset;
  /** The panels of the view with their models, in dashboard order. */
  visible: readonly PanelModel[];
}

/** "Export all": every chart of the view as a ZIP, the whole dataset as CSV or JSON, the view as one PNG. */
export function ExportAllMenu({ lang, dataset, visible }: ExportAllMenuProps) {
  const t = EXPORT_UI[lang];
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const popover = usePopover(busy);
  // Read only with the menu open: it reads every visible panel's status.
  const missing = popover.open ? missingInView(dataset, visible) : [];

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

  const chartPanels = () =>
    readyPanels(visible)
      .map((model) => model.def)
      .filter((def): def is ChartPanelDef => def.kind === 'chart')
      .map((def) => chartInput(def, dataset, lang));

  const rowContext = (): RowContext => ({ lang, sources: dataset.sourcesById, figures: dataset.figures });

  const zip = () =>
    run(async () => {
      const panels = chartPanels();
      if (panels.length === 0) return t.noCharts;
      const ctx = rowContext();
      const tiles = readyPanels(visible)
        .filter((model) => model.def.kind === 'kpi')
        .map((model) => {
          const rows = tileRows(model);
          const sources = Object.fromEntries(rows.map((r) => [r.id, figureSources(dataset.figures.get(r.id)!, ctx).map((s) => s.id)]));
          return { panel: model.def.id, title: pick(model.def.title, lang), rows, sources };
        });
      const { exportAllZip } = await loadActions();
      const name = await exportAllZip({
        appTitle: UI[lang].appTitle,
        lang,
        panels,
        tiles,
        sources: dataset.sources.data ?? [],
        missing,
        prefs: useExportPrefs.getState(),
        viewUrl: currentShareUrl(),
        onProgress,
      });
      return missing.length ? t.downloadedIncomplete(name, missingPanelCount(missing)) : t.downloaded(name);
    });

  const allData = (format: 'csv' | 'json') =>
    run(async () => {
      const actions = await loadActions();
      const ctx: RowContext = { lang, sources: dataset.sourcesById, figures: dataset.figures };
      const figures = THEME_IDS.flatMap((theme) =>
        (dataset.themes[theme].data?.figures ?? []).map((figure) => ({ figure, themeName: pick(THEMES[theme], lang) })),
      );
      const input = { appTitle: UI[lang].appTitle, lang, figures, sources: dataset.sources.data ?? [], ctx };
      return t.downloaded(format === 'csv' ? actions.downloadAllDataCsv(input) : actions.downloadAllDataJson(input));
    });

  const wholeView = () =>
    run(async () => {
      const ctx = rowContext();
      const ready = readyPanels(visible);
      const sections: WholeViewSection[] = sectionsByTheme(ready).map(({ theme, panels }) => ({
        themeName: pick(THEMES[theme], lang),
        items: panels.map((model) =>
          model.def.kind === 'chart'
            ? { kind: 'chart' as const, input: chartInput(model.def, dataset, lang) }
            : { kind: 'kpi' as const, title: pick(model.def.title, lang), rows: tileRows(model) },
        ),
      }));
      if (sections.length === 0) return t.noCharts;
      const usedSources = new Set(
        ready
          .flatMap((model) => model.rows)
          .flatMap((row) => {
            const figure = dataset.figures.get(row.id);
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
            <OfficeExportButtons
              lang={lang}
              busy={busy}
              dataset={dataset}
              panels={() =>
                readyPanels(visible).map((model) => ({
                  def: model.def,
                  ...(model.def.kind === 'kpi' ? { tileIds: model.tiles.map((tile) => tile.row.id) } : {}),
                }))
              }
              run={run}
              downloaded={t.downloaded}
              nothing={t.noCharts}
            />
          </div>
          {progress && (
            <div
              className="export-progress"
              role="progressbar"
              aria-label={t.progressLabel}
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.done}
              aria-valuetext={t.progress(progress.done, progress.total)}
            >
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

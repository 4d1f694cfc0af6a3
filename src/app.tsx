import { useCallback, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ViewSettings } from '@/charts/chart-view';
import { AppHeader } from '@/components/app-header';
import { ChunkErrorNotice } from '@/components/chunk-error';
import { DataErrorCard } from '@/components/data-error-card';
import { StillLoading } from '@/components/still-loading';
import { DataUpdatedNotice } from '@/components/data-updated-notice';
import { FilterBar } from '@/components/filter-bar';
import { SelectionNotice } from '@/components/selection-notice';
import { SourcesView } from '@/components/sources-view';
import type { Figure, ThemeFile } from '@/data/schema';
import { THEMES } from '@/data/themes';
import { useDataset } from '@/data/use-dataset';
import { pick, type Lang } from '@/i18n/lang';
import { LANGUAGES } from '@/i18n/languages';
import { UI } from '@/i18n/strings';
import { linkedPanelIds } from '@/panels/linked-panels';
import { Panel, type PanelActions } from '@/panels/panel';
import type { ChartPanelDef, PanelDef } from '@/panels/panel-def';
import { leftoverCharts } from '@/panels/section-layout';
import { ExportAllMenu } from '@/export/export-all-menu';
import { ExportMenu } from '@/export/export-menu';
import { enterPresentation } from '@/present/enter-presentation';
import { LazyDeck } from '@/present/lazy-deck';
import { relatedFigureIds, sectionsByTheme, selectSlides, selectVisiblePanels } from '@/panels/select-visible';
import { useColorScheme, usePrefersReducedMotion } from '@/state/use-color-scheme';
import { usePruneView } from '@/state/use-prune-view';
import { useUrlSync } from '@/state/use-url-sync';
import { useViewStore } from '@/state/view-store';

const NO_PANELS: readonly PanelDef[] = [];

export function App() {
  useUrlSync();
  const lang = useViewStore((s) => s.lang);
  const filters = useViewStore(useShallow((s) => s.filters));
  const selection = useViewStore((s) => s.selection);
  const presenting = useViewStore((s) => s.slide !== null);
  const only = useViewStore((s) => s.only);
  const patterns = useViewStore((s) => s.patterns);
  const toggleSelection = useViewStore((s) => s.toggleSelection);
  const clearSelection = useViewStore((s) => s.clearSelection);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const scheme = useColorScheme();
  const animation = !usePrefersReducedMotion();
  const dataset = useDataset();
  // The panels are data (panels.json): none are known until it has loaded.
  const panelDefs = dataset.panels;
  const panelIds = useMemo(() => (panelDefs ? new Set(panelDefs.map((def) => def.id)) : undefined), [panelDefs]);
  usePruneView(dataset, panelIds);
  const t = UI[lang];

  useEffect(() => {
    document.documentElement.lang = LANGUAGES[lang].tag;
    document.documentElement.dataset.scheme = scheme;
    document.title = t.appTitle;
  }, [lang, scheme, t.appTitle]);

  const highlight = useMemo(() => relatedFigureIds(selection, dataset.figures), [selection, dataset.figures]);
  const view = useMemo<ViewSettings>(
    () => ({ lang, scheme, animation, highlight, patterns }),
    [lang, scheme, animation, highlight, patterns],
  );

  const { figures, sourcesById, themes, problems } = dataset;
  // The dataset object is new on every render; the models change only when its parts do.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dataset object is new each render: its loaded parts are the inputs
  const visible = useMemo(
    () => selectVisiblePanels(panelDefs ?? NO_PANELS, dataset, filters, lang),
    [panelDefs, themes, dataset.sources.data, dataset.sources.error, figures, sourcesById, problems, filters, lang],
  );
  const sections = sectionsByTheme(visible);
  const linked = useMemo(
    () =>
      new Set(
        linkedPanelIds(
          visible.map((m) => m.def),
          (def) => dataset.themes[def.theme].data,
          highlight,
        ),
      ),
    [visible, dataset.themes, highlight],
  );
  // Kept while the figures, sources and language stay: a data file loaded again unchanged re-renders no panel.
  const renderExport = useCallback(
    (def: ChartPanelDef, title: string, file: ThemeFile) => (
      <ExportMenu def={def} title={title} file={file} figures={figures} sources={sourcesById} lang={lang} />
    ),
    [figures, sourcesById, lang],
  );
  const actions = useMemo<PanelActions>(() => ({ onPresent: enterPresentation, renderExport }), [renderExport]);

  if (presenting && panelDefs) {
    return <LazyDeck slides={selectSlides(visible, only, panelDefs, dataset, filters, lang)} data={dataset} />;
  }
  // The deck waits for its panels, keeping the slide asked for; if they fail, the dashboard says why.
  if (presenting && !dataset.panelsError) return <div className="deck-loading" aria-busy="true" />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <AppHeader lang={lang} exportAll={<ExportAllMenu lang={lang} dataset={dataset} visible={visible} />} />
      <DataUpdatedNotice lang={lang} />
      <ChunkErrorNotice lang={lang} />
      <FilterBar lang={lang} figures={dataset.figures} />
      <main id="main" tabIndex={-1}>
        {dataset.panelsError ? (
          <div className="panels-error" data-panels-error="">
            <DataErrorCard error={dataset.panelsError} t={t} title={t.loadError} onRetry={dataset.refetchPanels} />
          </div>
        ) : !panelDefs ? (
          <div className="chart-skeleton panels-loading" role="status" aria-busy="true" aria-label={t.loading}>
            <StillLoading text={t.stillLoading} />
          </div>
        ) : sections.length === 0 ? (
          <div className="empty-state" role="status">
            <p className="empty-title">{t.emptyTitle}</p>
            <p>{t.emptyHint}</p>
            <button type="button" onClick={resetFilters}>
              {t.resetFilters}
            </button>
          </div>
        ) : (
          sections.map(({ theme, panels }) => (
            <section key={theme} className="theme-section" aria-labelledby={`theme-${theme}`} data-theme-section={theme}>
              <h2 id={`theme-${theme}`}>{pick(THEMES[theme], lang)}</h2>
              <div
                className="panel-grid"
                data-rem3={leftoverCharts(panels.map((m) => m.def)).rem3}
                data-rem2={leftoverCharts(panels.map((m) => m.def)).rem2}
              >
                {panels.map((model) => (
                  <Panel
                    key={model.def.id}
                    model={model}
                    file={themes[model.def.theme].data}
                    figures={figures}
                    sources={sourcesById}
                    view={view}
                    linked={linked.has(model.def.id)}
                    actions={actions}
                    selection={selection}
                    onSelect={toggleSelection}
                  />
                ))}
              </div>
            </section>
          ))
        )}
        <SourcesView sources={dataset.sources.data} rejected={dataset.sources.rejected} lang={lang} />
      </main>
      {selection && (
        <SelectionNotice
          lang={lang}
          label={selectedLabel(selection, dataset.figures, lang)}
          linked={[...linked]}
          onClear={clearSelection}
        />
      )}
    </div>
  );
}

function selectedLabel(id: string, figures: Map<string, Figure>, lang: Lang): string {
  const figure = figures.get(id);
  return figure ? pick(figure.label ?? figure.name, lang) : id;
}

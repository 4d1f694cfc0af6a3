import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ViewSettings } from '@/charts/chart-view';
import { AppHeader } from '@/components/app-header';
import { ChunkErrorNotice } from '@/components/chunk-error';
import { DataUpdatedNotice } from '@/components/data-updated-notice';
import { FilterBar } from '@/components/filter-bar';
import { SelectionNotice } from '@/components/selection-notice';
import { SourcesView } from '@/components/sources-view';
import type { Figure } from '@/data/schema';
import { THEME_IDS, THEMES } from '@/data/themes';
import { useDataset } from '@/data/use-dataset';
import { pick, type Lang } from '@/i18n/lang';
import { LANGUAGES } from '@/i18n/languages';
import { UI } from '@/i18n/strings';
import { linkedPanelIds } from '@/panels/linked-panels';
import { Panel } from '@/panels/panel';
import { PANELS } from '@/panels/panels';
import { leftoverCharts } from '@/panels/section-layout';
import { LazyDeck } from '@/present/lazy-deck';
import { panelVisible, relatedFigureIds, visibleTileFigures } from '@/panels/select-visible';
import { useColorScheme, usePrefersReducedMotion } from '@/state/use-color-scheme';
import { usePruneView } from '@/state/use-prune-view';
import { useUrlSync } from '@/state/use-url-sync';
import { useViewStore } from '@/state/view-store';

export function App() {
  useUrlSync();
  const lang = useViewStore((s) => s.lang);
  const filters = useViewStore(useShallow((s) => s.filters));
  const selection = useViewStore((s) => s.selection);
  const presenting = useViewStore((s) => s.slide !== null);
  const patterns = useViewStore((s) => s.patterns);
  const toggleSelection = useViewStore((s) => s.toggleSelection);
  const clearSelection = useViewStore((s) => s.clearSelection);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const scheme = useColorScheme();
  const animation = !usePrefersReducedMotion();
  const dataset = useDataset();
  usePruneView(dataset);
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

  const sections = THEME_IDS.map((theme) => {
    const file = dataset.themes[theme].data;
    const panels = PANELS.filter((def) => def.theme === theme && panelVisible(def, file, dataset.figures, filters));
    return { theme, panels };
  }).filter((section) => section.panels.length > 0);

  if (presenting) {
    return (
      <LazyDeck panels={sections.flatMap((section) => section.panels)} dataset={dataset} />
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <AppHeader lang={lang} />
      <DataUpdatedNotice lang={lang} />
      <ChunkErrorNotice lang={lang} />
      <FilterBar lang={lang} figures={dataset.figures} />
      <main id="main" tabIndex={-1}>
        {sections.length === 0 ? (
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
              <div className="panel-grid" data-rem3={leftoverCharts(panels).rem3} data-rem2={leftoverCharts(panels).rem2}>
                {panels.map((def) => (
                  <Panel
                    key={def.id}
                    def={def}
                    dataset={dataset}
                    view={view}
                    tileIds={def.kind === 'kpi' && dataset.themes[theme].data ? visibleTileFigures(def, dataset.figures, filters) : undefined}
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
          linked={linkedPanelIds(
            sections.flatMap((section) => section.panels),
            (def) => dataset.themes[def.theme].data,
            highlight,
          )}
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

import { memo, useMemo, useState, type ReactNode } from 'react';
import type { ViewSettings } from '@/charts/chart-view';
import { cardFrame } from '@/charts/frame';
import { useElementSize, useFontsReady } from '@/charts/use-frame-size';
import { LazyChartHost } from '@/components/lazy-chart-host';
import { DataErrorCard } from '@/components/data-error-card';
import { DataTable } from '@/components/data-table';
import { ErrorBoundary } from '@/components/error-boundary';
import { KpiTile } from '@/components/kpi-tile';
import { SourceList } from '@/components/source-links';
import { StillLoading } from '@/components/still-loading';
import type { Figure, Source, ThemeFile } from '@/data/schema';
import { pick } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { buildPanelChart } from './build-panel-option';
import type { ChartPanelDef, KpiPanelDef } from './panel-def';
import { problemsError, type PanelData, type PanelModel, type TileModel } from './panel-model';

const DEFAULT_HEIGHT = 300;

/** What the page around a panel lets it do: present it alone, and the export menu of a chart. */
export interface PanelActions {
  onPresent: (panelId: string) => void;
  /** The export control of a chart panel (drawn beside its other buttons). */
  renderExport?: (def: ChartPanelDef, title: string) => ReactNode;
}

interface PanelProps {
  model: PanelModel;
  data: PanelData;
  view: ViewSettings;
  /** Whether the panel shows a figure of the reader's selection. */
  linked: boolean;
  actions: PanelActions;
  selection: string | null;
  onSelect: (id: string) => void;
}

/** A panel: title, the question it answers, its chart or tiles, caveats and sources. Failures stay inside it. */
export function Panel({ model, data, view, linked, actions, selection, onSelect }: PanelProps) {
  const { def } = model;
  const t = UI[view.lang];
  const title = pick(def.title, view.lang);
  const file = data.themes[def.theme].data;

  let body: ReactNode;
  if (model.status === 'error') {
    body = <DataErrorCard error={problemsError(model.problems)} t={t} title={t.loadError} onRetry={model.retry} />;
  } else if (model.status === 'loading' || !file) {
    // The skeleton takes the room the panel will take, so nothing below it moves when it loads.
    body =
      def.kind === 'kpi' ? (
        <div className="kpi-grid" role="img" aria-busy="true" aria-label={t.loading}>
          {def.tiles.map((tile, i) => (
            <div key={tile.figure} className={`kpi-tile kpi-tile--skeleton${tile.change ? ' kpi-tile--change' : ''}`}>
              {i === 0 && <StillLoading text={t.stillLoading} />}
            </div>
          ))}
        </div>
      ) : (
        <>
          <div
            className="chart-skeleton"
            style={{ height: def.height ?? DEFAULT_HEIGHT }}
            role="img"
            aria-busy="true"
            aria-label={t.loading}
          >
            <StillLoading text={t.stillLoading} />
          </div>
          {def.note && <p className="panel-note">{pick(def.note, view.lang)}</p>}
          <footer className="source-line" aria-hidden="true" />
        </>
      );
  } else if (model.status === 'empty') {
    body = (
      <p className="panel-empty" role="status">
        {t.emptyTitle}
      </p>
    );
  } else {
    body = (
      <ErrorBoundary
        resetKeys={model.dataKey}
        fallback={(error, reset) => <DataErrorCard error={error} t={t} title={t.panelError} onRetry={reset} />}
      >
        {def.kind === 'kpi' ? (
          <KpiTiles def={def} tiles={model.tiles} view={view} onPresent={actions.onPresent} selection={selection} onSelect={onSelect} />
        ) : (
          <ChartBody
            def={def}
            file={file}
            figures={data.figures}
            sources={data.sourcesById}
            view={view}
            title={title}
            actions={actions}
            selection={selection}
            onSelect={onSelect}
          />
        )}
      </ErrorBoundary>
    );
  }

  return (
    <section
      className={`panel panel--${def.kind}${linked ? ' is-linked' : ''}`}
      aria-labelledby={`panel-${def.id}-title`}
      data-panel={def.id}
      data-panel-status={model.status}
      id={`panel-${def.id}`}
    >
      <header className="panel-header">
        <h3 id={`panel-${def.id}-title`}>{title}</h3>
        <p className="panel-question">{pick(def.question, view.lang)}</p>
      </header>
      {body}
    </section>
  );
}

interface KpiTilesProps {
  def: KpiPanelDef;
  tiles: readonly TileModel[];
  view: ViewSettings;
  onPresent: (panelId: string) => void;
  selection: string | null;
  onSelect: (id: string) => void;
}

function KpiTiles({ def, tiles, view, onPresent, selection, onSelect }: KpiTilesProps) {
  return (
    <>
      <div className="panel-actions">
        <FullScreenButton panelId={def.id} label={UI[view.lang].fullScreen} onPresent={onPresent} />
      </div>
      <div className="kpi-grid">
        {tiles.map((tile) => (
          <KpiTile
            key={tile.row.id}
            row={tile.row}
            change={tile.change}
            lang={view.lang}
            highlighted={view.highlight?.has(tile.row.id) ?? false}
            selected={selection === tile.row.id}
            onSelect={onSelect}
          />
        ))}
      </div>
    </>
  );
}

/** Presents this panel alone, full screen. */
function FullScreenButton({ panelId, label, onPresent }: { panelId: string; label: string; onPresent: (panelId: string) => void }) {
  return (
    <button type="button" data-action="present-panel" onClick={() => onPresent(panelId)}>
      {label}
    </button>
  );
}

interface ChartBodyProps {
  def: ChartPanelDef;
  file: ThemeFile;
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  view: ViewSettings;
  title: string;
  actions: PanelActions;
  selection: string | null;
  onSelect: (id: string) => void;
}

const ChartBody = memo(function ChartBody({ def, file, figures, sources, view, title, actions, selection, onSelect }: ChartBodyProps) {
  const t = UI[view.lang];
  const [showTable, setShowTable] = useState(false);
  const [measureRef, size] = useElementSize<HTMLDivElement>();
  const fontsReady = useFontsReady();
  const width = size?.width ?? 0;
  // A card stretched to the height of a taller neighbour gives its chart that room (styles.css
  // lets the chart grow into it); the chart's own height stays the least it takes.
  const room = size?.height ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: text is measured again once the web fonts are ready
  const built = useMemo(() => {
    const ctx = { lang: view.lang, sources, figures };
    const build = (height: number) => buildPanelChart(def.chart, title, file, ctx, { ...view, frame: cardFrame(width || 640, height) });
    const base = def.height ?? DEFAULT_HEIGHT;
    const first = build(Math.max(base, room));
    // A chart whose labels need more room than the card's height gets it, rather than colliding.
    const least = first.minHeight ? Math.max(base, Math.ceil(first.minHeight)) : base;
    return least > Math.max(base, room) ? { ...build(least), height: least } : { ...first, height: least };
    // fontsReady is a dependency: once the fonts have loaded, text is measured with them.
  }, [def, title, file, figures, sources, view, width, room, fontsReady]);
  const { rows, option, height } = built;
  return (
    <>
      <div className="panel-actions">
        <FullScreenButton panelId={def.id} label={t.fullScreen} onPresent={actions.onPresent} />
        <button type="button" className="toggle" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {t.dataTable}
        </button>
        {actions.renderExport?.(def, title)}
      </div>
      {showTable ? (
        <DataTable title={title} rows={rows} lang={view.lang} selection={selection} onSelect={onSelect} />
      ) : (
        <div ref={measureRef} className="chart-frame">
          {width > 0 && fontsReady ? (
            <LazyChartHost option={option} scheme={view.scheme} label={title} height={height} onSelect={onSelect} />
          ) : (
            <div className="chart-skeleton" style={{ height }} role="img" aria-busy="true" aria-label={t.loading} />
          )}
        </div>
      )}
      {def.note && <p className="panel-note">{pick(def.note, view.lang)}</p>}
      <footer className="source-line">
        {t.source}
        {t.colon}
        <SourceList sources={rows.flatMap((r) => r.sourceRefs)} lang={view.lang} />
      </footer>
    </>
  );
});

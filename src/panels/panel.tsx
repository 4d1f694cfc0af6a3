import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ViewSettings } from '@/charts/chart-view';
import { useElementSize, useFontsReady } from '@/charts/use-frame-size';
import { ChartPlaceholder, LazyChartHost } from '@/components/lazy-chart-host';
import { useNearScreen } from '@/components/use-near-screen';
import { DataErrorCard } from '@/components/data-error-card';
import { DataTable } from '@/components/data-table';
import { ErrorBoundary } from '@/components/error-boundary';
import { KpiTile } from '@/components/kpi-tile';
import { SourceList } from '@/components/source-links';
import { StillLoading } from '@/components/still-loading';
import type { Figure, Source, ThemeFile } from '@/data/schema';
import type { FigureRow } from '@/view-model/select-rows';
import { pick } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { cardChart, cardChartHeight, DEFAULT_CHART_HEIGHT } from './card-chart';
import type { ChartPanelDef, KpiPanelDef } from './panel-def';
import { problemsError, type PanelModel, type TileModel } from './panel-model';

/** What the page around a panel lets it do: present it alone, and the export menu of a chart. */
export interface PanelActions {
  onPresent: (panelId: string) => void;
  /** The export control of a chart panel (drawn beside its other buttons). */
  renderExport?: (def: ChartPanelDef, title: string, file: ThemeFile) => ReactNode;
}

interface PanelProps {
  model: PanelModel;
  /** The panel's own theme file, once loaded. */
  file: ThemeFile | undefined;
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  view: ViewSettings;
  /** Whether the panel shows a figure of the reader's selection. */
  linked: boolean;
  actions: PanelActions;
  selection: string | null;
  onSelect: (id: string) => void;
}

/**
 * A panel: title, the question it answers, its chart or tiles, caveats and sources. Failures stay
 * inside it. Memoised: a filter change re-renders only the panels whose model or view it changes.
 */
export const Panel = memo(function Panel({ model, file, figures, sources, view, linked, actions, selection, onSelect }: PanelProps) {
  const { def } = model;
  const t = UI[view.lang];
  const title = pick(def.title, view.lang);

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
            style={{ height: def.height ?? DEFAULT_CHART_HEIGHT }}
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
            rows={model.rows}
            figures={figures}
            sources={sources}
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
});

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
  /** The rows the chart shows (its data table and source line list them before it is drawn). */
  rows: readonly FigureRow[];
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  view: ViewSettings;
  title: string;
  actions: PanelActions;
  selection: string | null;
  onSelect: (id: string) => void;
}

/**
 * A chart panel's body. The chart is laid out and drawn only once its card is near the screen;
 * until then a placeholder keeps the height it will take, so nothing moves when it draws.
 */
const ChartBody = memo(function ChartBody({
  def,
  file,
  rows,
  figures,
  sources,
  view,
  title,
  actions,
  selection,
  onSelect,
}: ChartBodyProps) {
  const t = UI[view.lang];
  const [showTable, setShowTable] = useState(false);
  return (
    <>
      <div className="panel-actions">
        <FullScreenButton panelId={def.id} label={t.fullScreen} onPresent={actions.onPresent} />
        <button type="button" className="toggle" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {t.dataTable}
        </button>
        {actions.renderExport?.(def, title, file)}
      </div>
      {showTable ? (
        <DataTable title={title} rows={rows} lang={view.lang} selection={selection} onSelect={onSelect} />
      ) : (
        <ChartArea def={def} title={title} file={file} figures={figures} sources={sources} view={view} onSelect={onSelect} />
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

type ChartAreaProps = Pick<ChartBodyProps, 'def' | 'title' | 'file' | 'figures' | 'sources' | 'view' | 'onSelect'>;

/**
 * Where a panel's chart draws: measured, laid out and drawn once it is near the screen. Its
 * state (size, nearness, fonts) re-renders only it, not the panel's buttons and source line.
 */
function ChartArea({ def, title, file, figures, sources, view, onSelect }: ChartAreaProps) {
  const [frameElement, setFrameElement] = useState<HTMLDivElement | null>(null);
  const near = useNearScreen(frameElement);
  const [measureRef, size] = useElementSize<HTMLDivElement>(near);
  const frameRef = useCallback(
    (element: HTMLDivElement | null) => {
      setFrameElement(element);
      measureRef(element);
    },
    [measureRef],
  );
  const fontsReady = useFontsReady(near);
  const width = size?.width ?? 0;
  // A card stretched to the height of a taller neighbour gives its chart that room (styles.css
  // lets the chart grow into it); the chart's own height stays the least it takes.
  const room = size?.height ?? 0;
  const drawable = near && width > 0 && fontsReady;
  const chart = useMemo(
    () => (drawable ? cardChart({ def, title, file, figures, sources, view, width, room, fontsReady }) : null),
    [drawable, def, title, file, figures, sources, view, width, room, fontsReady],
  );
  // Far from the screen (and in the prerendered page) a placeholder of the panel's height stands in;
  // near it, one of the height the chart will take, found before the chart is built.
  const height = useMemo(
    () =>
      chart?.height ??
      (near
        ? cardChartHeight({ def, title, file, figures, sources, view, width, room, fontsReady })
        : (def.height ?? DEFAULT_CHART_HEIGHT)),
    [chart, near, def, title, file, figures, sources, view, width, room, fontsReady],
  );
  return (
    <div ref={frameRef} className="chart-frame">
      {chart ? (
        <LazyChartHost option={chart.option} scheme={view.scheme} label={title} height={chart.height} onSelect={onSelect} />
      ) : (
        <ChartPlaceholder height={height} label={UI[view.lang].loading} />
      )}
    </div>
  );
}

import { memo, useMemo, useState } from 'react';
import { DataFileError } from '@/data/problems';
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
import { toFigureRow, type RowContext } from '@/data/select-rows';
import type { Dataset } from '@/data/use-dataset';
import { pick } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { enterPresentation } from '@/present/enter-presentation';
import { ExportMenu } from '@/export/export-menu';
import { buildPanelChart } from './build-panel-option';
import type { ChartPanelDef, KpiPanelDef, PanelDef } from './panel-def';
import { panelFigureIds } from './select-panel-rows';

const DEFAULT_HEIGHT = 300;

interface PanelProps {
  def: PanelDef;
  dataset: Dataset;
  view: ViewSettings;
  /** KPI tiles that pass the filters (KPI panels only). */
  tileIds?: string[];
  selection: string | null;
  onSelect: (id: string) => void;
}

/** A panel: title, the question it answers, its chart or tiles, caveats and sources. Failures stay inside it. */
export function Panel({ def, dataset, view, tileIds, selection, onSelect }: PanelProps) {
  const t = UI[view.lang];
  const title = pick(def.title, view.lang);
  const themes = [def.theme, ...(def.alsoUses ?? [])];
  const failedTheme = themes.map((theme) => dataset.themes[theme]).find((load) => load.error);
  const figureIds = useMemo(() => {
    const loadedFile = dataset.themes[def.theme].data;
    if (!loadedFile) return new Set<string>();
    try {
      return new Set(panelFigureIds(def, loadedFile));
    } catch {
      return new Set<string>();
    }
  }, [def, dataset.themes]);
  // A problem that spans files (a duplicate id, a dangling reference, a sum that does not add up)
  // stops only the panels that show the figures concerned.
  const crossFileProblems = dataset.problems.filter((p) => p.ids?.some((id) => figureIds.has(id)));
  const failed = failedTheme?.error ?? dataset.sources.error ?? (crossFileProblems.length ? new DataFileError(crossFileProblems[0].file, crossFileProblems) : null);
  const file = dataset.themes[def.theme].data;
  const ready = themes.every((theme) => dataset.themes[theme].data) && dataset.sources.data;
  const linked = view.highlight !== undefined && view.highlight.size > 0 && containsAny(def, file, view.highlight);

  let body;
  if (failed) {
    body = (
      <DataErrorCard
        error={failed}
        t={t}
        title={t.loadError}
        onRetry={() => {
          if (failedTheme) failedTheme.refetch();
          if (dataset.sources.error) dataset.sources.refetch();
          if (!failedTheme && !dataset.sources.error) themes.forEach((theme) => dataset.themes[theme].refetch());
        }}
      />
    );
  } else if (!ready || !file) {
    // The skeleton takes the room the panel will take, so nothing below it moves when it loads.
    body =
      def.kind === 'kpi' ? (
        <div className="kpi-grid" aria-busy="true" aria-label={t.loading}>
          {def.tiles.map((tile, i) => (
            <div key={tile.figure} className={`kpi-tile kpi-tile--skeleton${tile.change ? ' kpi-tile--change' : ''}`}>
              {i === 0 && <StillLoading text={t.stillLoading} />}
            </div>
          ))}
        </div>
      ) : (
        <>
          <div className="chart-skeleton" style={{ height: def.height ?? DEFAULT_HEIGHT }} aria-busy="true" aria-label={t.loading}>
            <StillLoading text={t.stillLoading} />
          </div>
          {def.note && <p className="panel-note">{pick(def.note, view.lang)}</p>}
          <footer className="source-line" aria-hidden="true" />
        </>
      );
  } else {
    const ctx: RowContext = { lang: view.lang, sources: dataset.sourcesById, figures: dataset.figures };
    body = (
      <ErrorBoundary fallback={(error, reset) => <DataErrorCard error={error} t={t} title={t.panelError} onRetry={reset} />}>
        {def.kind === 'kpi' ? (
          <KpiTiles def={def} ctx={ctx} tileIds={tileIds} view={view} selection={selection} onSelect={onSelect} />
        ) : (
          <ChartBody def={def} file={file} figures={dataset.figures} sources={dataset.sourcesById} view={view} title={title} selection={selection} onSelect={onSelect} />
        )}
      </ErrorBoundary>
    );
  }

  return (
    <section
      className={`panel panel--${def.kind}${linked ? ' is-linked' : ''}`}
      aria-labelledby={`panel-${def.id}-title`}
      data-panel={def.id}
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

function containsAny(def: PanelDef, file: ThemeFile | undefined, ids: ReadonlySet<string>): boolean {
  if (!file) return false;
  try {
    return panelFigureIds(def, file).some((id) => ids.has(id));
  } catch {
    return false;
  }
}

interface KpiTilesProps {
  def: KpiPanelDef;
  ctx: RowContext;
  tileIds?: string[];
  view: ViewSettings;
  selection: string | null;
  onSelect: (id: string) => void;
}

function KpiTiles({ def, ctx, tileIds, view, selection, onSelect }: KpiTilesProps) {
  const shown = def.tiles.filter((tile) => !tileIds || tileIds.includes(tile.figure));
  const rowOf = (id: string) => {
    const figure = ctx.figures.get(id);
    if (!figure) throw new Error(`unknown figure "${id}" in ${def.theme}`);
    return toFigureRow(figure, ctx);
  };
  return (
    <>
      <div className="panel-actions">
        <FullScreenButton panelId={def.id} label={UI[view.lang].fullScreen} />
      </div>
      <div className="kpi-grid">
        {shown.map((tile) => (
          <KpiTile
            key={tile.figure}
            row={rowOf(tile.figure)}
            change={tile.change ? rowOf(tile.change) : undefined}
            lang={view.lang}
            highlighted={view.highlight?.has(tile.figure) ?? false}
            selected={selection === tile.figure}
            onSelect={onSelect}
          />
        ))}
      </div>
    </>
  );
}

/** Presents this panel alone, full screen. */
function FullScreenButton({ panelId, label }: { panelId: string; label: string }) {
  return (
    <button type="button" data-action="present-panel" onClick={() => enterPresentation(panelId)}>
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
  selection: string | null;
  onSelect: (id: string) => void;
}

const ChartBody = memo(function ChartBody({ def, file, figures, sources, view, title, selection, onSelect }: ChartBodyProps) {
  const t = UI[view.lang];
  const [showTable, setShowTable] = useState(false);
  const [measureRef, size] = useElementSize<HTMLDivElement>();
  const fontsReady = useFontsReady();
  const width = size?.width ?? 0;
  // A card stretched to the height of a taller neighbour gives its chart that room (styles.css
  // lets the chart grow into it); the chart's own height stays the least it takes.
  const room = size?.height ?? 0;
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
        <FullScreenButton panelId={def.id} label={t.fullScreen} />
        <button type="button" className="toggle" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {t.dataTable}
        </button>
        <ExportMenu def={def} title={title} file={file} figures={figures} sources={sources} lang={view.lang} />
      </div>
      {showTable ? (
        <DataTable title={title} rows={rows} lang={view.lang} selection={selection} onSelect={onSelect} />
      ) : (
        <div ref={measureRef} className="chart-frame">
          {width > 0 && fontsReady ? (
            <LazyChartHost option={option} scheme={view.scheme} label={title} height={height} onSelect={onSelect} />
          ) : (
            <div className="chart-skeleton" style={{ height }} aria-busy="true" aria-label={t.loading} />
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

import { useMemo } from 'react';
import type { ViewSettings } from '@/charts/chart-view';
import { slideFrame } from '@/charts/frame';
import { useElementSize, useFontsReady } from '@/charts/use-frame-size';
import { ChartHost } from '@/components/chart-host';
import { DataErrorCard } from '@/components/data-error-card';
import { ErrorBoundary } from '@/components/error-boundary';
import { KpiTile } from '@/components/kpi-tile';
import { toFigureRow, type FigureRow, type RowContext } from '@/data/select-rows';
import type { Dataset } from '@/data/use-dataset';
import { pick } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { formatDate } from '@/i18n/format';
import { buildPanelChart } from '@/panels/build-panel-option';
import type { PanelDef } from '@/panels/panel-def';

/** How a slide is shown: the page's settings and the canvas's type unit (1 on 1920×1080). */
export type SlideView = ViewSettings & { unit: number };

interface Props {
  def: PanelDef;
  dataset: Dataset;
  view: SlideView;
}

/** One panel as a slide: its title, the chart or tiles filling the space, its caveat and sources. */
export function SlideContent({ def, dataset, view }: Props) {
  const t = UI[view.lang];
  const themes = [def.theme, ...(def.alsoUses ?? [])];
  const error = themes.map((theme) => dataset.themes[theme].error).find(Boolean) ?? dataset.sources.error;
  const ready = themes.every((theme) => dataset.themes[theme].data) && dataset.sources.data;
  let body;
  if (error) body = <DataErrorCard error={error} t={t} title={t.loadError} onRetry={() => themes.forEach((theme) => dataset.themes[theme].refetch())} />;
  else if (!ready) body = <div className="chart-skeleton slide-skeleton" aria-busy="true" aria-label={t.loading} />;
  else
    body = (
      <ErrorBoundary fallback={(e, reset) => <DataErrorCard error={e} t={t} title={t.panelError} onRetry={reset} />}>
        <SlideBody def={def} dataset={dataset} view={view} />
      </ErrorBoundary>
    );
  return (
    <article className={`slide slide--${def.kind}`} data-slide-panel={def.id} aria-labelledby={`slide-${def.id}-title`}>
      <header className="slide-header">
        <h2 id={`slide-${def.id}-title`} className="slide-title">
          {pick(def.title, view.lang)}
        </h2>
      </header>
      <div className="slide-body">{body}</div>
      <footer className="slide-footer">
        {def.note && (
          <p className="slide-note" title={pick(def.note, view.lang)}>
            {pick(def.note, view.lang)}
          </p>
        )}
        <SlideSources def={def} dataset={dataset} view={view} />
      </footer>
    </article>
  );
}

function SlideBody({ def, dataset, view }: Props) {
  const ctx: RowContext = useMemo(() => ({ lang: view.lang, sources: dataset.sourcesById, figures: dataset.figures }), [view.lang, dataset.sourcesById, dataset.figures]);
  const title = pick(def.title, view.lang);
  const [measureRef, size] = useElementSize<HTMLDivElement>();
  const fontsReady = useFontsReady();
  const chart = useMemo(() => {
    if (def.kind !== 'chart' || !size || !fontsReady) return null;
    const { unit, ...settings } = view;
    return buildPanelChart(def.chart, title, dataset.themes[def.theme].data!, ctx, { ...settings, frame: slideFrame(size.width, size.height, unit) });
  }, [def, title, dataset.themes, ctx, view, size, fontsReady]);
  if (def.kind === 'kpi') {
    return (
      <div className="kpi-grid slide-kpis">
        {def.tiles.map((tile) => (
          <KpiTile
            key={tile.figure}
            row={rowOf(tile.figure, ctx)}
            change={tile.change ? rowOf(tile.change, ctx) : undefined}
            lang={view.lang}
            highlighted={false}
            selected={false}
            onSelect={() => undefined}
          />
        ))}
      </div>
    );
  }
  return (
    <div ref={measureRef} className="slide-chart">
      {chart ? <ChartHost option={chart.option} scheme={view.scheme} label={title} height="100%" /> : null}
    </div>
  );
}

function rowOf(id: string, ctx: RowContext): FigureRow {
  const figure = ctx.figures.get(id);
  if (!figure) throw new Error(`unknown figure "${id}"`);
  return toFigureRow(figure, ctx);
}

/** The figures a slide shows, with their rows, for its source line and the speaker notes. */
export function slideRows(def: PanelDef, dataset: Dataset, lang: ViewSettings['lang']): FigureRow[] {
  const file = dataset.themes[def.theme].data;
  if (!file || !dataset.sources.data) return [];
  const ctx: RowContext = { lang, sources: dataset.sourcesById, figures: dataset.figures };
  try {
    if (def.kind === 'kpi') return def.tiles.flatMap((tile) => (tile.change ? [tile.figure, tile.change] : [tile.figure])).map((id) => rowOf(id, ctx));
    return buildPanelChart(def.chart, '', file, ctx, { lang, scheme: 'light', animation: false, frame: slideFrame(1600, 800, 1) }).rows;
  } catch {
    return [];
  }
}

/**
 * The slide's sources in short — publisher and date, with the reposted mark — on at most two lines
 * read from the back of the room; the full lines are in the tooltip, the speaker notes and the table.
 */
function SlideSources({ def, dataset, view }: Props) {
  const t = UI[view.lang];
  const rows = useMemo(() => slideRows(def, dataset, view.lang), [def, dataset, view.lang]);
  const short = [...new Set(rows.flatMap((r) => r.sourceRefs.map((ref) => `${ref.publisher} ${formatDate(ref.date, view.lang)}${ref.reposted ? ` · ${t.reposted}` : ''}`)))];
  const full = [...new Set(rows.flatMap((r) => r.sourceRefs.map((ref) => ref.text)))];
  if (!short.length) return null;
  return (
    <p className="slide-source" title={full.join(t.listSep)}>
      {t.source}
      {t.colon}
      {short.join(t.listSep)}
    </p>
  );
}

import { useMemo, type ReactNode } from 'react';
import type { ViewSettings } from '@/charts/chart-view';
import { slideFrame } from '@/charts/frame';
import { useElementSize, useFontsReady } from '@/charts/use-frame-size';
import { ChartHost } from '@/components/chart-host';
import { DataErrorCard } from '@/components/data-error-card';
import { ErrorBoundary } from '@/components/error-boundary';
import { KpiTile } from '@/components/kpi-tile';
import type { RowContext } from '@/view-model/select-rows';
import { pick } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { formatDate } from '@/i18n/format';
import { buildPanelChart } from '@/panels/build-panel-option';
import { problemsError, type PanelData, type PanelModel } from '@/panels/panel-model';

/** How a slide is shown: the page's settings and the canvas's type unit (1 on 1920×1080). */
export type SlideView = ViewSettings & { unit: number };

interface Props {
  model: PanelModel;
  data: PanelData;
  view: SlideView;
}

/** One panel as a slide: its title, the chart or tiles filling the space, its caveat and sources. */
export function SlideContent({ model, data, view }: Props) {
  const { def } = model;
  const t = UI[view.lang];
  let body: ReactNode;
  if (model.status === 'error')
    body = <DataErrorCard error={problemsError(model.problems)} t={t} title={t.loadError} onRetry={model.retry} />;
  else if (model.status === 'loading')
    body = <div className="chart-skeleton slide-skeleton" role="img" aria-busy="true" aria-label={t.loading} />;
  else if (model.status === 'empty') body = <p role="status">{t.emptyTitle}</p>;
  else
    body = (
      <ErrorBoundary
        resetKeys={model.dataKey}
        fallback={(e, reset) => <DataErrorCard error={e} t={t} title={t.panelError} onRetry={reset} />}
      >
        <SlideBody model={model} data={data} view={view} />
      </ErrorBoundary>
    );
  return (
    <article
      className={`slide slide--${def.kind}`}
      data-slide-panel={def.id}
      data-panel-status={model.status}
      aria-labelledby={`slide-${def.id}-title`}
    >
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
        <SlideSources model={model} view={view} />
      </footer>
    </article>
  );
}

function SlideBody({ model, data, view }: Props) {
  const { def } = model;
  const ctx: RowContext = useMemo(
    () => ({ lang: view.lang, sources: data.sourcesById, figures: data.figures }),
    [view.lang, data.sourcesById, data.figures],
  );
  const title = pick(def.title, view.lang);
  const file = data.themes[def.theme].data;
  const [measureRef, size] = useElementSize<HTMLDivElement>();
  const fontsReady = useFontsReady();
  const chart = useMemo(() => {
    if (def.kind !== 'chart' || !file || !size || !fontsReady) return null;
    const { unit, ...settings } = view;
    return buildPanelChart(def.chart, title, file, ctx, { ...settings, frame: slideFrame(size.width, size.height, unit) });
  }, [def, title, file, ctx, view, size, fontsReady]);
  if (def.kind === 'kpi') {
    return (
      <div className="kpi-grid slide-kpis">
        {model.tiles.map((tile) => (
          <KpiTile
            key={tile.row.id}
            row={tile.row}
            change={tile.change}
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

/**
 * The slide's sources in short — publisher and date, with the reposted mark — on at most two lines
 * read from the back of the room; the full lines are in the tooltip, the speaker notes and the table.
 */
function SlideSources({ model, view }: Omit<Props, 'data'>) {
  const t = UI[view.lang];
  const rows = model.rows;
  const short = [
    ...new Set(
      rows.flatMap((r) =>
        r.sourceRefs.map((ref) => `${ref.publisher} ${formatDate(ref.date, view.lang)}${ref.reposted ? ` · ${t.reposted}` : ''}`),
      ),
    ),
  ];
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

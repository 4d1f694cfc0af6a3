import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ColorScheme } from '@/charts/palette';
import { ChartHost } from '@/components/chart-host';
import { DataErrorCard } from '@/components/data-error-card';
import { ErrorBoundary } from '@/components/error-boundary';
import { sourcesQuery, themeQuery } from '@/data/queries';
import type { SourcesFile, ThemeFile } from '@/data/schema';
import { indexById } from '@/data/select-rows';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { useColorScheme, usePrefersReducedMotion } from '@/state/use-color-scheme';
import { useViewStore } from '@/state/view-store';
import { buildPanelOption } from './build-panel-option';
import type { PanelDef } from './panel-def';
import { selectPanelRows } from './select-panel-rows';

const DEFAULT_HEIGHT = 300;

/** A panel: title, the question it answers, its chart, and the source line. Failures stay inside it. */
export function Panel({ def }: { def: PanelDef }) {
  const lang = useViewStore((s) => s.lang);
  const scheme = useColorScheme();
  const animation = !usePrefersReducedMotion();
  const t = UI[lang];
  const themeFile = useQuery(themeQuery(def.theme));
  const sources = useQuery(sourcesQuery);
  const title = pick(def.title, lang);
  const height = def.height ?? DEFAULT_HEIGHT;
  const failed = themeFile.error ?? sources.error;

  let body;
  if (failed) {
    body = (
      <DataErrorCard
        error={failed}
        t={t}
        title={t.loadError}
        onRetry={() => {
          if (themeFile.error) void themeFile.refetch();
          if (sources.error) void sources.refetch();
        }}
      />
    );
  } else if (!themeFile.data || !sources.data) {
    body = <div className="chart-skeleton" style={{ height }} aria-busy="true" aria-label={t.loading} />;
  } else {
    body = (
      <ErrorBoundary fallback={(error, reset) => <DataErrorCard error={error} t={t} title={t.panelError} onRetry={reset} />}>
        <PanelChart def={def} file={themeFile.data} sources={sources.data} lang={lang} scheme={scheme} animation={animation} height={height} />
      </ErrorBoundary>
    );
  }

  return (
    <section className="panel" aria-labelledby={`panel-${def.id}-title`} data-panel={def.id}>
      <header className="panel-header">
        <h3 id={`panel-${def.id}-title`}>{title}</h3>
        <p className="panel-question">{pick(def.question, lang)}</p>
      </header>
      {body}
    </section>
  );
}

interface PanelChartProps {
  def: PanelDef;
  file: ThemeFile;
  sources: SourcesFile;
  lang: Lang;
  scheme: ColorScheme;
  animation: boolean;
  height: number;
}

function PanelChart({ def, file, sources, lang, scheme, animation, height }: PanelChartProps) {
  const t = UI[lang];
  const title = pick(def.title, lang);
  const { rows, option } = useMemo(() => {
    const ctx = { lang, sources: indexById(sources.sources), figures: indexById(file.figures) };
    const rows = selectPanelRows(def.chart, file, ctx);
    return { rows, option: buildPanelOption(def.chart, title, rows, { lang, scheme, animation }) };
  }, [def, file, sources, lang, scheme, animation, title]);
  const sourceLines = [...new Set(rows.flatMap((r) => r.sourceText.split('; ')))];
  return (
    <>
      <ChartHost option={option} scheme={scheme} label={title} height={height} />
      <footer className="source-line">
        {t.source}: {sourceLines.join('; ')}
      </footer>
    </>
  );
}

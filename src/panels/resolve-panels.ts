import type { Figure, Localized } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import type { Plan } from '@/plan/plan-schema';
import { fillTemplate, type TemplateTrend } from './note-template';
import type { PanelFileChartSpec, PanelFileDef, PlanYearRef } from './panel-file';
import type { ChartSpec, PanelDef } from './panel-def';

/** A trend year as a number: a year as written, or the plan's year it names. */
export function resolveYear(year: number | PlanYearRef, plan: Plan): number {
  if (typeof year === 'number') return year;
  return { 'plan.baselineYear': plan.baselineYear, 'plan.from': plan.from, 'plan.to': plan.to }[year];
}

function resolveSpec(spec: PanelFileChartSpec, plan: Plan): ChartSpec {
  if (spec.kind !== 'trend') return spec;
  return { ...spec, from: resolveYear(spec.from, plan), to: resolveYear(spec.to, plan) };
}

/**
 * Both languages of a template, each filled when first read: a page shows one language, and
 * filling every text of every panel in both costs a phone's start.
 */
function fillBoth(pair: Localized, plan: Plan, figures: ReadonlyMap<string, Figure>, trend: TemplateTrend | undefined): Localized {
  const filled: Partial<Localized> = {};
  const fill = (lang: Lang) => (filled[lang] ??= fillTemplate(pair[lang], { lang, plan, figures, trend }).text);
  return {
    get zh() {
      return fill('zh');
    },
    get en() {
      return fill('en');
    },
  };
}

/**
 * The panels as the dashboard draws them: trend years resolved from the plan, and every title,
 * question, note and series name filled from the data in both languages. A placeholder whose
 * figure has not loaded reads "…" until it has (call again with the figures loaded).
 */
export function resolvePanels(raw: readonly PanelFileDef[], plan: Plan, figures: ReadonlyMap<string, Figure>): PanelDef[] {
  return raw.map((def): PanelDef => {
    const chart = def.kind === 'chart' ? resolveSpec(def.chart, plan) : undefined;
    const trend = chart?.kind === 'trend' ? chart : undefined;
    const fill = (pair: Localized) => fillBoth(pair, plan, figures, trend);
    const texts = { title: fill(def.title), question: fill(def.question), ...(def.note ? { note: fill(def.note) } : {}) };
    if (def.kind === 'kpi') return { ...def, ...texts };
    const resolved = trend ? { ...trend, series: trend.series.map((s) => ({ ...s, name: fill(s.name) })) } : chart!;
    return { ...def, ...texts, chart: resolved };
  });
}

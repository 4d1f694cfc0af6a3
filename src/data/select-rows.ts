import { formatDate, formatPeriod, formatValue, QUALIFIER_NAME } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { UNITS, type UnitId } from './units';
import type { Figure, Qualifier, Source } from './schema';

/** A figure prepared for display in one language: every text a chart, tooltip or table shows. */
export interface FigureRow {
  id: string;
  name: string;
  /** Short category label (falls back to the name). */
  label: string;
  value: number;
  unit: UnitId;
  unitText: string;
  valueText: string;
  periodText: string;
  qualifier: Qualifier;
  qualifierText: string;
  kind: Figure['kind'];
  sourceText: string;
  sourceDate?: string;
  clause?: string;
  formulaText?: string;
  note?: string;
  baseline?: { value: number; valueText: string; periodText: string };
}

export interface RowContext {
  lang: Lang;
  sources: Map<string, Source>;
  figures: Map<string, Figure>;
}

export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** "天津日报 2025年12月10日 · 市数据局专场新闻发布会" */
export function formatSourceLine(source: Source | undefined, lang: Lang): string {
  if (!source) return lang === 'zh' ? '来源不明' : 'unknown source';
  const section = source.section ? ` · ${pick(source.section, lang)}` : '';
  return `${pick(source.publisher, lang)} ${formatDate(source.date, lang)}${section}`;
}

function derivedSources(figure: Figure, ctx: RowContext, seen = new Set<string>()): Source[] {
  if (seen.has(figure.id)) return [];
  seen.add(figure.id);
  if (figure.kind === 'stated') {
    const source = ctx.sources.get(figure.source.id);
    return source ? [source] : [];
  }
  return Object.values(figure.formula.inputs).flatMap((id) => {
    const input = ctx.figures.get(id);
    return input ? derivedSources(input, ctx, seen) : [];
  });
}

/** The sources a figure rests on: its own, or those of a derived figure's inputs. */
export function figureSources(figure: Figure, ctx: RowContext): Source[] {
  return [...indexById(derivedSources(figure, ctx)).values()];
}

/** "round(a - b, 1); a = 工业增加值占地区生产总值比重 31.8%; b = … 2.1个百分点" */
export function formatFormula(figure: Extract<Figure, { kind: 'derived' }>, ctx: RowContext): string {
  const parts = Object.entries(figure.formula.inputs).map(([name, id]) => {
    const input = ctx.figures.get(id);
    if (!input) return `${name} = ${id}`;
    return `${name} = ${pick(input.name, ctx.lang)} ${formatValue(input.value, input.unit, input.qualifier, ctx.lang)}`;
  });
  return [figure.formula.expr, ...parts].join('; ');
}

export function toFigureRow(figure: Figure, ctx: RowContext): FigureRow {
  const { lang } = ctx;
  const sources = figureSources(figure, ctx);
  return {
    id: figure.id,
    name: pick(figure.name, lang),
    label: pick(figure.label ?? figure.name, lang),
    value: figure.value,
    unit: figure.unit,
    unitText: UNITS[figure.unit][lang],
    valueText: formatValue(figure.value, figure.unit, figure.qualifier, lang),
    periodText: formatPeriod(figure.period, lang),
    qualifier: figure.qualifier,
    qualifierText: pick(QUALIFIER_NAME[figure.qualifier], lang),
    kind: figure.kind,
    sourceText: sources.map((s) => formatSourceLine(s, lang)).join('; ') || formatSourceLine(undefined, lang),
    sourceDate: sources[0]?.date,
    clause: figure.kind === 'stated' ? figure.source.clause : undefined,
    formulaText: figure.kind === 'derived' ? formatFormula(figure, ctx) : undefined,
    note: figure.note ? pick(figure.note, lang) : undefined,
    baseline: figure.baseline && {
      value: figure.baseline.value,
      valueText: formatValue(figure.baseline.value, figure.unit, figure.baseline.qualifier, lang),
      periodText: formatPeriod(figure.baseline.period, lang),
    },
  };
}

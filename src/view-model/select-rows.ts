import { printedDecimals } from '@/i18n/decimal';
import { formatDate, formatPeriod, formatValue, QUALIFIER_NAME } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { normalizeZhPunct } from '@/i18n/zh-punct';
import { clampLabel } from './clamp-label';
import { basisText, reasonText, statusText } from './figure-texts';
import { flagLine, revisionViews, type RevisionView } from './flag-texts';
import { figureDecimals, formulaWords } from './formula-words';
import { targetStatus, type TargetStatus } from '@/data/target-status';
import { isReposted, lowestTrust, safeWebUrl } from './trust';
import { UNITS, type UnitId } from '@/data/units';
import type { Basis, Figure, Flag, Qualifier, Source, Trust } from '@/data/schema';

/** One source of a figure, as a reader sees it: the line, and for web pages the link and trust. */
export interface SourceRef {
  id: string;
  /** "央广网 2021年1月22日 · 2020年天津市… · 转载来源" */
  text: string;
  /** "央广网": with `date`, the short source line of a tooltip. */
  publisher: string;
  date: string;
  /** Only http(s) addresses. */
  url?: string;
  /** An address that is not http(s) (refused by the schema, or unsafe): shown as text, never linked. */
  urlText?: string;
  trust?: Trust;
  reposted: boolean;
}

/** A plan target's status (on the target's row, and on its result's row in a target chart). */
export interface StatusView {
  code: TargetStatus;
  text: string;
  reasonText: string;
  /** How the result's scope relates to the target's (the goal's note). */
  note: string;
  targetId: string;
  /** The result as stated, its period, and where it was stated (a tile shows the result's source too). */
  result?: { id: string; valueText: string; periodText: string; clause?: string; sourceRefs: SourceRef[] };
}

/** A figure prepared for display in one language: every text a chart, tooltip or table shows. */
export interface FigureRow {
  id: string;
  name: string;
  /** Short category label (falls back to the name). */
  label: string;
  value: number;
  unit: UnitId;
  unitText: string;
  /** The value as stated, every printed digit ("−1.0%", "CNY 1.408373 trillion"): tooltips, tables, tiles. */
  valueText: string;
  /** The value for a label on a chart: English amounts in scale words keep three significant digits ("CNY 1.41 trillion"). */
  valueLabel: string;
  periodText: string;
  qualifier: Qualifier;
  qualifierText: string;
  kind: Figure['kind'];
  sourceText: string;
  sourceDate?: string;
  clause?: string;
  /** The formula with its inputs named: the data table's details only. */
  formulaText?: string;
  /** A derived value's inputs in words ("由超6100家与增长20.9%推算"): tooltips, tiles, export footers, CSV. */
  formulaWords: string | undefined;
  note?: string;
  baseline?: { value: number; valueText: string; periodText: string };
  /** Every source, with its web address and trust where it has them. */
  sourceRefs: SourceRef[];
  /** The first source's web address (context sources from other pages). */
  sourceUrl?: string;
  /** The lowest trust among the sources that are rated; below "high" the row is marked reposted. */
  trust?: Trust;
  basis?: Basis;
  basisText?: string;
  status?: StatusView;
  /** Preliminary, revised or estimated, where the sources say so. */
  flags?: Flag[];
  /** The flags in words, with the earlier values of a revised figure; undefined without flags. */
  flagText?: string;
  /** Earlier published values, oldest first; `value` is the one in force. */
  revisions?: RevisionView[];
  /** Why the figure is doubtful (it is kept off trend lines). */
  doubtText?: string;
}

export interface RowContext {
  lang: Lang;
  sources: Map<string, Source>;
  figures: Map<string, Figure>;
}

export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * "天津日报 2025年12月10日 · 市数据局专场新闻发布会". A web page adds its title, and a page below
 * "high" trust says "转载来源" in the line itself, so every place that prints the line (tooltips,
 * tables, slides, exported images and CSV) carries the mark.
 */
export function formatSourceLine(source: Source | undefined, lang: Lang): string {
  if (!source) return UI[lang].unknownSource;
  const section = source.section ? ` · ${pick(source.section, lang)}` : '';
  const title = source.url ? ` · ${pick(source.title, lang)}` : '';
  const reposted = isReposted(source.trust) ? ` · ${UI[lang].reposted}` : '';
  return `${pick(source.publisher, lang)} ${formatDate(source.date, lang)}${section}${title}${reposted}`;
}

export function toSourceRef(source: Source, lang: Lang): SourceRef {
  return {
    id: source.id,
    text: formatSourceLine(source, lang),
    publisher: pick(source.publisher, lang),
    date: source.date,
    url: safeWebUrl(source.url),
    urlText: source.rejectedUrl ?? (source.url && !safeWebUrl(source.url) ? source.url : undefined),
    trust: source.trust,
    reposted: isReposted(source.trust),
  };
}

/**
 * A target's status, judged against the figure its goal names. Undefined while that figure's file
 * has not loaded: a missing result must not show as "no comparable result".
 */
export function goalStatus(figure: Figure, ctx: RowContext): StatusView | undefined {
  const goal = figure.goal;
  if (!goal) return undefined;
  const result = goal.result ? ctx.figures.get(goal.result) : undefined;
  if (goal.result && !result) return undefined;
  const { status, reason } = targetStatus(figure, result, goal.direction);
  return {
    code: status,
    text: statusText(status, ctx.lang),
    reasonText: reasonText(reason, ctx.lang),
    note: pick(goal.note, ctx.lang),
    targetId: figure.id,
    result: result && {
      id: result.id,
      valueText: formatValue(result.value, result.unit, result.qualifier, ctx.lang, { decimals: figureDecimals(result) }),
      periodText: formatPeriod(result.period, ctx.lang),
      clause: result.kind === 'stated' ? normalizeZhPunct(result.source.clause) : undefined,
      sourceRefs: figureSources(result, ctx).map((s) => toSourceRef(s, ctx.lang)),
    },
  };
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
    return `${name} = ${pick(input.name, ctx.lang)} ${formatValue(input.value, input.unit, input.qualifier, ctx.lang, { decimals: figureDecimals(input) })}`;
  });
  return [figure.formula.expr, ...parts].join('; ');
}

export function toFigureRow(figure: Figure, ctx: RowContext): FigureRow {
  const { lang } = ctx;
  const sources = figureSources(figure, ctx);
  const sourceRefs = sources.map((s) => toSourceRef(s, lang));
  const decimals = figureDecimals(figure);
  const clause = figure.kind === 'stated' ? figure.source.clause : undefined;
  return {
    id: figure.id,
    name: pick(figure.name, lang),
    label: clampLabel(pick(figure.label ?? figure.name, lang), lang),
    value: figure.value,
    unit: figure.unit,
    unitText: UNITS[figure.unit][lang],
    valueText: formatValue(figure.value, figure.unit, figure.qualifier, lang, { decimals }),
    valueLabel: formatValue(figure.value, figure.unit, figure.qualifier, lang, { decimals, precision: 'readable' }),
    periodText: formatPeriod(figure.period, lang),
    qualifier: figure.qualifier,
    qualifierText: pick(QUALIFIER_NAME[figure.qualifier], lang),
    kind: figure.kind,
    sourceText: sources.map((s) => formatSourceLine(s, lang)).join('; ') || formatSourceLine(undefined, lang),
    sourceDate: sources[0]?.date,
    clause: figure.kind === 'stated' ? normalizeZhPunct(figure.source.clause) : undefined,
    formulaText: figure.kind === 'derived' ? formatFormula(figure, ctx) : undefined,
    formulaWords: formulaWords(figure, ctx.figures, lang),
    note: figure.note ? pick(figure.note, lang) : undefined,
    baseline: figure.baseline && {
      value: figure.baseline.value,
      valueText: formatValue(figure.baseline.value, figure.unit, figure.baseline.qualifier, lang, {
        decimals: printedDecimals(figure.baseline.value, clause),
      }),
      periodText: formatPeriod(figure.baseline.period, lang),
    },
    sourceRefs,
    sourceUrl: sourceRefs.find((s) => s.url)?.url,
    trust: lowestTrust(sourceRefs.map((s) => s.trust)),
    basis: figure.basis,
    basisText: figure.basis ? basisText(figure.basis, lang) : undefined,
    status: goalStatus(figure, ctx),
    ...flagFields(figure, ctx),
  };
}

function flagFields(figure: Figure, ctx: RowContext): Pick<FigureRow, 'flags' | 'flagText' | 'revisions' | 'doubtText'> {
  const revisions = revisionViews(figure, ctx.sources, ctx.lang, formatSourceLine);
  return {
    flags: figure.flags,
    flagText: flagLine(figure, revisions, ctx.lang),
    revisions: revisions.length ? revisions : undefined,
    doubtText: figure.doubt ? pick(figure.doubt, ctx.lang) : undefined,
  };
}

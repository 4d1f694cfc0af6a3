import { must } from '@/lib/must';
import { statusText } from '@/view-model/figure-texts';
import { formulaWords, figureDecimals } from '@/view-model/formula-words';
import { periodYear } from '@/data/period-year';
import type { Figure } from '@/data/schema';
import { targetStatus } from '@/data/target-status';
import { formatPeriod, formatValue } from '@/i18n/format';
import type { Lang } from '@/i18n/lang';
import { formatList, formatMessage, UI } from '@/i18n/strings';
import type { Plan } from '@/plan/plan-schema';
import { planSpan } from '@/plan/plan-text';

/**
 * Panel texts (titles, questions, notes, series names) are templates: every value, status,
 * period and plan year they mention is a placeholder filled from the data in the reader's
 * language, so revising a figure revises every sentence that cites it.
 *
 * - `{value:figure-id}`   the value with its unit and qualifier ("13.5%", "超6100家", "more than 6,100")
 * - `{target:figure-id}`  a plan target's value ("15%")
 * - `{status:figure-id}`  a plan target's status in words ("未完成" / "not met")
 * - `{period:figure-id}`  a figure's period ("2021年", "2025 Q1–Q3")
 * - `{formula:figure-id}` how a derived value was obtained ("由超6100家与增长20.9%推算")
 * - `{missingYears:N}`    the years series N (from 0) of the panel's trend has no figure for ("2021、2023年" / "2021 and 2023")
 * - `{plan.name}`, `{plan.shortName}`, `{plan.previousName}`, `{plan.previousShortName}`,
 *   `{plan.baselineYear}`, `{plan.years}` ("2021–2025"), `{plan.from}`, `{plan.to}`
 */
export const FIGURE_PLACEHOLDERS = ['value', 'target', 'status', 'period', 'formula'] as const;
export const PLAN_KEYS = ['name', 'shortName', 'previousName', 'previousShortName', 'baselineYear', 'years', 'from', 'to'] as const;

export type FigurePlaceholderKind = (typeof FIGURE_PLACEHOLDERS)[number];
export type PlanKey = (typeof PLAN_KEYS)[number];

export type Placeholder =
  | { kind: FigurePlaceholderKind; id: string; raw: string }
  | { kind: 'missingYears'; series: number; raw: string }
  | { kind: 'plan'; key: PlanKey; raw: string };

export type TemplatePart = string | Placeholder;

/** What a trend panel offers `{missingYears:N}`: its span and each series' figures. */
export interface TemplateTrend {
  from: number;
  to: number;
  series: readonly { figures: readonly string[] }[];
}

export interface TemplateData {
  lang: Lang;
  plan: Plan;
  /** The figures loaded so far; a placeholder whose figure is not among them shows "…". */
  figures: ReadonlyMap<string, Figure>;
  trend?: TemplateTrend;
}

/** Shown for a placeholder whose figure has not loaded (or does not exist: the data check names it). */
export const UNFILLED = '…';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

function parsePlaceholder(body: string, raw: string): Placeholder | string {
  if (body.startsWith('plan.')) {
    const key = body.slice('plan.'.length);
    return (PLAN_KEYS as readonly string[]).includes(key)
      ? { kind: 'plan', key: key as PlanKey, raw }
      : `unknown plan placeholder ${raw} (known: ${PLAN_KEYS.map((k) => `{plan.${k}}`).join(', ')})`;
  }
  const colon = body.indexOf(':');
  const kind = colon < 0 ? body : body.slice(0, colon);
  const arg = colon < 0 ? '' : body.slice(colon + 1);
  if (kind === 'missingYears') {
    return /^\d+$/.test(arg) ? { kind, series: Number(arg), raw } : `${raw} needs a series number: {missingYears:0}`;
  }
  if ((FIGURE_PLACEHOLDERS as readonly string[]).includes(kind)) {
    return ID.test(arg) ? { kind: kind as FigurePlaceholderKind, id: arg, raw } : `${raw} needs a figure id: {${kind}:theme.figure-id}`;
  }
  return `unknown placeholder ${raw} (known: ${[...FIGURE_PLACEHOLDERS.map((k) => `{${k}:id}`), '{missingYears:N}', '{plan.…}'].join(', ')})`;
}

/** Splits a template into text and placeholders; each malformed or unknown placeholder is an error. */
export function parseTemplate(template: string): { parts: TemplatePart[]; errors: string[] } {
  const parts: TemplatePart[] = [];
  const errors: string[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    if (/[{}]/.test(text)) errors.push(`an unmatched brace in "${text}"`);
    parts.push(text);
  };
  for (const match of template.matchAll(PLACEHOLDER)) {
    pushText(template.slice(last, match.index));
    const parsed = parsePlaceholder(must(match[1], `the inside of ${match[0]}`).trim(), match[0]);
    if (typeof parsed === 'string') {
      errors.push(parsed);
      parts.push(match[0]);
    } else parts.push(parsed);
    last = match.index + match[0].length;
  }
  pushText(template.slice(last));
  return { parts, errors };
}

/** The placeholders of a template (malformed ones left out: `parseTemplate` reports them). */
export function templatePlaceholders(template: string): Placeholder[] {
  return parseTemplate(template).parts.filter((p): p is Placeholder => typeof p !== 'string');
}

/** Removes every placeholder: the words a template writes out itself. */
export function literalText(template: string): string {
  return template.replace(PLACEHOLDER, ' ');
}

/** "2021、2023年" / "2021 and 2023"; "无" / "none" when no year is missing. */
export function yearList(years: readonly number[], lang: Lang): string {
  if (years.length === 0) return UI[lang].none;
  return formatMessage(lang, 'yearsList', { years: formatList(years.map(String), lang, 'series') });
}

function planWord(key: PlanKey, plan: Plan, lang: Lang): string {
  switch (key) {
    case 'name':
    case 'shortName':
    case 'previousName':
    case 'previousShortName':
      return plan[key][lang];
    case 'baselineYear':
    case 'from':
    case 'to':
      return String(plan[key]);
    case 'years':
      return planSpan(plan);
  }
}

/**
 * The years a trend series has no figure for, or undefined while one of its figures has not
 * loaded (a gap must not be claimed for a file still on its way).
 */
export function seriesMissingYears(trend: TemplateTrend, index: number, figures: ReadonlyMap<string, Figure>): number[] | undefined {
  const series = trend.series[index];
  if (!series) return undefined;
  const present = new Set<number>();
  for (const id of series.figures) {
    const figure = figures.get(id);
    if (!figure) return undefined;
    const placed = periodYear(figure.period);
    if (placed) present.add(placed.year);
  }
  return Array.from({ length: trend.to - trend.from + 1 }, (_, i) => trend.from + i).filter((year) => !present.has(year));
}

/** One placeholder in words, or a problem saying why it cannot be filled. */
function fillPlaceholder(p: Placeholder, data: TemplateData): { text: string; problem?: string } {
  const { lang, plan, figures } = data;
  if (p.kind === 'plan') return { text: planWord(p.key, plan, lang) };
  if (p.kind === 'missingYears') {
    if (!data.trend) return { text: UNFILLED, problem: `${p.raw} is only for a trend chart's texts` };
    if (!data.trend.series[p.series])
      return { text: UNFILLED, problem: `${p.raw}: the trend has ${data.trend.series.length} series (numbered from 0)` };
    const years = seriesMissingYears(data.trend, p.series, figures);
    return { text: years ? yearList(years, lang) : UNFILLED };
  }
  const figure = figures.get(p.id);
  if (!figure) return { text: UNFILLED, problem: `${p.raw}: no figure "${p.id}"` };
  switch (p.kind) {
    case 'value':
      return { text: formatValue(figure.value, figure.unit, figure.qualifier, lang, { decimals: figureDecimals(figure) }) };
    case 'period':
      return { text: formatPeriod(figure.period, lang) };
    case 'formula': {
      const words = formulaWords(figure, figures, lang);
      return words ? { text: words } : { text: UNFILLED, problem: `${p.raw}: "${p.id}" is a stated figure, not a derived one` };
    }
    case 'target':
    case 'status': {
      const goal = figure.goal;
      if (!goal) return { text: UNFILLED, problem: `${p.raw}: "${p.id}" is not a plan target` };
      if (p.kind === 'target')
        return { text: formatValue(figure.value, figure.unit, figure.qualifier, lang, { decimals: figureDecimals(figure) }) };
      const result = goal.result ? figures.get(goal.result) : undefined;
      if (goal.result && !result) return { text: UNFILLED };
      return { text: statusText(targetStatus(figure, result, goal.direction).status, lang) };
    }
  }
}

/**
 * Fills a template from the data in one language. Pure: the same template, data and language
 * give the same text. `problems` lists what could not be filled (an unknown placeholder or id,
 * a status asked of a figure that is no target); each shows as "…".
 */
export function fillTemplate(template: string, data: TemplateData): { text: string; problems: string[] } {
  const { parts, errors } = parseTemplate(template);
  const problems = [...errors];
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const filled = fillPlaceholder(part, data);
      if (filled.problem) problems.push(filled.problem);
      return filled.text;
    })
    .join('');
  return { text, problems };
}

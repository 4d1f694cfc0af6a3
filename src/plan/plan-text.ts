import type { Lang } from '@/i18n/lang';
import type { Plan } from './plan-schema';

/** The plan's own years, first to last: 2021…2025. */
export function planYears(plan: Plan): number[] {
  return Array.from({ length: plan.to - plan.from + 1 }, (_, i) => plan.from + i);
}

/** "2021–2025": the plan's span, the same in every language (a Chinese text adds 年 itself). */
export function planSpan(plan: Plan): string {
  return `${plan.from}–${plan.to}`;
}

/** Whether a span of years is exactly the plan period. */
export function isPlanSpan(from: number, to: number, plan: Plan): boolean {
  return from === plan.from && to === plan.to;
}

/** Whether a year is at or before the baseline (the previous plan's end), not a result of this plan. */
export function isBaselineYear(year: number, plan: Plan): boolean {
  return year <= plan.baselineYear;
}

/**
 * The words a text may take from the plan, by placeholder name: `{planName}`, `{planShortName}`,
 * `{previousPlanName}`, `{previousPlanShortName}`, `{baselineYear}`, `{planYears}`, `{planFrom}`,
 * `{planTo}`. For UI strings that mention the plan ("{baselineYear}年基数").
 */
export function planVars(plan: Plan, lang: Lang): Record<string, string> {
  return {
    planName: plan.name[lang],
    planShortName: plan.shortName[lang],
    previousPlanName: plan.previousName[lang],
    previousPlanShortName: plan.previousShortName[lang],
    baselineYear: String(plan.baselineYear),
    planYears: planSpan(plan),
    planFrom: String(plan.from),
    planTo: String(plan.to),
  };
}

/** Replaces `{name}` placeholders from `vars`; an unknown name is left as it is, so a test can find it. */
export function fillPlanVars(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

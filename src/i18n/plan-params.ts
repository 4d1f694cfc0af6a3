import { pick } from './lang';
import type { Lang } from './languages';

/**
 * The plan the dashboard reports on: its name, the years it covers, and the baseline year (the
 * last year of the plan before it). Messages name it only through placeholders
 * (`{plan}`, `{planLong}`, `{previousPlan}`, `{baselineYear}`, `{firstYear}`, `{lastYear}`), filled
 * from here, so a new plan changes these values and no message.
 */
export const CURRENT_PLAN = {
  name: { zh: '十四五', en: '14th FYP' },
  longName: { zh: '十四五', en: '14th Five-Year Plan' },
  previousName: { zh: '十三五', en: '13th FYP' },
  baselineYear: 2020,
  firstYear: 2021,
  lastYear: 2025,
} as const;

export type PlanParams = Record<'plan' | 'planLong' | 'previousPlan' | 'baselineYear' | 'firstYear' | 'lastYear', string>;

/** The plan's placeholders in one language: years as written in text ("2020", never "2,020"). */
export function planParams(lang: Lang): PlanParams {
  return {
    plan: pick(CURRENT_PLAN.name, lang),
    planLong: pick(CURRENT_PLAN.longName, lang),
    previousPlan: pick(CURRENT_PLAN.previousName, lang),
    baselineYear: String(CURRENT_PLAN.baselineYear),
    firstYear: String(CURRENT_PLAN.firstYear),
    lastYear: String(CURRENT_PLAN.lastYear),
  };
}

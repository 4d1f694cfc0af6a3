import { activePlan } from '@/plan/active-plan';
import { pick } from './lang';
import type { Lang } from './languages';

/**
 * The plan the dashboard reports on: its name, the years it covers, and the baseline year (the
 * last year of the plan before it). Messages name it only through placeholders
 * (`{plan}`, `{planLong}`, `{previousPlan}`, `{baselineYear}`, `{firstYear}`, `{lastYear}`), filled
 * from here, so a new plan changes these values and no message.
 */
export const CURRENT_PLAN = {
  // The plan in force: data/plan.json once loaded, the shipped one before (src/plan/active-plan.ts).
  get name() {
    return activePlan().shortName;
  },
  get longName() {
    return activePlan().name;
  },
  get previousName() {
    return activePlan().previousShortName;
  },
  get baselineYear() {
    return activePlan().baselineYear;
  },
  get firstYear() {
    return activePlan().from;
  },
  get lastYear() {
    return activePlan().to;
  },
};

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

/** The plan's short name as a word of a file name: "十四五" / "14th-FYP". */
export function planFileWord(lang: Lang): string {
  return pick(CURRENT_PLAN.name, lang).trim().replace(/\s+/g, '-');
}

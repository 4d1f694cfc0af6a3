import { DEFAULT_PLAN } from './default-plan';
import type { Plan } from './plan-schema';

let active: Plan = DEFAULT_PLAN;

/**
 * The plan in force for code that formats periods and filters figures without a dataset at hand
 * (formatPeriod, the period filter). The shipped plan until data/plan.json has loaded; the data
 * hook sets the loaded one before anything that draws from it renders.
 */
export function activePlan(): Plan {
  return active;
}

export function setActivePlan(plan: Plan): void {
  active = plan;
}

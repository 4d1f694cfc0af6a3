import planJson from '../../data/plan.json';
import type { Plan } from './plan-schema';

/**
 * The plan shipped with the build (data/plan.json as it was when the app was built): what code
 * uses before plan.json has loaded. The plan in force is the one loaded at run time
 * (`dataset.plan`); replacing plan.json on the server changes it without a rebuild.
 */
// Validated by `npm run check:data` and a unit test (default-plan.test.ts), not at every page load.
export const DEFAULT_PLAN: Plan = planJson;

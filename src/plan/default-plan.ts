import planJson from '../../data/plan.json';
import { validatePlanFile, type Plan } from './plan-schema';

/**
 * The plan shipped with the build (data/plan.json as it was when the app was built): what code
 * uses before plan.json has loaded. The plan in force is the one loaded at run time
 * (`dataset.plan`); replacing plan.json on the server changes it without a rebuild.
 */
export const DEFAULT_PLAN: Plan = validatePlanFile('plan.json', planJson);

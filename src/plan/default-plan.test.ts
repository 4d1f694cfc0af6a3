import { describe, expect, it } from 'vitest';
import planJson from '../../data/plan.json';
import { DEFAULT_PLAN } from './default-plan';
import { validatePlanFile } from './plan-schema';

describe('DEFAULT_PLAN', () => {
  it('is data/plan.json, which validates as it is (the page does not validate it again at start)', () => {
    expect(validatePlanFile('plan.json', planJson)).toEqual(DEFAULT_PLAN);
  });
});

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_UI } from '@/export/export-strings';
import { activePlan, setActivePlan } from '@/plan/active-plan';
import { validatePlanFile } from '@/plan/plan-schema';
import { REPORT_UI } from '@/report/report-strings';
import { planFileWord } from './plan-params';

const shipped = activePlan();
// Test data: a plan 2026–2030 (e2e/fixtures/plan-2026), never shipped.
const nextPlan = validatePlanFile(
  'plan.json',
  JSON.parse(readFileSync(new URL('../../e2e/fixtures/plan-2026/plan.json', import.meta.url), 'utf8')),
);

afterEach(() => setActivePlan(shipped));

describe('file names name the plan in force', () => {
  it('the shipped plan', () => {
    expect(planFileWord('zh')).toBe('十四五');
    expect(planFileWord('en')).toBe('14th-FYP');
    expect(EXPORT_UI.zh.zipName).toBe('天津十四五指标');
    expect(EXPORT_UI.en.allDataName).toBe('Tianjin-14th-FYP-indicators_all-data');
    expect(REPORT_UI.en.offlineFileName).toBe('tianjin-14th-fyp-dashboard-offline');
  });

  it('a new plan, with no code change', () => {
    setActivePlan(nextPlan);
    expect(EXPORT_UI.zh.wholeViewName).toBe(`天津${nextPlan.shortName.zh}指标_当前视图`);
    expect(EXPORT_UI.zh.zipName).not.toContain('十四五');
    expect(EXPORT_UI.en.zipName).not.toContain('14th');
    expect(REPORT_UI.zh.offlineFileName).not.toContain('十四五');
  });
});

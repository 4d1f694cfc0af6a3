import { describe, expect, it } from 'vitest';
import { derivedFigure, statedFigure } from '@/data/test-fixtures';
import type { Figure } from '@/data/schema';
import type { Plan } from '@/plan/plan-schema';
import { fillTemplate, parseTemplate, yearList, type TemplateData } from './note-template';

const plan: Plan = {
  name: { zh: '十五五', en: '15th Five-Year Plan' },
  shortName: { zh: '十五五', en: '15th FYP' },
  previousName: { zh: '十四五', en: '14th Five-Year Plan' },
  previousShortName: { zh: '十四五', en: '14th FYP' },
  baselineYear: 2025,
  from: 2026,
  to: 2030,
};
const fall = statedFigure({
  id: 'green.fall',
  unit: 'percent',
  value: 13.5,
  basis: 'reduction',
  period: { type: 'range', from: 2026, to: 2030 },
  source: { id: 'src-a', clause: '下降13.5%' },
});
const target = statedFigure({
  id: 'targets.target.fall',
  unit: 'percent',
  value: 15,
  basis: 'reduction',
  period: { type: 'target', from: 2026, year: 2030 },
  goal: { direction: 'higher-is-better', result: 'green.fall', note: { zh: '同口径', en: 'same scope' } },
  source: { id: 'src-a', clause: '下降15%' },
});
const firms = statedFigure({ id: 'industry.firms', value: 6100, qualifier: 'more-than', source: { id: 'src-a', clause: '超过6100家' } });
const growth = statedFigure({
  id: 'industry.growth',
  unit: 'percent',
  name: { zh: '企业数增长', en: 'Growth in firms' },
  basis: 'growth',
  value: 20.9,
  source: { id: 'src-a', clause: '增长20.9%' },
});
const before = derivedFigure({
  id: 'industry.firms-2025',
  value: 5045,
  qualifier: 'at-least',
  period: { type: 'year', year: 2025 },
  formula: { expr: 'ceil(a / (1 + b / 100))', inputs: { a: 'industry.firms', b: 'industry.growth' } },
});
const y2026 = statedFigure({ id: 'industry.y2026', period: { type: 'year', year: 2026 } });
const y2028 = statedFigure({ id: 'industry.y2028', period: { type: 'year', year: 2028 } });
const figures = new Map<string, Figure>([fall, target, firms, growth, before, y2026, y2028].map((f) => [f.id, f]));
const data = (lang: 'zh' | 'en', overrides: Partial<TemplateData> = {}): TemplateData => ({ lang, plan, figures, ...overrides });
const fill = (template: string, lang: 'zh' | 'en' = 'zh', overrides: Partial<TemplateData> = {}) =>
  fillTemplate(template, data(lang, overrides));

describe('fillTemplate', () => {
  it('writes a value with its unit and qualifier, as every other place in the app does', () => {
    expect(fill('下降{value:green.fall}').text).toBe('下降13.5%');
    expect(fill('{value:industry.firms}').text).toBe('超6100家');
    expect(fill('{value:industry.firms}', 'en').text).toBe('more than 6,100');
  });

  it('writes a target, its status in words, and a period', () => {
    expect(fill('目标{target:targets.target.fall}：{status:targets.target.fall}').text).toBe('目标15%：未完成');
    expect(fill('a target of {target:targets.target.fall}: {status:targets.target.fall}', 'en').text).toBe('a target of 15%: not met');
    expect(fill('{period:green.fall}', 'en').text).toBe('2026–2030');
    expect(fill('{period:industry.y2026}').text).toBe('2026年');
  });

  it('follows the data: a revised result changes the value and the status', () => {
    const revised = new Map(figures).set('green.fall', { ...fall, value: 15.5 });
    const template = '下降{value:green.fall}，目标{target:targets.target.fall}：{status:targets.target.fall}';
    expect(fill(template, 'zh', { figures: revised }).text).toBe('下降15.5%，目标15%：已完成');
    expect(fill(template).text).toBe('下降13.5%，目标15%：未完成');
  });

  it('says how a derived value was obtained', () => {
    expect(fill('{formula:industry.firms-2025}').text).toBe('由超6100家与增长20.9%推算');
    expect(fill('{formula:industry.firms}').problems).toEqual([
      '{formula:industry.firms}: "industry.firms" is a stated figure, not a derived one',
    ]);
  });

  it('lists the years a trend series lacks, in each language', () => {
    const trend = { from: 2025, to: 2030, series: [{ figures: ['industry.y2026', 'industry.y2028'] }] };
    expect(fill('缺{missingYears:0}', 'zh', { trend }).text).toBe('缺2025、2027、2029、2030年');
    expect(fill('lacks {missingYears:0}', 'en', { trend }).text).toBe('lacks 2025, 2027, 2029 and 2030');
    // A figure still loading: no gap is claimed for it.
    expect(fill('{missingYears:0}', 'en', { trend, figures: new Map([[y2026.id, y2026]]) }).text).toBe('…');
    expect(fill('{missingYears:1}', 'en', { trend }).problems).toEqual(['{missingYears:1}: the trend has 1 series (numbered from 0)']);
    expect(fill('{missingYears:0}').problems).toEqual(["{missingYears:0} is only for a trend chart's texts"]);
  });

  it('writes the plan’s names and years', () => {
    expect(fill('“{plan.shortName}”时期，比“{plan.previousShortName}”末（{plan.baselineYear}年）').text).toBe(
      '“十五五”时期，比“十四五”末（2025年）',
    );
    expect(fill('the {plan.name}, {plan.years} ({plan.from} to {plan.to})', 'en').text).toBe(
      'the 15th Five-Year Plan, 2026–2030 (2026 to 2030)',
    );
  });

  it('names what it cannot fill, and shows "…" in its place', () => {
    expect(fill('{value:industry.nothing}')).toEqual({ text: '…', problems: ['{value:industry.nothing}: no figure "industry.nothing"'] });
    expect(fill('{status:industry.firms}').problems).toEqual(['{status:industry.firms}: "industry.firms" is not a plan target']);
    expect(fill('{valeu:green.fall}').problems[0]).toMatch(/^unknown placeholder \{valeu:green\.fall\}/);
    expect(fill('{plan.nmae}').problems[0]).toMatch(/^unknown plan placeholder \{plan\.nmae\}/);
    expect(fill('{value:Green Fall}').problems).toEqual(['{value:Green Fall} needs a figure id: {value:theme.figure-id}']);
  });
});

describe('parseTemplate', () => {
  it('splits text and placeholders, and refuses a stray brace', () => {
    expect(parseTemplate('a{plan.to}b').parts).toEqual(['a', { kind: 'plan', key: 'to', raw: '{plan.to}' }, 'b']);
    expect(parseTemplate('a {value:x.y').errors).toEqual(['an unmatched brace in "a {value:x.y"']);
  });
});

describe('yearList', () => {
  it('joins years as each language does', () => {
    expect(yearList([2021], 'zh')).toBe('2021年');
    expect(yearList([2021], 'en')).toBe('2021');
    expect(yearList([2021, 2022], 'en')).toBe('2021 and 2022');
    expect(yearList([], 'zh')).toBe('无');
  });
});

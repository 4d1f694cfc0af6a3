import { describe, expect, it } from 'vitest';
import { MINUS } from '@/i18n/decimal';
import { figureDecimals, formulaWords, outerRoundDigits } from './formula-words';
import { readDatasetFiles } from '@/data/read-dataset-files';
import type { Figure } from '@/data/schema';
import { indexById, toFigureRow } from './select-rows';
import { derivedFigure, source, statedFigure } from '@/data/test-fixtures';

const firms = statedFigure({ id: 'i.firms', value: 6100, qualifier: 'more-than', source: { id: 'src-a', clause: '超过6100家' } });
const growth = statedFigure({
  id: 'i.growth',
  unit: 'percent',
  value: 20.9,
  name: { zh: '企业数量比“十三五”末增长', en: 'Growth in firms' },
  source: { id: 'src-a', clause: '增长20.9%' },
});
const firms2020 = derivedFigure({
  id: 'i.firms-2020',
  value: 5046,
  qualifier: 'at-least',
  formula: { expr: 'ceil(a / (1 + b / 100))', inputs: { a: 'i.firms', b: 'i.growth' } },
});
const figures = indexById<Figure>([firms, growth, firms2020]);

describe('formulaWords', () => {
  it('names the inputs as stated, never the expression', () => {
    expect(formulaWords(firms2020, figures, 'zh')).toBe('由超6100家与增长20.9%推算');
    expect(formulaWords(firms2020, figures, 'en')).toBe('derived from more than 6,100 and growth of 20.9%');
    expect(formulaWords(firms, figures, 'zh')).toBeUndefined();
  });

  it('names three inputs and counts the rest of a long sum', () => {
    const parts = ['a', 'b', 'c', 'd'].map((n, i) =>
      statedFigure({ id: `p.${n}`, unit: 'jian', value: 10 - i, source: { id: 'src-a', clause: `${10 - i}件` } }),
    );
    const all = indexById<Figure>(parts);
    const three = derivedFigure({ unit: 'jian', formula: { expr: 'a - b - c', inputs: { a: 'p.a', b: 'p.b', c: 'p.c' } } });
    const four = derivedFigure({ unit: 'jian', formula: { expr: 'a - (b + c + d)', inputs: { a: 'p.a', b: 'p.b', c: 'p.c', d: 'p.d' } } });
    expect(formulaWords(three, all, 'zh')).toBe('由10件、9件与8件推算');
    expect(formulaWords(three, all, 'en')).toBe('derived from 10 cases, 9 cases and 8 cases');
    expect(formulaWords(four, all, 'zh')).toBe('由10件与其他3个数值推算');
    expect(formulaWords(four, all, 'en')).toBe('derived from 10 cases and 3 other figures');
  });

  it('says a fall and a rise in words, and keeps printed decimals', () => {
    const fall = statedFigure({
      id: 'g.fall',
      unit: 'percent',
      value: 13,
      basis: 'reduction',
      source: { id: 'src-a', clause: '累计下降13.0%' },
    });
    const rise = statedFigure({
      id: 'g.rise',
      unit: 'pp',
      value: 2.1,
      name: { zh: '比重比“十三五”末提升', en: 'Rise in the share' },
      source: { id: 'src-a', clause: '提升2.1个百分点' },
    });
    const d = derivedFigure({ unit: 'percent', formula: { expr: 'round(a - b, 1)', inputs: { a: 'g.fall', b: 'g.rise' } } });
    const all = indexById<Figure>([fall, rise]);
    expect(formulaWords(d, all, 'zh')).toBe('由下降13.0%与提升2.1个百分点推算');
    expect(formulaWords(d, all, 'en')).toBe('derived from a fall of 13.0% and a rise of 2.1 percentage points');
  });
});

describe('figureDecimals', () => {
  it('reads a stated value’s decimals from its clause and a derived one’s from its rounding', () => {
    expect(figureDecimals(statedFigure({ unit: 'percent', value: -1, source: { id: 'src-a', clause: '上年全年为下降1.0%' } }))).toBe(1);
    expect(figureDecimals(derivedFigure({ unit: 'percent', value: 5, formula: { expr: 'round((b - a) / a * 100, 1)', inputs: {} } }))).toBe(
      1,
    );
    expect(figureDecimals(derivedFigure({ value: 5046, formula: { expr: 'ceil(a / (1 + b / 100))', inputs: {} } }))).toBe(0);
  });
  it('takes only a round that wraps the whole expression', () => {
    expect(outerRoundDigits('round((b - a) / a * 100, 1)')).toBe(1);
    expect(outerRoundDigits('round(a, 1) + round(b, 2)')).toBeUndefined();
    expect(outerRoundDigits('a * 10000')).toBeUndefined();
  });
});

describe('rows built from the dataset', () => {
  const { dataset } = readDatasetFiles('data');
  const all = dataset!.themes.flatMap((t) => t.data.figures);
  const ctx = (lang: 'zh' | 'en') => ({ lang, sources: indexById(dataset!.sources.data.sources), figures: indexById(all) });

  it('give every derived figure words without code, and no stated figure any', () => {
    for (const figure of all) {
      for (const lang of ['zh', 'en'] as const) {
        const words = toFigureRow(figure, ctx(lang)).formulaWords;
        if (figure.kind === 'stated') expect(words).toBeUndefined();
        else expect(words, figure.id).toMatch(lang === 'zh' ? /^由[^=*/()a-z_]+推算$/ : /^derived from [^=*/()_]+$/);
      }
    }
  });

  it('show a fall printed "下降1.0%" as −1.0%', () => {
    const fall = all.find((f) => f.id === 'targets.industrial-va-growth.2022')!;
    expect(toFigureRow(fall, ctx('zh')).valueText).toBe(`${MINUS}1.0%`);
    expect(toFigureRow(fall, ctx('en')).valueText).toBe(`${MINUS}1.0%`);
  });

  it('give the source publisher for the short tooltip line', () => {
    const row = toFigureRow(firms, { lang: 'zh', sources: indexById([source()]), figures });
    expect(row.sourceRefs[0]?.publisher).toBe('天津日报');
  });
});

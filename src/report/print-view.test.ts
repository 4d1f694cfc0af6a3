import { describe, expect, it } from 'vitest';
import { cssString, filtersText } from './print-data';
import { styleDeclarations, svgWithoutStyles } from './print-view';

describe('svgWithoutStyles', () => {
  it('turns style attributes into presentation attributes and drops style elements', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><style>@keyframes a{}</style><text x="1" style="font-size:12px;font-family:'Noto Sans CJK SC', sans-serif;font-weight:bold;">来源</text></svg>`;
    const out = svgWithoutStyles(svg);
    expect(out).not.toContain('style');
    expect(out).toContain(`<text x="1" font-size="12px" font-family="'Noto Sans CJK SC', sans-serif" font-weight="bold">来源</text>`);
  });

  it('ignores what is not a declaration', () => {
    expect(styleDeclarations('font-size:12px; ; bad; x y:1')).toEqual([['font-size', '12px']]);
  });
});

describe('filtersText', () => {
  it('says there is no filter', () => {
    expect(filtersText({ themes: [], period: 'all', kind: 'all', query: '' }, 'zh')).toBe('全部指标（未筛选）');
    expect(filtersText({ themes: [], period: 'all', kind: 'all', query: '' }, 'en')).toBe('All indicators (no filter)');
  });

  it('names every filter in force', () => {
    const text = filtersText({ themes: ['compute', 'industry'], period: 'results', kind: 'derived', query: '企业' }, 'zh');
    expect(text).toContain('算力、工业');
    expect(text).toContain('2021–2025年成果');
    expect(text).toContain('推算数值');
    expect(text).toContain('“企业”');
  });
});

describe('cssString', () => {
  it('escapes quotes, backslashes and line breaks', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
  });
});

import PptxGenJS from 'pptxgenjs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deckSpec } from './slide-specs';
import { allPanels, testPanel } from './office-test-data';
import { chartNumberFormat, numberFormat, repairChartXml, tileGrid, writePptx } from './write-pptx';

const facts = {
  appTitle: '天津“十四五”规划指标看板',
  filtersText: '领域：全部',
  dataDate: '2025-12-10',
  viewUrl: 'https://example.org/?lang=zh',
  exportedAt: new Date(0),
};

function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

describe('the PowerPoint file', () => {
  it('holds a title slide and one slide per panel, native charts with their numbers, and notes with the clauses', {
    timeout: 30_000,
  }, async () => {
    const panels = [testPanel('digital-revenue-growth', 'zh'), testPanel('trend-gdp', 'zh'), testPanel('data-economy-headlines', 'zh')];
    const bytes = await writePptx(PptxGenJS, deckSpec(panels, facts, 'zh'), { title: facts.appTitle });
    const xml = unzipText(bytes);
    const slides = Object.keys(xml).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(4);
    const charts = Object.entries(xml)
      .filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .map(([, text]) => text);
    expect(charts).toHaveLength(2);
    const bar = charts.find((c) => c.includes('<c:barChart>'))!;
    expect(bar).toContain('<c:v>12.3</c:v>');
    expect(bar).toContain('<c:v>10</c:v>');
    // 12.3 beside 10: each label as printed, not "10.0"; bars from zero.
    expect(bar).toContain('<c:numFmt formatCode="General" sourceLinked="0"/>');
    expect(bar).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>/);
    // One series, one colour, as on the dashboard.
    expect(bar).not.toContain('<c:dPt>');
    const line = charts.find((c) => c.includes('<c:lineChart>'))!;
    expect(line).toContain('<c:v>14083.73</c:v>');
    // 2022 and 2025 have no figure: those points are missing, not zero.
    expect(line).not.toMatch(/<c:v><\/c:v>/);
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
    const notes = Object.keys(xml)
      .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
      .map((n) => xml[n])
      .join('\n');
    expect(notes).toContain('我市数字经济核心产业规上企业营收同比增长12.3%');
    // Slides are 16:9.
    expect(xml['ppt/presentation.xml']).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    // Chinese text in the CJK face.
    expect(xml['ppt/slides/slide2.xml']).toContain('typeface="Microsoft YaHei"');
    // No hyperlinks: WPS ignores pptxgenjs's (#1014, #1262).
    expect(Object.values(xml).join('')).not.toContain('hlinkClick');
  });

  it('every chart names only axes it has', { timeout: 30_000 }, async () => {
    const bytes = await writePptx(PptxGenJS, deckSpec(allPanels('en'), facts, 'en'), { title: 'T' });
    const xml = unzipText(bytes);
    for (const [name, chart] of Object.entries(xml).filter(([n]) => n.startsWith('ppt/charts/chart'))) {
      const declared = [...chart.matchAll(/<c:(?:catAx|valAx|serAx)>\s*<c:axId val="(\d+)"/g)].map((m) => m[1]);
      const used = [...chart.matchAll(/<c:axId val="(\d+)"/g)].map((m) => m[1]);
      for (const id of used) expect(declared, name).toContain(id);
    }
    expect(Object.keys(xml).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(allPanels('en').length + 1);
  });

  it('burns the reader’s watermark into every slide, and none when it is off', { timeout: 30_000 }, async () => {
    const panels = [testPanel('digital-revenue-growth', 'zh'), testPanel('data-economy-headlines', 'zh')];
    const marked = unzipText(await writePptx(PptxGenJS, deckSpec(panels, facts, 'zh'), { title: 'T', watermark: '内部资料 · 2026-11-29' }));
    const slides = Object.keys(marked).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(3);
    for (const name of slides) expect(marked[name], name).toContain('内部资料 · 2026-11-29');
    const plain = unzipText(await writePptx(PptxGenJS, deckSpec(panels, facts, 'zh'), { title: 'T', watermark: '' }));
    for (const name of slides) expect(plain[name], name).not.toContain('内部资料');
  });
});

describe('pieces', () => {
  it('number formats keep the printed decimals', () => {
    expect(numberFormat(0)).toBe('#,##0');
    expect(numberFormat(2)).toBe('#,##0.00');
    expect(chartNumberFormat({ decimals: 1, mixedDecimals: false })).toBe('#,##0.0');
    expect(chartNumberFormat({ decimals: 1, mixedDecimals: true })).toBe('General');
  });

  it('repairs a dangling axis id and empty points', () => {
    const xml =
      '<c:barChart><c:ser><c:val><c:numCache><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt></c:numCache></c:val></c:ser><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart><c:catAx><c:axId val="1"/></c:catAx><c:valAx><c:axId val="2"/></c:valAx>';
    const out = repairChartXml(xml);
    expect(out).toContain('<c:pt idx="0"><c:v>1</c:v></c:pt></c:numCache>');
    expect(out).toContain('<c:axId val="1"/><c:axId val="2"/></c:barChart>');
  });

  it('tiles fill a grid', () => {
    expect(tileGrid(1)).toEqual({ cols: 1, rows: 1 });
    expect(tileGrid(4)).toEqual({ cols: 2, rows: 2 });
    expect(tileGrid(6)).toEqual({ cols: 3, rows: 2 });
    expect(tileGrid(8)).toEqual({ cols: 4, rows: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import type { SourceRef } from '@/view-model/select-rows';
import { row } from './test-rows';
import { rowTooltipHtml, TOOLTIP_MAX_LINES, tooltipFormatter, tooltipLines } from './tooltip';

const ref = (overrides: Partial<SourceRef> = {}): SourceRef => ({
  id: 's',
  text: '天津日报 2025年12月10日 · 市数据局专场新闻发布会',
  publisher: '天津日报',
  date: '2025-12-10',
  url: 'https://example.org/page.html',
  trust: 'high',
  reposted: false,
  ...overrides,
});

const status = { code: 'not-met' as const, text: '未完成', reasonText: '结果低于目标', note: '同口径', targetId: 't' };
const full = row({
  valueText: '13.5%',
  basisText: '降幅',
  clause: '全市规上工业万元增加值能耗累计下降13.5%',
  note: '一条说明',
  status,
  kind: 'derived',
  formulaText: 'round(a - b, 1); a = x',
  formulaWords: '由下降13.5%与3.3个百分点推算',
  sourceRefs: [ref(), ref({ id: 't', publisher: '人民网', date: '2025-01-02', reposted: true })],
});

describe('tooltipLines', () => {
  it('puts the value first, then period and qualifier, status, one source line and the words of a derivation', () => {
    const lines = tooltipLines(full, 'zh');
    expect(lines.length).toBeLessThanOrEqual(TOOLTIP_MAX_LINES);
    expect(lines[0]).toBe('<div class="chart-tooltip__value">13.5%</div>');
    expect(lines[2]).toBe('<div>2024年 · 确数 · 降幅</div>');
    expect(lines[3]).toContain('完成情况：未完成');
    expect(lines[4]).toBe('<div class="chart-tooltip__source">来源：天津日报 2025年12月10日等2个来源 · <strong>转载来源</strong></div>');
    expect(lines[5]).toContain('由下降13.5%与3.3个百分点推算');
  });

  it('leaves out addresses, clauses, formulas and notes', () => {
    const html = rowTooltipHtml(full, 'zh');
    expect(html).not.toContain('http');
    expect(html).not.toContain('全市规上工业');
    expect(html).not.toContain('round(');
    expect(html).not.toContain('一条说明');
    expect(html).not.toContain('<br');
  });

  it('stays within six lines for every kind of row, in English too', () => {
    for (const r of [row(), full, row({ sourceRefs: [ref()] })]) {
      expect(tooltipLines(r, 'en').length).toBeLessThanOrEqual(TOOLTIP_MAX_LINES);
    }
    expect(tooltipLines(full, 'en')[4]).toContain('Source: 天津日报 10 Dec 2025 and 1 more');
    expect(tooltipLines(row(), 'zh')).toHaveLength(4);
  });

  it('keeps a flag within six lines even on a derived target row', () => {
    const flagged = { ...full, flagText: '修订后的数（最初公布：约4.7%）' };
    const lines = tooltipLines(flagged, 'zh');
    expect(lines.length).toBeLessThanOrEqual(TOOLTIP_MAX_LINES);
    expect(lines[2]).toContain('修订后的数（最初公布：约4.7%）');
    const simple = tooltipLines({ ...row(), flagText: '初步数' }, 'zh');
    expect(simple[3]).toContain('初步数');
  });

  it('escapes everything that comes from data', () => {
    const evil = row({
      name: '<img src=x onerror=alert(1)>',
      valueText: '<b>1</b>',
      periodText: '"2024"',
      kind: 'derived',
      formulaWords: "由<script>推算'",
      sourceRefs: [ref({ publisher: '<a href=x>' })],
      status: { ...status, text: '<i>', reasonText: '&' },
    });
    const html = rowTooltipHtml(evil, 'zh');
    for (const raw of ['<img', '<b>1', '<script', '<a href', '<i>']) expect(html).not.toContain(raw);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;2024&quot;');
    expect(html).toContain('&amp;');
    expect(tooltipFormatter({ data: { tooltip: html } })).toBe(html);
  });

  it('shows another mark’s value and period when given', () => {
    expect(tooltipLines(row(), 'zh', { valueText: '646家', periodText: '2020年' }).slice(0, 3).join('')).toContain('646家');
  });
});

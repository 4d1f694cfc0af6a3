import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import {
  activeWatermark,
  cleanWatermark,
  escapeXml,
  parseWatermark,
  watermarkPlacements,
  watermarkTileUrl,
  WATERMARK_MAX_LENGTH,
} from './watermark';
import { watermarkElements } from './export-marks';

describe('parseWatermark', () => {
  it('is off for nothing stored or a value of the wrong shape', () => {
    expect(parseWatermark(null)).toEqual({ enabled: false, text: '' });
    expect(parseWatermark('not json')).toEqual({ enabled: false, text: '' });
    expect(parseWatermark('42')).toEqual({ enabled: false, text: '' });
    expect(parseWatermark('{"enabled":"yes","text":5}')).toEqual({ enabled: false, text: '' });
  });
  it('reads a stored setting', () => {
    expect(parseWatermark('{"enabled":true,"text":"内部资料 · 2026-11-29"}')).toEqual({ enabled: true, text: '内部资料 · 2026-11-29' });
  });
});

describe('cleanWatermark and activeWatermark', () => {
  it('keeps one line of bounded length', () => {
    expect(cleanWatermark('内部\n资料')).toBe('内部 资料');
    expect([...cleanWatermark('字'.repeat(100))]).toHaveLength(WATERMARK_MAX_LENGTH);
  });
  it('draws nothing when off or blank', () => {
    expect(activeWatermark({ enabled: false, text: '内部资料' })).toBe('');
    expect(activeWatermark({ enabled: true, text: '   ' })).toBe('');
    expect(activeWatermark({ enabled: true, text: ' 内部资料 ' })).toBe('内部资料');
  });
});

describe('watermarkPlacements', () => {
  it('covers the surface edge to edge, rows offset', () => {
    const places = watermarkPlacements(1000, 600, 300, 200);
    expect(Math.min(...places.map((p) => p.y))).toBeLessThanOrEqual(100);
    expect(Math.max(...places.map((p) => p.y))).toBeGreaterThanOrEqual(500);
    expect(Math.max(...places.map((p) => p.x))).toBeGreaterThanOrEqual(1000 - 150);
    const rows = [...new Set(places.map((p) => p.y))];
    const firstX = (y: number) => Math.min(...places.filter((p) => p.y === y).map((p) => p.x));
    expect(firstX(must(rows[0], 'the first row'))).not.toBe(firstX(must(rows[1], 'the second row')));
  });
  it('is empty for an empty surface', () => {
    expect(watermarkPlacements(0, 100, 10, 10)).toEqual([]);
  });
});

describe('watermarkElements', () => {
  it('repeats the text over the image, silent and above the chart', () => {
    const elements = watermarkElements('内部资料', 960, 540, 'light', 'sans-serif');
    expect(elements.length).toBeGreaterThan(4);
    for (const e of elements) {
      expect(e.style.text).toBe('内部资料');
      expect(e.silent).toBe(true);
      expect(e.z).toBeGreaterThan(10);
    }
  });
  it('draws nothing for no text', () => {
    expect(watermarkElements('', 960, 540, 'dark', 'sans-serif')).toEqual([]);
  });
});

describe('watermarkTileUrl', () => {
  it('escapes the text so it cannot become markup', () => {
    expect(escapeXml('<a href="x">&')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;');
    const url = decodeURIComponent(watermarkTileUrl('<script>', '#000'));
    expect(url).toContain('&lt;script&gt;');
    expect(url).not.toContain('<script>');
  });
});

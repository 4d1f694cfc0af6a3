import { describe, expect, it } from 'vitest';
import { qrDataUrl, qrModules, qrSvg, utf8Binary } from './qr';

describe('qrModules', () => {
  it('makes a square code with the three finder patterns in its corners', () => {
    const modules = qrModules('https://example.org/?lang=en&theme=compute');
    const n = modules.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect((n - 17) % 4).toBe(0);
    for (const row of modules) expect(row).toHaveLength(n);
    // A finder pattern: a 7×7 dark ring with a dark 3×3 centre.
    for (const [r0, c0] of [
      [0, 0],
      [0, n - 7],
      [n - 7, 0],
    ] as const) {
      expect(modules[r0]?.[c0]).toBe(true);
      expect(modules[r0 + 1]?.[c0 + 1]).toBe(false);
      expect(modules[r0 + 3]?.[c0 + 3]).toBe(true);
      expect(modules[r0 + 6]?.[c0 + 6]).toBe(true);
    }
  });

  it('grows with the text', () => {
    expect(qrModules('x'.repeat(300)).length).toBeGreaterThan(qrModules('x').length);
  });
});

describe('utf8Binary', () => {
  it('turns Chinese into its UTF-8 bytes', () => {
    expect([...utf8Binary('天')].map((c) => c.charCodeAt(0))).toEqual([0xe5, 0xa4, 0xa9]);
    expect(utf8Binary('abc')).toBe('abc');
  });
});

describe('qrSvg', () => {
  it('draws one unit square per dark module inside a four-module quiet zone', () => {
    const svg = qrSvg([
      [true, false],
      [false, true],
    ]);
    expect(svg).toContain('viewBox="0 0 10 10"');
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(2);
    expect(svg).toContain('M4 4h1v1h-1z');
    expect(svg).toContain('M5 5h1v1h-1z');
  });

  it('is a data URL that holds no raw markup', () => {
    expect(qrDataUrl('https://a.example/?q=<b>')).toMatch(/^data:image\/svg\+xml,%3Csvg/);
  });
});

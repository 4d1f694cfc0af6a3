import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { drawEveryChart } from './fixtures';

/**
 * Every text the charts draw, recorded from the canvas as it is drawn: no two may overlap, no
 * English line may begin or end with a fragment of a word, no Chinese line may break the
 * line-breaking rules, and slide charts must be readable from the back of a room.
 */

interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  chart: number;
}

/** Wraps the canvas text calls before the app starts: each canvas keeps the texts of its last full redraw. */
function recordCanvasText() {
  type Rec = { text: string; x: number; y: number; width: number; height: number; fontSize: number };
  const byCanvas = new Map<HTMLCanvasElement, Rec[]>();
  const proto = CanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  const clearRect = proto.clearRect;
  proto.clearRect = function (x: number, y: number, w: number, h: number) {
    // A clear of the whole canvas starts a new frame.
    if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) byCanvas.set(this.canvas, []);
    return clearRect.call(this, x, y, w, h);
  };
  proto.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
    const fontSize = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 12);
    const width = this.measureText(text).width;
    let left = x;
    if (this.textAlign === 'center') left -= width / 2;
    else if (this.textAlign === 'right' || this.textAlign === 'end') left -= width;
    let top = y;
    if (this.textBaseline === 'middle') top -= fontSize / 2;
    else if (this.textBaseline === 'bottom' || this.textBaseline === 'alphabetic' || this.textBaseline === 'ideographic') top -= fontSize;
    const m = this.getTransform();
    const list = byCanvas.get(this.canvas) ?? [];
    // Canvas pixels, scaled (not rotated) text only: ECharts draws labels upright here.
    list.push({ text, x: m.a * left + m.e, y: m.d * top + m.f, width: m.a * width, height: m.d * fontSize, fontSize: m.d * fontSize });
    byCanvas.set(this.canvas, list);
    return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
  };
  (window as unknown as { __chartTexts: () => unknown }).__chartTexts = () => {
    const out: (Rec & { chart: number })[] = [];
    let chart = 0;
    for (const [canvas, list] of byCanvas) {
      if (!canvas.isConnected) continue;
      const rect = canvas.getBoundingClientRect();
      if (rect.width === 0) continue;
      const scale = rect.width / canvas.width;
      chart += 1;
      for (const r of list) {
        if (!r.text.trim()) continue;
        out.push({
          text: r.text,
          x: r.x * scale,
          y: r.y * scale,
          width: r.width * scale,
          height: r.height * scale,
          fontSize: r.fontSize * scale,
          chart,
        });
      }
    }
    return out;
  };
}

async function chartTexts(page: Page): Promise<TextBox[]> {
  return page.evaluate(() => (window as unknown as { __chartTexts: () => TextBox[] }).__chartTexts());
}

/** Boxes that cover each other by more than a sliver (2 px each way), within one chart. */
function overlaps(boxes: readonly TextBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.chart !== b.chart) continue;
      if (a.text === b.text && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1) continue; // drawn twice
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 2 && dy > 2) found.push(`"${a.text}" × "${b.text}"`);
    }
  }
  return found;
}

/** Every word written anywhere in the data and the app's sources: a drawn token outside it is a fragment. */
function vocabulary(): Set<string> {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ts|tsx)$/.test(name) && !name.includes('.test.'))
        for (const w of readFileSync(path, 'utf8').match(/[A-Za-z]+/g) ?? []) words.add(w.toLowerCase());
    }
  };
  walk('data');
  walk('src');
  return words;
}

function fragments(boxes: readonly TextBox[], words: ReadonlySet<string>): string[] {
  const bad: string[] = [];
  for (const box of boxes) {
    const tokens = box.text.match(/[A-Za-z]+/g) ?? [];
    const edges = [tokens[0], tokens.at(-1)].filter((t): t is string => !!t);
    for (const token of edges) if (!words.has(token.toLowerCase())) bad.push(`${token} in "${box.text}"`);
  }
  return bad;
}

const CLOSING = /^[”’）》」』】〕，。、：；！？…]/;
const OPENING = /[“‘（《「『【〔]$/;

function chineseBreakFaults(boxes: readonly TextBox[]): string[] {
  return boxes
    .filter((b) => /[\u4e00-\u9fff]/.test(b.text) && (CLOSING.test(b.text.trim()) || OPENING.test(b.text.trim())))
    .map((b) => `"${b.text}"`);
}

test.describe('chart text on the dashboard', () => {
  // Every chart of the dashboard is drawn: on a busy two-core machine that takes a while.
  test.setTimeout(150_000);

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(recordCanvasText);
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`no texts collide, no word is broken, Chinese lines keep their rules (${lang}, 1440×900)`, async ({ page }) => {
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      await drawEveryChart(page);
      const boxes = await chartTexts(page);
      expect(boxes.length).toBeGreaterThan(100);
      expect(overlaps(boxes)).toEqual([]);
      if (lang === 'en') expect(fragments(boxes, vocabulary())).toEqual([]);
      expect(chineseBreakFaults(boxes)).toEqual([]);
    });
  }
});

test.describe('chart text on slides at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test.setTimeout(180_000);

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(recordCanvasText);
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`every slide: nothing collides, chart text at least 28 px (${lang})`, async ({ page }) => {
      await page.goto(`/?slide=1${lang === 'en' ? '&lang=en' : ''}`);
      await page.locator('.deck-prompt button').last().click();
      const counter = page.locator('.deck-counter');
      const total = Number((await counter.textContent())!.split('/')[1]!.trim());
      expect(total).toBeGreaterThan(30);
      const words = vocabulary();
      const problems: string[] = [];
      for (let slide = 1; slide <= total; slide++) {
        await expect(counter).toHaveText(`${slide} / ${total}`);
        const chart = page.locator('.deck-stage .chart-host');
        if ((await page.locator('.slide--chart').count()) > 0) {
          await expect(chart).toHaveAttribute('data-chart-state', 'finished');
          const boxes = await chartTexts(page);
          const title = await page.locator('.slide-title').textContent();
          for (const o of overlaps(boxes)) problems.push(`${slide} ${title}: overlap ${o}`);
          if (lang === 'en') for (const f of fragments(boxes, words)) problems.push(`${slide} ${title}: fragment ${f}`);
          for (const c of chineseBreakFaults(boxes)) problems.push(`${slide} ${title}: line break ${c}`);
          for (const b of boxes) if (b.fontSize < 27.5) problems.push(`${slide} ${title}: "${b.text}" at ${b.fontSize.toFixed(1)} px`);
        }
        if (slide < total) await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
    });
  }
});

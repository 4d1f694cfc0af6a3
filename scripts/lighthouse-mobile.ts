/**
 * Lighthouse's mobile performance audit (its default: a Moto G Power screen, simulated slow 4G
 * and a 4× slower CPU), run through its node API on the Chromium the browser tests use.
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../e2e/find-chromium';

export interface LighthouseResult {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
  /** The element Lighthouse found as the largest contentful paint, as it describes it. */
  lcpElement?: string;
}

const numeric = (lhr: { audits: Record<string, { numericValue?: number }> }, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** One cold mobile performance run of `url` in a fresh Chromium. */
export async function lighthouseMobile(url: string, saveReportTo?: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (saveReportTo) writeFileSync(saveReportTo, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const performanceCategory = lhr.categories.performance;
    if (!performanceCategory) throw new Error(`Lighthouse: no performance category in the report on ${url}`);
    const lcpItems = (
      lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined
    )?.items;
    return {
      score: Math.round((performanceCategory.score ?? 0) * 100),
      fcpMs: numeric(lhr, 'first-contentful-paint'),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      siMs: numeric(lhr, 'speed-index'),
      lcpElement: lcpItems?.[0]?.items?.[0]?.node?.snippet,
    };
  } finally {
    chrome.kill();
  }
}

// `npx tsx scripts/lighthouse-mobile.ts <url>`: one run by hand.
if (process.argv[1]?.endsWith('lighthouse-mobile.ts')) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4300/';
  console.log(JSON.stringify(await lighthouseMobile(url, process.argv[3]), null, 2));
}

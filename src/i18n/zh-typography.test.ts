import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Period } from '@/data/schema';
import { THEMES } from '@/data/themes';
import { UNITS } from '@/data/units';
import { EXPORT_UI } from '@/export/export-strings';
import { readPanels } from '@/panels/read-panels-file';
import { formatPeriod, QUALIFIER_NAME, QUALIFIER_TEXT } from './format';
import { CATALOGUES } from './messages';
import { UI } from './strings';
import { normalizeZhPunct } from './zh-punct';

const PANELS = readPanels();

/** Chinese characters and the full-width marks that sit among them. */
const CJK = '\\p{Script=Han}“”‘’（），。：；！？、《》…';
const HALF_WIDTH_BESIDE_CJK = new RegExp(`[${CJK}][,:;()?!]|[,:;()?!][${CJK}]`, 'u');
const DOUBLED_QUOTE = /““|””/;

/** "where: text" for each text that breaks GB/T 15834 in a way a reader sees. */
function problems(texts: Array<[string, string]>): string[] {
  return texts
    .filter(([, text]) => HALF_WIDTH_BESIDE_CJK.test(text) || DOUBLED_QUOTE.test(text))
    .map(([where, text]) => `${where}: ${text}`);
}

/** Every string in a strings table; functions are called with sample arguments. */
function stringsOf(value: unknown, where: string): Array<[string, string]> {
  if (typeof value === 'string') return [[where, value]];
  if (typeof value === 'function') return [[where, String(value(...Array.from({ length: value.length }, () => '样例')))]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${where}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${where}.${key}`));
  return [];
}

const PERIODS: Period[] = [
  { type: 'year', year: 2025 },
  { type: 'quarters', year: 2025, from: 1, to: 3 },
  { type: 'quarters', year: 2025, from: 2, to: 2 },
  { type: 'range', from: 2021, to: 2025 },
  { type: 'range', from: 2016, to: 2020 },
  { type: 'cumulative', through: '2025-11-30' },
  { type: 'cumulative', since: 2021, through: '2025-11' },
  { type: 'as-of', date: '2025-12-10' },
  { type: 'not-stated' },
  { type: 'target', year: 2025 },
  { type: 'target', from: 2021, year: 2025 },
] as Period[];

/** Every localized pair in a data file, and every clause (both are shown in Chinese). */
function dataTexts(value: unknown, where: string): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => dataTexts(item, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own: Array<[string, string]> = typeof record.zh === 'string' && typeof record.en === 'string' ? [[where, record.zh]] : [];
  const clauses = (['clause', 'periodClause'] as const).flatMap(
    (key): Array<[string, string]> => (typeof record[key] === 'string' ? [[`${where}.${key}`, record[key]]] : []),
  );
  const nested = Object.entries(record).flatMap(([key, item]) => dataTexts(item, `${where}.${key}`));
  return [...own, ...clauses, ...nested];
}

describe('Chinese punctuation the app shows', () => {
  it('is full-width in the interface and export strings', () => {
    // The catalogue as written and as shown (plan filled in); plural messages in every form.
    const texts = [...stringsOf(CATALOGUES.zh, 'messages/zh'), ...stringsOf(UI.zh, 'UI.zh'), ...stringsOf(EXPORT_UI.zh, 'EXPORT_UI.zh')];
    expect(texts.length).toBeGreaterThan(Object.keys(CATALOGUES.zh).length);
    expect(problems(texts)).toEqual([]);
  });

  it('is full-width in panel titles, questions, notes and series names', () => {
    const texts = PANELS.flatMap(
      (def): Array<[string, string]> => [
        [`${def.id}.title`, def.title.zh],
        [`${def.id}.question`, def.question.zh],
        ...(def.note ? ([[`${def.id}.note`, def.note.zh]] as Array<[string, string]>) : []),
        ...(def.kind === 'chart' && def.chart.kind === 'trend'
          ? def.chart.series.map((s, i): [string, string] => [`${def.id}.series[${i}]`, s.name.zh])
          : []),
      ],
    );
    expect(texts.length).toBeGreaterThan(20);
    expect(problems(texts)).toEqual([]);
  });

  it('is full-width in qualifier names, units, themes and every kind of period', () => {
    const texts: Array<[string, string]> = [
      ...Object.entries(QUALIFIER_NAME).map(([id, name]): [string, string] => [`QUALIFIER_NAME.${id}`, name.zh]),
      ...Object.entries(QUALIFIER_TEXT).map(([id, name]): [string, string] => [`QUALIFIER_TEXT.${id}`, name.zh]),
      ...Object.entries(UNITS).map(([id, unit]): [string, string] => [`UNITS.${id}`, unit.zh]),
      ...Object.entries(THEMES).map(([id, theme]): [string, string] => [`THEMES.${id}`, theme.zh]),
      ...PERIODS.map((period): [string, string] => [`formatPeriod ${JSON.stringify(period)}`, formatPeriod(period, 'zh')]),
    ];
    expect(problems(texts)).toEqual([]);
  });

  it('is full-width, once normalised, in every name, note and clause of data/', () => {
    const dir = join(process.cwd(), 'data');
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    const texts = files.flatMap((file) => dataTexts(JSON.parse(readFileSync(join(dir, file), 'utf8')), file));
    expect(texts.length).toBeGreaterThan(100);
    // The data holds the source's half-width marks verbatim; the scan proves the display fixes them all.
    expect(problems(texts).length).toBeGreaterThan(0);
    expect(problems(texts.map(([where, text]) => [where, normalizeZhPunct(text)]))).toEqual([]);
  });
});

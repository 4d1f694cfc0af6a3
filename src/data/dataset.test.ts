import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from './read-dataset-files';
import { evaluateFormula, matchesStored } from './formula';
import type { Figure } from './schema';

const DATA_DIR = join(__dirname, '../../data');
const { problems, dataset } = readDatasetFiles(DATA_DIR);
const figures: Figure[] = dataset ? dataset.themes.flatMap((t) => t.data.figures) : [];
const byId = new Map(figures.map((f) => [f.id, f]));
const value = (id: string) => {
  const figure = byId.get(id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure.value;
};
const breakdown = (id: string) => {
  const found = dataset?.themes.flatMap((t) => t.data.breakdowns ?? []).find((b) => b.id === id);
  if (!found) throw new Error(`no breakdown ${id}`);
  return found;
};
const sumOf = (ids: string[]) => ids.reduce((acc, id) => acc + value(id), 0);
const stated = figures.filter((f): f is Extract<Figure, { kind: 'stated' }> => f.kind === 'stated');
const sourceById = new Map((dataset?.sources.data.sources ?? []).map((s) => [s.id, s]));
interface ContextFact {
  id: string;
  value: number;
  quote: string;
  source_url: string;
  trust: string;
}
const contextFacts = new Map(
  (JSON.parse(readFileSync(join(DATA_DIR, 'source-texts', 'context-facts.json'), 'utf8')) as ContextFact[]).map((f) => [f.id, f]),
);

describe('the dataset in data/', () => {
  it('passes the schema and every cross-check', () => {
    expect(problems).toEqual([]);
    expect(figures.length).toBeGreaterThan(100);
  });

  it('has no duplicate ids', () => {
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it('quotes every figure from the printed page verbatim from its text', () => {
    const dir = join(DATA_DIR, 'source-texts');
    const texts = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n')
      .replace(/\s*\n\s*/g, '');
    const fromPage = stated.filter((f) => !sourceById.get(f.source.id)?.url);
    expect(fromPage.length).toBeGreaterThan(100);
    const missing = fromPage.filter((f) => !texts.includes(f.source.clause.replace(/\s*\n\s*/g, '')));
    expect(missing.map((f) => `${f.id}: ${f.source.clause}`)).toEqual([]);
  });

  // Context figures come from other web pages, each recorded in context-facts.json (copied into
  // data/source-texts/ unchanged) with its URL, verbatim quote and trust: each figure names its
  // record, and must quote it word for word, from the page its source links to.
  it('quotes every context figure verbatim from its record in context-facts.json, with the same value', () => {
    const fromWeb = stated.filter((f) => sourceById.get(f.source.id)?.url);
    expect(fromWeb.length).toBeGreaterThanOrEqual(20);
    const wrong = fromWeb.flatMap((f) => {
      const source = sourceById.get(f.source.id)!;
      const record = f.source.record ? contextFacts.get(f.source.record) : undefined;
      if (!record) return [`${f.id}: no record "${f.source.record}"`];
      const issues = [];
      if (record.quote !== f.source.clause) issues.push('clause is not the quote');
      if (record.source_url !== source.url) issues.push(`source ${source.url} is not the record's page ${record.source_url}`);
      if (record.value !== f.value) issues.push(`value ${f.value} is not ${record.value}`);
      if (record.trust !== source.trust) issues.push(`trust ${source.trust} is not ${record.trust}`);
      return issues.map((issue) => `${f.id}: ${issue}`);
    });
    expect(wrong).toEqual([]);
  });

  it('gives every context source a URL, a date and a trust rating', () => {
    const contextSources = [...new Set(stated.filter((f) => f.source.record).map((f) => f.source.id))].map((id) => sourceById.get(id)!);
    expect(contextSources.length).toBeGreaterThanOrEqual(10);
    for (const source of contextSources) {
      expect(source.url, source.id).toMatch(/^https?:\/\//);
      expect(source.date, source.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(source.trust, source.id).toBeDefined();
    }
  });

  it('recomputes every derived figure from its inputs', () => {
    const derived = figures.filter((f): f is Extract<Figure, { kind: 'derived' }> => f.kind === 'derived');
    expect(derived.length).toBeGreaterThanOrEqual(8);
    for (const figure of derived) {
      const inputs = Object.fromEntries(Object.entries(figure.formula.inputs).map(([name, id]) => [name, value(id)]));
      const computed = evaluateFormula(figure.formula.expr, inputs);
      expect(matchesStored(computed, figure.value), `${figure.id}: ${computed} vs ${figure.value}`).toBe(true);
    }
  });

  it('adds batch 20 up to 63 by district, by type and by channel', () => {
    for (const id of ['petitions.b20.by-district', 'petitions.b20.by-type', 'petitions.b20.by-channel']) {
      const b = breakdown(id);
      expect(value(b.total), id).toBe(63);
      expect(sumOf(b.members), id).toBe(63);
    }
    expect(breakdown('petitions.b20.by-district').members).toHaveLength(16);
  });

  it('shows Jinghai as a derived 0 in batch 20', () => {
    const jinghai = figures.find((f) => f.id.includes('jinghai'));
    expect(jinghai?.kind).toBe('derived');
    expect(jinghai?.value).toBe(0);
  });

  it('closes batch 11 as 23 + 19 = 42', () => {
    const b = breakdown('petitions.b11.by-status');
    expect(value(b.total)).toBe(42);
    expect(b.members.map(value)).toEqual([23, 19]);
  });

  it('keeps the two supercomputing counts apart', () => {
    const counts = figures.filter((f) => f.unit === 'xiang' && (f.value === 9000 || f.value === 8000));
    expect(counts.map((f) => f.qualifier)).toEqual(['more-than', 'more-than']);
    expect(new Set(counts.map((f) => f.kind === 'stated' && f.source.id)).size).toBe(2);
  });

  it('marks values derived from "more than" figures as bounds', () => {
    const firms2020 = figures.find((f) => f.kind === 'derived' && f.value === 5046);
    expect(firms2020?.qualifier).toBe('at-least');
  });

  it('records periods the text does not state as not stated', () => {
    const notStated = figures.filter((f) => f.period.type === 'not-stated').map((f) => f.value);
    for (const v of [31.8, 10, 99.8, 8.1]) expect(notStated).toContain(v);
  });
});

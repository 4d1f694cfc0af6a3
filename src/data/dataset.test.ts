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

describe('the dataset in data/', () => {
  it('passes the schema and every cross-check', () => {
    expect(problems).toEqual([]);
    expect(figures.length).toBeGreaterThan(100);
  });

  it('has no duplicate ids', () => {
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it('quotes every stated figure verbatim from a source text', () => {
    const dir = join(DATA_DIR, 'source-texts');
    const texts = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n')
      .replace(/\s*\n\s*/g, '');
    const missing = figures.filter((f) => f.kind === 'stated' && !texts.includes(f.source.clause.replace(/\s*\n\s*/g, '')));
    expect(missing.map((f) => `${f.id}: ${f.kind === 'stated' ? f.source.clause : ''}`)).toEqual([]);
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

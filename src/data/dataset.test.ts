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
/** The yearly context series (data/source-texts/context-series-2026-11.jsonl), one record a line. */
interface SeriesRecord {
  series: string;
  period: string;
  value: number | string | null;
  quote: string;
  url: string;
  trust: string;
}
const SERIES_FILE = 'context-series-2026-11.jsonl';
const seriesRecords = readFileSync(join(DATA_DIR, 'source-texts', SERIES_FILE), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as SeriesRecord);
const seriesRecord = (record: string | undefined) => {
  const match = record?.match(/^context-series-2026-11\.jsonl:(\d+)$/);
  return match ? seriesRecords[Number(match[1]) - 1] : undefined;
};
/**
 * The series' trust labels, as the sources README reads them: official records go on charts with
 * their source (trust "high"), reposts only with the reposted mark (below "high"); low-quality
 * reposts, unreliable pages and records without a value never.
 */
function seriesTrust(label: string): 'high' | 'reposted' | 'never' {
  if (/low quality|UNRELIABLE|not found|not retrieved|secondary blog/i.test(label)) return 'never';
  if (/^(primary official|official)/.test(label)) return 'high';
  if (/^(repost|mirror)/.test(label)) return 'reposted';
  return 'never';
}
const allRecordSources = (f: Extract<Figure, { kind: 'stated' }>) => [f.source, ...(f.revisions ?? []).map((r) => r.source)];

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
    const fromWeb = stated.filter((f) => sourceById.get(f.source.id)?.url && !seriesRecord(f.source.record));
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

  // Records of the yearly series quote whole sentences with several figures: the clause is a
  // verbatim part of the record's quote, and prints the figure's value.
  it('quotes every context-series figure verbatim from its record, from the page its source links to', () => {
    const fromSeries = stated.filter((f) => seriesRecord(f.source.record));
    expect(fromSeries.length).toBeGreaterThanOrEqual(15);
    const wrong = fromSeries.flatMap((f) => {
      const record = seriesRecord(f.source.record)!;
      const source = sourceById.get(f.source.id)!;
      const issues = [];
      if (!record.quote.includes(f.source.clause)) issues.push(`clause "${f.source.clause}" is not in the quote`);
      if (record.url !== source.url) issues.push(`source ${source.url} is not the record's page ${record.url}`);
      if (!f.source.clause.includes(String(f.value))) issues.push(`the clause does not print ${f.value}`);
      return issues.map((issue) => `${f.id}: ${issue}`);
    });
    expect(wrong).toEqual([]);
  });

  it('follows the trust rules of the series: official records as high, reposts marked, nothing from unreliable pages', () => {
    const wrong = stated.flatMap((f) =>
      allRecordSources(f).flatMap((ref) => {
        const record = seriesRecord(ref.record);
        if (!record) return [];
        const rule = seriesTrust(record.trust);
        const trust = sourceById.get(ref.id)?.trust;
        if (rule === 'never') return [`${f.id}: record "${record.trust}" must never be used`];
        if (rule === 'high' && trust !== 'high') return [`${f.id}: an official record, rated ${trust}`];
        if (rule === 'reposted' && (trust === 'high' || trust === undefined)) return [`${f.id}: a repost without the reposted mark`];
        return record.value === null ? [`${f.id}: a record with no value`] : [];
      }),
    );
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

  it('marks values derived from "more than" figures as bounds: at least 5045 firms in 2020, not 5046', () => {
    const firms2020 = byId.get('industry.above-size-firms-2020');
    expect(firms2020?.qualifier).toBe('at-least');
    // 6101 ÷ 5045 = 1.2093, which prints as 20.9%: 5045 is allowed, so the bound is 5045.
    expect(firms2020?.value).toBe(5045);
    expect(Math.round((6101 / 5045 - 1) * 1000) / 10).toBe(20.9);
    expect(Math.round((6101 / 5044 - 1) * 1000) / 10).not.toBe(20.9);
  });

  it('reads "以上" as at least, never as more than', () => {
    // "3/4以上", "两位数以上", "300家以上", "6%以上", "11.5%以上"
    const ids = [
      'industry.enterprise-rd-share',
      'industry.emerging-chains-annual-growth',
      'targets.target.green-units-all-levels',
      'targets.target.industrial-va-growth',
      'targets.target.non-fossil-share',
    ];
    for (const id of ids) expect(byId.get(id)?.qualifier, id).toBe('at-least');
  });

  it('counts batches, editions and years in their own units, not 个', () => {
    expect(byId.get('data-economy.authorised-operation-batches')?.unit).toBe('pi');
    expect(byId.get('data-economy.contest-editions')?.unit).toBe('jie');
    expect(byId.get('green.tech-renovation-pilot-approvals')?.unit).toBe('nian');
  });

  it('claims nothing in a note that the text does not say', () => {
    const notes = (id: string) => JSON.stringify([byId.get(id)?.note, byId.get(id)?.name]);
    expect(notes('petitions.b20.problems-total')).not.toMatch(/巧合|coincidence/);
    expect(notes('industry.mfg-innovation-centres')).not.toMatch(/^.*"zh":"其中现代中药/);
    expect(notes('industry.mfg-innovation-centres')).not.toMatch(/Includes the modern Chinese-medicine centre/);
    expect(notes('industry.airbus-deliveries')).not.toMatch(
      /delivered by the Airbus|空客天津总装线累计交付|since the Airbus Tianjin line opened/,
    );
  });

  it('models the stated figures of the page that are not yet elsewhere', () => {
    expect(value('compute.supercomputers')).toBe(2);
    expect(value('industry.bth-cluster-directions')).toBe(5);
    expect(value('industry.cart-indications')).toBe(2);
    expect(value('industry.mfg-innovation-centre-tcm-national')).toBe(1);
    const threshold = byId.get('industry.major-project-investment-threshold');
    expect([threshold?.value, threshold?.unit, threshold?.qualifier]).toEqual([100, 'yi-yuan', 'at-least']);
  });

  it('keeps the 2024 GDP growth in force (5.1%) and its first release (about 4.7%) as a revision', () => {
    const growth = byId.get('targets.gdp-growth.2024')!;
    expect(growth.value).toBe(5.1);
    expect(growth.flags).toEqual(['revised']);
    expect(growth.revisions?.map((r) => [r.value, r.qualifier, sourceById.get(r.source.id)?.date])).toEqual([[4.7, 'about', '2025-01-14']]);
  });

  it('gives 2025 GDP growth as the full year, from the official report', () => {
    const growth = byId.get('targets.gdp-growth.2025')!;
    expect(growth.period).toEqual({ type: 'year', year: 2025 });
    expect(growth.value).toBe(4.8);
    expect(sourceById.get((growth as Extract<Figure, { kind: 'stated' }>).source.id)?.trust).toBe('high');
  });

  it('takes nothing from a page the series calls low quality or unreliable', () => {
    const urls = new Set([...sourceById.values()].map((s) => s.url));
    for (const record of seriesRecords.filter((r) => seriesTrust(r.trust) === 'never' && r.url))
      expect(urls.has(record.url), `${record.series} ${record.period}`).toBe(false);
  });

  it('records periods the text does not state as not stated', () => {
    const notStated = figures.filter((f) => f.period.type === 'not-stated').map((f) => f.value);
    for (const v of [31.8, 10, 99.8, 8.1]) expect(notStated).toContain(v);
  });

  it('gives the press-conference figures no date the clause does not print', () => {
    for (const id of [
      'compute.intelligent-compute',
      'compute.intelligent-compute-p',
      'compute.scheduling-platform-compute',
      'compute.supercomputing-internet-centres',
      'compute.supercomputing-internet-products',
      'compute.tianhe3-performance',
      'industry.above-size-firms',
      'industry.above-size-firms-growth',
      'industry.key-chains',
      'industry.bth-chain-maps',
      'industry.bth-beijing-oem-suppliers',
      'industry.single-champions-new-list',
    ])
      expect(byId.get(id)?.period.type, id).toBe('not-stated');
    // "“十四五”时期,全市企业技术中心由646家增长到728家": the plan period.
    for (const id of ['industry.tech-centres', 'industry.tech-centres-national'])
      expect(byId.get(id)?.period, id).toEqual({ type: 'range', from: 2021, to: 2025 });
    // No as-of day is left that its text does not print.
    const asOf = stated.filter((f) => f.period.type === 'as-of');
    for (const f of asOf) {
      const text = `${f.source.clause} ${f.source.periodClause ?? ''}`;
      const [, m, d] = (f.period as { date: string }).date.split('-').map(Number);
      expect(text.includes(`${m}月${d}日`) || /目前/.test(text), f.id).toBe(true);
    }
  });

  it('quotes every period clause verbatim from its source', () => {
    const dir = join(DATA_DIR, 'source-texts');
    const texts = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n')
      .replace(/\s*\n\s*/g, '');
    const withPeriodClause = stated.filter((f) => f.source.periodClause);
    expect(withPeriodClause.length).toBeGreaterThan(20);
    expect(withPeriodClause.filter((f) => !texts.includes(f.source.periodClause!)).map((f) => f.id)).toEqual([]);
  });

  it('writes Chinese notes, names and labels with full-width punctuation (quotes of the source stay as printed)', () => {
    const texts: { id: string; zh: string }[] = [];
    for (const f of figures) {
      for (const localized of [f.name, f.label, f.note, f.doubt, f.goal?.note, f.period.type === 'not-stated' ? f.period.note : undefined])
        if (localized) texts.push({ id: f.id, zh: localized.zh });
    }
    for (const source of sourceById.values())
      for (const localized of [source.note, source.publisher]) if (localized) texts.push({ id: source.id, zh: localized.zh });
    const ascii = /[\u3400-\u9fff][,:;()]|[,:;()][\u3400-\u9fff]/;
    const wrong = texts.filter(({ zh }) => ascii.test(zh.replace(/“[^”]*”/g, '“”')));
    expect(wrong.map(({ id, zh }) => `${id}: ${zh}`)).toEqual([]);
  });
});

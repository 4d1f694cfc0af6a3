import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { source } from './test-fixtures';
import { validateSourcesFile } from './validate-file';

/** The problems of one record, without the "(source …)" each message ends with. */
function problemsOf(overrides: Record<string, unknown>): string[] {
  const loaded = validateSourcesFile('sources.json', { sources: [{ ...source(), ...overrides }] });
  return (loaded.problems ?? []).map(formatProblem).map((line) => line.replace(/ \(source [^)]*\)$/, ''));
}

describe('context sources in the schema', () => {
  it('accepts a web page with its URL and trust, dated as precisely as the page shows', () => {
    expect(problemsOf({ url: 'https://www.bjo.gov.hk/tc/trade/doing_business/tianjin.html', trust: 'high', date: '2025' })).toEqual([]);
    expect(problemsOf({ url: 'http://example.com/a', trust: 'medium', date: '2025-01' })).toEqual([]);
  });

  it('refuses links that are not web pages', () => {
    expect(problemsOf({ url: 'javascript:alert(1)' })).toEqual(['sources.json: sources.0.url: must be an http or https URL']);
  });

  it('refuses impossible dates and unknown trust ratings', () => {
    expect(problemsOf({ date: '2025-02-30' })).toEqual(['sources.json: sources.0.date: is not a day of the calendar']);
    expect(problemsOf({ date: '2025-13' })[0]).toMatch(/^sources\.json: sources\.0\.date: must be a date YYYY-MM-DD/);
    expect(problemsOf({ trust: 'low' })).toEqual(['sources.json: sources.0.trust: unknown trust "low"']);
  });
});

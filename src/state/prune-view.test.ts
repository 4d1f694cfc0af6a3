import { describe, expect, it } from 'vitest';
import { normalizeQuery, parseViewParams, serializeViewParams } from './url-state';
import { unknownViewIds } from './prune-view';
import { DEFAULT_VIEW } from './view-store';

const panels = new Set(['industry-kpis', 'compute-bars']);
const figures = new Set(['compute.vouchers']);

describe('unknownViewIds', () => {
  it('drops a panel that does not exist at once, and a selection of no figure once the data has loaded', () => {
    expect(unknownViewIds({ selection: null, only: 'nope' }, { panels })).toEqual({ only: null });
    expect(unknownViewIds({ selection: 'nothing.here', only: null }, { panels })).toEqual({});
    expect(unknownViewIds({ selection: 'nothing.here', only: null }, { panels, figures })).toEqual({ selection: null });
  });

  it('judges a panel only once the panel definitions have loaded', () => {
    expect(unknownViewIds({ selection: null, only: 'nope' }, { figures })).toEqual({});
  });

  it('keeps what exists', () => {
    expect(unknownViewIds({ selection: 'compute.vouchers', only: 'compute-bars' }, { panels, figures })).toEqual({});
  });

  it('leaves a URL that, once pruned, says what the view shows', () => {
    const view = parseViewParams('?slide=2&only=nope&sel=nothing.here');
    const pruned = { ...view, ...unknownViewIds(view, { panels, figures }) };
    expect(serializeViewParams(pruned)).toBe('slide=2');
  });
});

describe('invisible queries', () => {
  it('treats a query of only invisible characters as empty, and keeps the visible ones', () => {
    expect(normalizeQuery('\u200B')).toBe('');
    expect(normalizeQuery(' \u200B\u2060\uFEFF ')).toBe('');
    expect(normalizeQuery('东\u200B丽')).toBe('东丽');
    expect(serializeViewParams({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, query: '\u200B' } })).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { THEME_IDS, type ThemeId } from '@/data/themes';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { parseViewParams, serializeViewParams } from './url-state';
import { DEFAULT_VIEW, type ViewState } from './view-store';

/** The default view with some fields (and some filters) changed. */
function view(change: Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<Filters> } = {}): ViewState {
  const { filters, ...rest } = change;
  return { ...DEFAULT_VIEW, ...rest, filters: { ...DEFAULT_FILTERS, ...filters } };
}

const SEL = 'petitions.b20.district.dongli';
const SCRIPT = '<script>alert(1)</script>';
const SCRIPT_ENCODED = encodeURIComponent(SCRIPT);

describe('round trip', () => {
  const views: [string, ViewState][] = [
    ['the default view', DEFAULT_VIEW],
    ['English, dark', view({ lang: 'en', scheme: 'dark' })],
    ['a Chinese search', view({ filters: { query: '数字经济 增加值' } })],
    ['every theme', view({ filters: { themes: [...THEME_IDS] } })],
    ['one theme and a selection', view({ filters: { themes: ['petitions'] }, selection: SEL })],
    [
      'everything changed',
      view({
        lang: 'en',
        scheme: 'light',
        filters: { themes: ['compute', 'green', 'dongli'], period: 'results', kind: 'derived', query: 'a+b & c=d, 100%' },
        selection: 'industry.output-value',
      }),
    ],
    ['a search with emoji and symbols', view({ filters: { query: '💩 #1 ?x=y/z 天津' } })],
    ['a search of exactly 100 characters', view({ filters: { query: '数'.repeat(100) } })],
    ['a selection of exactly 120 characters', view({ selection: 'a'.repeat(120) })],
  ];

  it.each(views)('%s', (_, v) => {
    expect(parseViewParams(serializeViewParams(v))).toEqual(v);
    expect(parseViewParams(`?${serializeViewParams(v)}`)).toEqual(v);
  });

  it('holds for every combination of lang, scheme, period and kind', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const scheme of ['system', 'light', 'dark'] as const)
        for (const period of ['all', 'baseline', 'results'] as const)
          for (const kind of ['all', 'stated', 'derived'] as const) {
            const v = view({ lang, scheme, filters: { period, kind } });
            expect(parseViewParams(serializeViewParams(v))).toEqual(v);
          }
  });

  it('holds for each theme alone', () => {
    for (const theme of THEME_IDS) {
      const v = view({ filters: { themes: [theme] } });
      expect(parseViewParams(serializeViewParams(v))).toEqual(v);
    }
  });
});

describe('serializeViewParams', () => {
  it('gives an empty string for the default view', () => {
    expect(serializeViewParams(DEFAULT_VIEW)).toBe('');
    expect(serializeViewParams(view({ lang: 'zh', scheme: 'system', filters: { period: 'all', kind: 'all', query: '' } }))).toBe('');
  });

  it.each<[string, ViewState, string]>([
    ['lang', view({ lang: 'en' }), 'lang=en'],
    ['scheme', view({ scheme: 'dark' }), 'scheme=dark'],
    ['themes', view({ filters: { themes: ['compute', 'green'] } }), 'themes=compute%2Cgreen'],
    ['period', view({ filters: { period: 'baseline' } }), 'period=baseline'],
    ['kind', view({ filters: { kind: 'derived' } }), 'kind=derived'],
    ['q', view({ filters: { query: '数据' } }), 'q=%E6%95%B0%E6%8D%AE'],
    ['q with spaces', view({ filters: { query: 'a b+c' } }), 'q=a+b%2Bc'],
    ['sel', view({ selection: SEL }), `sel=${SEL}`],
  ])('writes %s alone', (_, v, expected) => {
    expect(serializeViewParams(v)).toBe(expected);
  });

  it('writes parameters in a fixed order and never writes v', () => {
    const v = view({
      selection: SEL,
      filters: { query: 'x', kind: 'stated', period: 'results', themes: ['green'] },
      scheme: 'light',
      lang: 'en',
    });
    expect(serializeViewParams(v)).toBe(`lang=en&scheme=light&themes=green&period=results&kind=stated&q=x&sel=${SEL}`);
  });

  it('writes themes in dashboard order, each once', () => {
    const v = view({ filters: { themes: ['petitions', 'compute', 'petitions', 'data-economy'] } });
    expect(serializeViewParams(v)).toBe('themes=data-economy%2Ccompute%2Cpetitions');
  });

  it('writes the normalised search text and leaves out what the URL cannot hold', () => {
    expect(serializeViewParams(view({ filters: { query: '  数据\u0000 ' } }))).toBe('q=%E6%95%B0%E6%8D%AE');
    expect(serializeViewParams(view({ filters: { query: ' \t ' } }))).toBe('');
    expect(serializeViewParams(view({ selection: 'Not An Id' }))).toBe('');
    expect(serializeViewParams(view({ selection: 'a'.repeat(121) }))).toBe('');
    expect(serializeViewParams(view({ filters: { themes: ['nope' as ThemeId] } }))).toBe('');
  });

  it('is stable: serialising the parsed URL gives the same URL', () => {
    const v = view({ lang: 'en', filters: { themes: ['green', 'compute'], query: '  天津 ' }, selection: SEL });
    const once = serializeViewParams(v);
    expect(serializeViewParams(parseViewParams(once))).toBe(once);
  });
});

describe('parseViewParams', () => {
  it('reads an empty query as the default view', () => {
    expect(parseViewParams('')).toEqual(DEFAULT_VIEW);
    expect(parseViewParams('?')).toEqual(DEFAULT_VIEW);
  });

  it.each<[string, ViewState]>([
    ['lang=en', view({ lang: 'en' })],
    ['scheme=light', view({ scheme: 'light' })],
    ['scheme=dark', view({ scheme: 'dark' })],
    ['scheme=system', view({ scheme: 'system' })],
    ['themes=industry', view({ filters: { themes: ['industry'] } })],
    ['themes=industry,green', view({ filters: { themes: ['industry', 'green'] } })],
    ['themes=industry%2Cgreen', view({ filters: { themes: ['industry', 'green'] } })],
    ['period=baseline', view({ filters: { period: 'baseline' } })],
    ['period=results', view({ filters: { period: 'results' } })],
    ['kind=stated', view({ filters: { kind: 'stated' } })],
    ['kind=derived', view({ filters: { kind: 'derived' } })],
    ['q=%E6%95%B0%E6%8D%AE', view({ filters: { query: '数据' } })],
    ['q=数据', view({ filters: { query: '数据' } })],
    ['q=a+b%2Bc', view({ filters: { query: 'a b+c' } })],
    [`sel=${SEL}`, view({ selection: SEL })],
    ['v=1', DEFAULT_VIEW],
  ])('reads %s alone', (search, expected) => {
    expect(parseViewParams(search)).toEqual(expected);
    expect(parseViewParams(`?${search}`)).toEqual(expected);
  });

  it('puts themes in dashboard order and drops duplicates', () => {
    expect(parseViewParams('themes=petitions,compute,petitions,data-economy').filters.themes).toEqual([
      'data-economy',
      'compute',
      'petitions',
    ]);
    expect(parseViewParams(`themes=${[...THEME_IDS].reverse().join(',')}`).filters.themes).toEqual([...THEME_IDS]);
  });

  it('normalises the search text', () => {
    expect(parseViewParams('q=++%E3%80%80%E5%A4%A9%E6%B4%A5%E3%80%80++').filters.query).toBe('天津');
    expect(parseViewParams(`q=${'a'.repeat(150)}`).filters.query).toBe('a'.repeat(100));
    // 100 characters are 100 code points: no emoji is cut in half.
    expect(parseViewParams(`q=${encodeURIComponent('💩'.repeat(101))}`).filters.query).toBe('💩'.repeat(100));
    // Truncation does not leave a trailing space.
    expect(parseViewParams(`q=${'a'.repeat(99)}+b`).filters.query).toBe('a'.repeat(99));
  });

  it('does not throw on input that is not a string', () => {
    for (const bad of [undefined, null, 42, {}, ['lang=en']]) {
      expect(parseViewParams(bad as unknown as string)).toEqual(DEFAULT_VIEW);
    }
  });

  const huge = '9'.repeat(400);
  /** Malformed input → the exact view it must give: the bad parameter falls back, the others stay. */
  const malformed: [string, ViewState][] = [
    // wrong values and types
    ['lang=fr', DEFAULT_VIEW],
    ['lang=EN', DEFAULT_VIEW],
    ['lang=+en', DEFAULT_VIEW],
    ['lang=1', DEFAULT_VIEW],
    ['scheme=blue', DEFAULT_VIEW],
    ['scheme=true', DEFAULT_VIEW],
    ['themes=1,2', DEFAULT_VIEW],
    ['themes=nope', DEFAULT_VIEW],
    ['themes=compute,COMPUTE,nope,,', view({ filters: { themes: ['compute'] } })],
    ['themes=constructor,__proto__', DEFAULT_VIEW],
    ['themes=toString,hasOwnProperty,compute', view({ filters: { themes: ['compute'] } })],
    ['themes[]=compute', DEFAULT_VIEW],
    ['period=2020', DEFAULT_VIEW],
    ['period=1e999999', DEFAULT_VIEW],
    [`period=${huge}`, DEFAULT_VIEW],
    ['kind=-1', DEFAULT_VIEW],
    ['kind=NaN', DEFAULT_VIEW],
    [`kind=${huge}&lang=en`, view({ lang: 'en' })],
    [
      'sel=12345678901234567890123456789012345678901234567890e308',
      view({ selection: '12345678901234567890123456789012345678901234567890e308' }),
    ],
    // empty values and empty keys
    ['lang=', DEFAULT_VIEW],
    ['lang', DEFAULT_VIEW],
    ['themes=', DEFAULT_VIEW],
    ['q=', DEFAULT_VIEW],
    ['sel=', DEFAULT_VIEW],
    ['?&&&', DEFAULT_VIEW],
    ['?=x', DEFAULT_VIEW],
    ['?==&lang=en', view({ lang: 'en' })],
    ['&&lang=en&&', view({ lang: 'en' })],
    ['??lang=en', DEFAULT_VIEW],
    // unknown and repeated keys
    ['foo=bar&lang=en', view({ lang: 'en' })],
    ['LANG=en&Scheme=dark', DEFAULT_VIEW],
    ['__proto__=x&constructor=y&lang=en', view({ lang: 'en' })],
    [`x=${'a'.repeat(100_000)}&lang=en`, view({ lang: 'en' })],
    [`${'k'.repeat(10_000)}=1&lang=en`, view({ lang: 'en' })],
    ['lang=en&lang=zh', view({ lang: 'en' })],
    ['lang=fr&lang=en', DEFAULT_VIEW],
    ['themes=compute&themes=green', view({ filters: { themes: ['compute'] } })],
    ['sel=a.b&sel=c.d', view({ selection: 'a.b' })],
    // absurdly long
    [`q=${'a'.repeat(10_000)}`, DEFAULT_VIEW],
    [`q=${'a'.repeat(10_000)}&kind=stated`, view({ filters: { kind: 'stated' } })],
    [`themes=${'compute,'.repeat(2000)}`, DEFAULT_VIEW],
    [`sel=${'a'.repeat(121)}`, DEFAULT_VIEW],
    [`sel=${'a.'.repeat(1000)}a`, DEFAULT_VIEW],
    // broken percent-encoding: only that parameter is lost
    ['q=%E4%ZZ', DEFAULT_VIEW],
    ['lang=en&q=%E4%ZZ&kind=stated', view({ lang: 'en', filters: { kind: 'stated' } })],
    ['q=%', DEFAULT_VIEW],
    ['lang=%', DEFAULT_VIEW],
    ['q=100%', DEFAULT_VIEW],
    ['q=%E4%B8', DEFAULT_VIEW],
    ['q=%ED%A0%80', DEFAULT_VIEW],
    ['sel=%C0%AF', DEFAULT_VIEW],
    ['%ZZ=1&lang=en', view({ lang: 'en' })],
    ['%=1&scheme=dark', view({ scheme: 'dark' })],
    ['l%61ng=en', view({ lang: 'en' })],
    // script fragments in every parameter; in q it is plain search text, shown escaped by React
    [`lang=${SCRIPT}`, DEFAULT_VIEW],
    [`scheme=${SCRIPT_ENCODED}`, DEFAULT_VIEW],
    [`themes=${SCRIPT},compute`, view({ filters: { themes: ['compute'] } })],
    [`period=${SCRIPT}`, DEFAULT_VIEW],
    [`kind=${SCRIPT_ENCODED}`, DEFAULT_VIEW],
    [`q=${SCRIPT}`, view({ filters: { query: SCRIPT } })],
    [`q=${SCRIPT_ENCODED}`, view({ filters: { query: SCRIPT } })],
    [`sel=${SCRIPT}`, DEFAULT_VIEW],
    [`v=${SCRIPT}&lang=en`, DEFAULT_VIEW],
    [`${SCRIPT}=1&lang=en`, view({ lang: 'en' })],
    ['sel=javascript:alert(1)', DEFAULT_VIEW],
    // selections that are not ids
    ['sel=../../etc', DEFAULT_VIEW],
    ['sel=..%2F..%2Fetc%2Fpasswd', DEFAULT_VIEW],
    ['sel=__proto__', DEFAULT_VIEW],
    ['sel=Petitions.B20', DEFAULT_VIEW],
    ['sel=a..b', DEFAULT_VIEW],
    ['sel=.a', DEFAULT_VIEW],
    ['sel=a.b%20', DEFAULT_VIEW],
    // versions
    ['v=2&lang=en&scheme=dark', DEFAULT_VIEW],
    ['lang=en&v=2', DEFAULT_VIEW],
    ['v=abc&lang=en', DEFAULT_VIEW],
    ['v=%ZZ&lang=en', DEFAULT_VIEW],
    ['v=1.0&lang=en', DEFAULT_VIEW],
    ['v=1&lang=en', view({ lang: 'en' })],
    ['v=&lang=en', view({ lang: 'en' })],
    ['v=1&v=2&lang=en', view({ lang: 'en' })],
    // unicode garbage, control characters, null bytes
    ['lang=%F0%9F%92%A9', DEFAULT_VIEW],
    ['themes=%E6%95%B0%E6%8D%AE', DEFAULT_VIEW],
    ['q=%F0%9F%92%A9', view({ filters: { query: '💩' } })],
    ['q=%EF%BF%BD%EF%BF%BF', view({ filters: { query: '\uFFFD\uFFFF' } })],
    // A bidi override is an invisible format character: dropped, the text kept.
    ['q=%E2%80%AEevil', view({ filters: { query: 'evil' } })],
    // Only invisible characters (zero-width space, joiner, BOM, word joiner): an empty query.
    ['q=%E2%80%8B', view()],
    ['q=%E2%80%8B%E2%80%8D%EF%BB%BF%E2%81%A0', view()],
    ['q=%00', DEFAULT_VIEW],
    ['q=a%00b%0A%0D%09%7F%C2%85%C2%9Fc', view({ filters: { query: 'abc' } })],
    ['lang=en%00', DEFAULT_VIEW],
    ['sel=a.b%00', DEFAULT_VIEW],
    ['%00lang=en', DEFAULT_VIEW],
    ['themes=compute%00,green', view({ filters: { themes: ['green'] } })],
  ];

  it(`has at least 30 malformed cases (${malformed.length})`, () => {
    expect(malformed.length).toBeGreaterThanOrEqual(30);
  });

  const short = (search: string) => (search.length > 60 ? `${search.slice(0, 57)}… (${search.length} chars)` : search);
  it.each(malformed.map(([search, expected]) => [short(search), search, expected] as const))('%s', (_, search, expected) => {
    expect(() => parseViewParams(search)).not.toThrow();
    expect(parseViewParams(search)).toEqual(expected);
  });
});

describe('presenter parameters', () => {
  it('round-trips a slide, a single panel, the deck scheme and the stage', () => {
    for (const v of [
      view({ slide: 3 }),
      view({ slide: 1, only: 'petitions-by-district' }),
      view({ slide: 12, deckScheme: 'light', stage: 'contain' }),
      view({ stage: 'fill-width' }),
      view({ stage: 'fill-height', canvas: '5760x1080' }),
      view({ stage: 'contain', canvas: '6656x1792' }),
    ]) {
      expect(parseViewParams(serializeViewParams(v))).toEqual(v);
    }
    expect(serializeViewParams(view({ slide: 3, only: 'sco-projects' }))).toBe('slide=3&only=sco-projects');
    // The default canvas stays out of the URL; a garbage canvas falls back to it.
    expect(serializeViewParams(view({ stage: 'contain' }))).toBe('stage=contain');
    expect(parseViewParams('canvas=9x9').canvas).toBe('1920x1080');
    expect(parseViewParams('canvas=3840×2160').canvas).toBe('3840x2160');
  });

  it('keeps defaults out of the URL', () => {
    expect(serializeViewParams(view({ deckScheme: 'dark', stage: 'fit' }))).toBe('');
  });

  it.each([
    ['slide=0', view()],
    ['slide=-1', view()],
    ['slide=1.5', view()],
    ['slide=1000', view()],
    ['slide=99999999999999999999', view()],
    ['slide=03', view()],
    ['slide=abc', view()],
    ['slide=%E4%ZZ', view()],
    ['only=sco-projects', view()],
    ['slide=2&only=<script>', view({ slide: 2 })],
    ['deck=blue', view()],
    ['stage=stretch', view()],
    ['slide=999', view({ slide: 999 })],
    ['patterns=yes', view()],
    ['patterns=1', view({ patterns: true })],
  ])('falls back on %s', (search, expected) => {
    expect(parseViewParams(search)).toEqual(expected);
  });
});

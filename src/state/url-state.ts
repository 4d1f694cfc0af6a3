import { ID_PATTERN } from '@/data/file-names';
import { THEME_IDS, type ThemeId } from '@/data/themes';
import { LANGS } from '@/i18n/lang';
import type { Filters, KindFilter, PeriodFilter } from './filters';
import { canvasText, parseCanvas } from './canvas-size';
import { DEFAULT_VIEW, type DeckScheme, type SchemePreference, type StageMode, type ViewState } from './view-store';

/*
 * The view as a URL query string, e.g. `?lang=en&themes=compute,green&sel=compute.vouchers`.
 * Only values that differ from DEFAULT_VIEW are written, so the default view has a bare URL.
 * Reading never throws: a link may be hand-edited, truncated by a chat client or hostile, and a bad
 * parameter must cost only itself (it falls back to its default), never the page.
 */

/** The only format version. A missing `v` means this one; a link from a newer format is ignored whole. */
const VERSION = '1';
/** Longer raw (still encoded) values are junk, not views: they are dropped before decoding. */
const MAX_RAW_VALUE = 2048;
const MAX_RAW_KEY = 32;
export const MAX_QUERY_LENGTH = 100;
export const MAX_SELECTION_LENGTH = 120;

/** How one field of the view is written to, and read from, one query parameter. */
interface Param<T> {
  key: string;
  /** What a (decoded) parameter value stands for, or undefined when it is not valid. */
  parse: (text: string) => T | undefined;
  /** The canonical text for a value, or undefined when the URL cannot hold it. */
  format: (value: T) => string | undefined;
}

/** The view with the filters flattened: one field per query parameter. */
type UrlFields = Flat<Omit<ViewState, 'filters'> & Filters>;
/** One object type rather than an intersection, so that TypeScript can index PARAMS generically. */
type Flat<T> = { [K in keyof T]-?: T[K] };

/** A list of every member of the union T: leaving one out is a compile error. */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })) => list;
}

const SCHEMES = allOf<SchemePreference>()(['system', 'light', 'dark']);
const PERIODS = allOf<PeriodFilter>()(['all', 'baseline', 'results']);
const KINDS = allOf<KindFilter>()(['all', 'stated', 'derived']);
const DECK_SCHEMES = allOf<DeckScheme>()(['dark', 'light']);
const STAGES = allOf<StageMode>()(['fit', 'contain', 'fill-width', 'fill-height']);
/** More slides than any deck will have: a larger number is junk. */
const MAX_SLIDE = 999;

function oneOf<T extends string>(key: string, values: readonly T[]): Param<T> {
  const parse = (text: string) => values.find((v) => v === text);
  return { key, parse, format: parse };
}

/**
 * Control and invisible format characters (zero-width space and joiners, BOM, word joiner, bidi
 * marks) removed, trimmed, at most MAX_QUERY_LENGTH characters (code points, so no half emoji).
 * A query of only invisible characters is empty: it would look empty in the box and match nothing.
 */
export function normalizeQuery(text: string): string {
  const cleaned = text.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const chars = Array.from(cleaned);
  return chars.length <= MAX_QUERY_LENGTH ? cleaned : chars.slice(0, MAX_QUERY_LENGTH).join('').trimEnd();
}

/** Themes in dashboard order, each once; unknown ids dropped. */
function canonicalThemes(ids: readonly string[]): ThemeId[] {
  const wanted = new Set(ids);
  return THEME_IDS.filter((id) => wanted.has(id));
}

/** A slide number: digits only, 1 to MAX_SLIDE. */
function parseSlide(text: string): number | undefined {
  if (!/^[1-9]\d{0,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_SLIDE ? n : undefined;
}

function parseSelection(text: string): string | undefined {
  return text.length <= MAX_SELECTION_LENGTH && ID_PATTERN.test(text) ? text : undefined;
}

/**
 * Every field of the view and its parameter, in the order they are written. Typed as a mapped type
 * so that a new field in ViewState or Filters does not compile until it has a parameter here.
 */
const PARAMS: { [K in keyof UrlFields]: Param<UrlFields[K]> } = {
  lang: oneOf('lang', LANGS),
  scheme: oneOf('scheme', SCHEMES),
  themes: {
    key: 'themes',
    parse: (text) => {
      const themes = canonicalThemes(text.split(','));
      return themes.length ? themes : undefined;
    },
    format: (themes) => canonicalThemes(themes).join(','),
  },
  period: oneOf('period', PERIODS),
  kind: oneOf('kind', KINDS),
  query: { key: 'q', parse: normalizeQuery, format: normalizeQuery },
  selection: { key: 'sel', parse: parseSelection, format: (id) => (id === null ? undefined : parseSelection(id)) },
  patterns: {
    key: 'patterns',
    parse: (text) => (text === '1' ? true : text === '0' ? false : undefined),
    format: (on) => (on ? '1' : '0'),
  },
  slide: { key: 'slide', parse: parseSlide, format: (n) => (n !== null && parseSlide(String(n)) !== undefined ? String(n) : undefined) },
  only: { key: 'only', parse: parseSelection, format: (id) => (id === null ? undefined : parseSelection(id)) },
  deckScheme: oneOf('deck', DECK_SCHEMES),
  stage: oneOf('stage', STAGES),
  canvas: {
    key: 'canvas',
    parse: (text) => {
      const canvas = parseCanvas(text);
      return canvas && canvasText(canvas);
    },
    format: (text) => {
      const canvas = parseCanvas(text);
      return canvas && canvasText(canvas);
    },
  },
};

const FIELD_NAMES = Object.keys(PARAMS) as (keyof UrlFields)[];

function toFields({ filters, ...rest }: ViewState): UrlFields {
  return { ...rest, ...filters };
}

/** Written out field by field so that a new field in ViewState or Filters is a compile error here too. */
function toView(f: UrlFields): ViewState {
  return {
    lang: f.lang,
    scheme: f.scheme,
    filters: { themes: f.themes, period: f.period, kind: f.kind, query: f.query },
    selection: f.selection,
    patterns: f.patterns,
    slide: f.slide,
    only: f.slide === null ? null : f.only,
    deckScheme: f.deckScheme,
    stage: f.stage,
    canvas: f.canvas,
  };
}

const DEFAULT_FIELDS = toFields(DEFAULT_VIEW);

/** decodeURIComponent with form encoding ('+' is a space); null for broken percent-encoding. */
function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/**
 * The first value of each parameter; null where it cannot be decoded or is absurdly long.
 * Split by hand rather than with URLSearchParams, which silently turns broken percent-encoding
 * into U+FFFD instead of letting us reject it.
 */
function firstValues(search: string): Map<string, string | null> {
  const values = new Map<string, string | null>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    if (rawKey.length > MAX_RAW_KEY) continue;
    const key = decode(rawKey);
    if (key === null || values.has(key)) continue;
    values.set(key, rawValue.length > MAX_RAW_VALUE ? null : decode(rawValue));
  }
  return values;
}

function readField<K extends keyof UrlFields>(name: K, values: Map<string, string | null>): UrlFields[K] {
  const param: Param<UrlFields[K]> = PARAMS[name];
  const text = values.get(param.key);
  const value = text == null ? undefined : param.parse(text);
  return value === undefined ? DEFAULT_FIELDS[name] : value;
}

/** The view a query string (`location.search`, with or without '?') describes. Never throws. */
export function parseViewParams(search: string): ViewState {
  try {
    if (typeof search !== 'string') return DEFAULT_VIEW;
    const values = firstValues(search);
    const version = values.get('v');
    if (version !== undefined && version !== '' && version !== VERSION) return DEFAULT_VIEW;
    const fields = Object.fromEntries(FIELD_NAMES.map((name) => [name, readField(name, values)])) as UrlFields;
    return toView(fields);
  } catch {
    // Unreachable as far as we know; a link must never take the page down.
    return DEFAULT_VIEW;
  }
}

/**
 * The query string (without '?') for a view: only values that differ from the default, in a fixed
 * order, canonical (themes in dashboard order, normalised search text), no `v`. '' for the default view.
 * A value the URL cannot hold (e.g. a selection that is not an id) is left out.
 */
export function serializeViewParams(view: ViewState): string {
  const fields = toFields(view);
  const params = new URLSearchParams();
  for (const name of FIELD_NAMES) {
    const text = formatField(name, fields);
    if (text !== undefined && text !== formatField(name, DEFAULT_FIELDS)) params.append(PARAMS[name].key, text);
  }
  return params.toString();
}

function formatField<K extends keyof UrlFields>(name: K, fields: UrlFields): string | undefined {
  const param: Param<UrlFields[K]> = PARAMS[name];
  return param.format(fields[name]);
}

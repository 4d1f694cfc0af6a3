import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Figure } from '@/data/schema';
import { THEME_IDS, THEMES } from '@/data/themes';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { KindFilter, PeriodFilter } from '@/state/filters';
import { useViewStore } from '@/state/view-store';
import { normalizeQuery } from '@/state/url-state';
import { useScrollEdges } from './scroll-edges';
import { useStickyHeight } from './use-sticky-height';

interface Props {
  lang: Lang;
  figures: Map<string, Figure>;
}

/** Themes, period, stated/derived, search, and the cross-filter selection as a removable chip. */
export function FilterBar({ lang, figures }: Props) {
  const t = UI[lang];
  const filters = useViewStore(useShallow((s) => s.filters));
  const selection = useViewStore((s) => s.selection);
  const { toggleTheme, setThemes, setPeriod, setKind, setQuery, resetFilters, clearSelection } = useViewStore(
    useShallow((s) => ({
      toggleTheme: s.toggleTheme,
      setThemes: s.setThemes,
      setPeriod: s.setPeriod,
      setKind: s.setKind,
      setQuery: s.setQuery,
      resetFilters: s.resetFilters,
      clearSelection: s.clearSelection,
    })),
  );
  const selected = selection ? figures.get(selection) : undefined;
  // On a phone the theme chips scroll sideways: a fade and an arrow say there is more.
  const themeRow = useScrollEdges<HTMLDivElement>();
  const barRef = useStickyHeight<HTMLElement>();
  const scrollThemes = (direction: 1 | -1) =>
    themeRow.ref.current?.scrollBy({ left: direction * themeRow.ref.current.clientWidth * 0.7, behavior: 'smooth' });
  const periods: [PeriodFilter, string][] = [
    ['all', t.all],
    ['baseline', t.periodBaseline],
    ['results', t.periodResults],
  ];
  const kinds: [KindFilter, string][] = [
    ['all', t.all],
    ['stated', t.kindStated],
    ['derived', t.kindDerived],
  ];
  // On a phone the period, value and search controls fold behind one button, so that the first
  // screen shows headline figures rather than controls (phone-first-screen.css).
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  const moreActive = filters.period !== 'all' || filters.kind !== 'all' || normalizeQuery(filters.query) !== '';
  const filtered =
    filters.themes.length > 0 ||
    filters.period !== 'all' ||
    filters.kind !== 'all' ||
    normalizeQuery(filters.query) !== '' ||
    selection !== null;

  return (
    <section ref={barRef} className="filter-bar" aria-label={t.filters}>
      <div
        className="chip-scroller"
        data-more-before={themeRow.edges.before || undefined}
        data-more-after={themeRow.edges.after || undefined}
      >
        <div ref={themeRow.ref} className="filter-group theme-chips" role="group" aria-label={t.themeFilter}>
          <span className="filter-label" aria-hidden="true">
            {t.themeFilter}
          </span>
          <button type="button" className="chip" aria-pressed={filters.themes.length === 0} onClick={() => setThemes([])}>
            {t.all}
          </button>
          {THEME_IDS.map((theme) => (
            <button
              key={theme}
              type="button"
              className="chip"
              aria-pressed={filters.themes.includes(theme)}
              onClick={() => toggleTheme(theme)}
            >
              {pick(THEMES[theme], lang)}
            </button>
          ))}
        </div>
        {/* Pointer and touch only: the chips themselves are reachable by keyboard, and scroll into view. */}
        <span className="chip-more chip-more--before" aria-hidden="true" onClick={() => scrollThemes(-1)}>
          ‹
        </span>
        <span className="chip-more chip-more--after" aria-hidden="true" title={t.moreThemes} onClick={() => scrollThemes(1)}>
          ›
        </span>
      </div>
      <button
        type="button"
        className="filter-toggle"
        aria-expanded={expanded}
        aria-controls={moreId}
        data-active={moreActive || undefined}
        onClick={() => setExpanded((open) => !open)}
      >
        {t.filters}
      </button>
      <div className="filter-row" id={moreId} data-folded={!expanded || undefined}>
        <div className="filter-group" role="group" aria-label={t.periodFilter}>
          <span className="filter-label" aria-hidden="true">
            {t.periodFilter}
          </span>
          {periods.map(([value, label]) => (
            <button key={value} type="button" className="chip" aria-pressed={filters.period === value} onClick={() => setPeriod(value)}>
              {label}
            </button>
          ))}
        </div>
        <div className="filter-group" role="group" aria-label={t.kindFilter}>
          <span className="filter-label" aria-hidden="true">
            {t.kindFilter}
          </span>
          {kinds.map(([value, label]) => (
            <button key={value} type="button" className="chip" aria-pressed={filters.kind === value} onClick={() => setKind(value)}>
              {label}
            </button>
          ))}
        </div>
        <label className="search">
          <span className="filter-label">{t.search}</span>
          <input
            type="search"
            value={filters.query}
            placeholder={t.searchPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
            maxLength={100}
          />
        </label>
        {filtered && (
          <button type="button" className="link-button" onClick={resetFilters}>
            {t.resetFilters}
          </button>
        )}
      </div>
      {selection && (
        <div className="selection-chips">
          <span className="filter-label">{t.selected}</span>
          <span className="chip is-selected" data-selection={selection}>
            {selected ? pick(selected.label ?? selected.name, lang) : selection}
            <button
              type="button"
              aria-label={`${t.clearSelection}${t.colon}${selected ? pick(selected.label ?? selected.name, lang) : selection}`}
              onClick={clearSelection}
            >
              ×
            </button>
          </span>
        </div>
      )}
    </section>
  );
}

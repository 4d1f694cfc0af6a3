import type { Figure, ThemeFile } from '@/data/schema';
import { THEME_IDS, type ThemeId } from '@/data/themes';
import type { Lang } from '@/i18n/lang';
import type { Filters } from '@/state/filters';
import { activePlan } from '@/plan/active-plan';
import { isBaselineYear } from '@/plan/plan-text';
import type { PanelDef } from './panel-def';
import { panelModel, type PanelData, type PanelModel } from './panel-model';
import { panelFigureIds } from './select-panel-rows';

/** Lower-cased, whitespace-folded text for matching; invisible characters (zero-width space…) dropped, as in the URL. */
export function normalizeQuery(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

function isBaseline(figure: Figure): boolean {
  return (figure.period.type === 'year' && isBaselineYear(figure.period.year, activePlan())) || figure.baseline !== undefined;
}

function isResult(figure: Figure): boolean {
  return !(figure.period.type === 'year' && isBaselineYear(figure.period.year, activePlan()));
}

/** Whether a figure passes the period and stated/derived filters. */
export function figurePassesFilters(figure: Figure, filters: Filters): boolean {
  if (filters.period === 'baseline' && !isBaseline(figure)) return false;
  if (filters.period === 'results' && !isResult(figure)) return false;
  if (filters.kind !== 'all' && figure.kind !== filters.kind) return false;
  return true;
}

/** Whether a figure's names (zh or en, full or short) contain the search text. */
export function figureMatchesQuery(figure: Figure, query: string): boolean {
  const q = normalizeQuery(query);
  if (!q) return true;
  const texts = [figure.name.zh, figure.name.en, figure.label?.zh, figure.label?.en, figure.id];
  return texts.some((t) => t !== undefined && normalizeQuery(t).includes(q));
}

function titleMatches(def: PanelDef, query: string): boolean {
  const q = normalizeQuery(query);
  return !q || [def.title.zh, def.title.en].some((t) => normalizeQuery(t).includes(q));
}

function themeSelected(theme: ThemeId, filters: Filters): boolean {
  return filters.themes.length === 0 || filters.themes.includes(theme);
}

/**
 * Whether a panel is shown: its theme is selected and at least one of its figures passes the
 * filters and matches the search (or the panel's title matches it). A panel whose data has not
 * loaded is shown while its theme is selected, so that its skeleton or its error stays visible.
 */
export function panelVisible(def: PanelDef, file: ThemeFile | undefined, figures: Map<string, Figure>, filters: Filters): boolean {
  if (!themeSelected(def.theme, filters)) return false;
  if (!file) return true;
  const matchTitle = titleMatches(def, filters.query);
  let ids: string[];
  try {
    ids = panelFigureIds(def, file);
  } catch {
    return true; // the panel will show what is wrong with it
  }
  return ids.some((id) => {
    const figure = figures.get(id);
    if (!figure) return true;
    return figurePassesFilters(figure, filters) && (matchTitle || figureMatchesQuery(figure, filters.query));
  });
}

/** The tiles of a KPI panel that pass the filters. */
export function visibleTileFigures(def: Extract<PanelDef, { kind: 'kpi' }>, figures: Map<string, Figure>, filters: Filters): string[] {
  const matchTitle = titleMatches(def, filters.query);
  return def.tiles
    .map((t) => t.figure)
    .filter((id) => {
      const figure = figures.get(id);
      return !figure || (figurePassesFilters(figure, filters) && (matchTitle || figureMatchesQuery(figure, filters.query)));
    });
}

/**
 * The figures a selection highlights: the selected figure, and every figure about the same
 * district (selecting Dongli's petitions lights up Dongli's chains).
 */
export function relatedFigureIds(selection: string | null, figures: Map<string, Figure>): ReadonlySet<string> {
  if (!selection) return new Set();
  const selected = figures.get(selection);
  if (!selected) return new Set();
  if (!selected.district) return new Set([selection]);
  return new Set([...figures.values()].filter((f) => f.district === selected.district).map((f) => f.id));
}

/** The headline tiles a panel shows under the filters (all of a chart panel's figures are its own business). */
function shownTiles(def: PanelDef, figures: Map<string, Figure>, filters: Filters): string[] | undefined {
  return def.kind === 'kpi' ? visibleTileFigures(def, figures, filters) : undefined;
}

/** What a panel's model is built from: when none of it changed, the model is the one built before. */
function modelInputs(def: PanelDef, data: PanelData, lang: Lang, tiles: readonly string[] | undefined): readonly unknown[] {
  const loads = [def.theme, ...(def.alsoUses ?? [])].map((theme) => data.themes[theme]);
  return [
    ...loads.flatMap((load) => [load.data, load.error]),
    data.sources.data,
    data.sources.error,
    data.figures,
    data.sourcesById,
    data.problems,
    lang,
    tiles?.join('\n'),
  ];
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** The last model built for each panel definition, with what it was built from. */
const lastModels = new WeakMap<PanelDef, { inputs: readonly unknown[]; model: PanelModel }>();

/**
 * One panel's model under the filters, visible or not (a panel presented alone by its id). The
 * same object as last time when its data, language and shown tiles are unchanged, so a filter
 * change re-renders only the panels it changes.
 */
export function selectPanelModel(def: PanelDef, data: PanelData, filters: Filters, lang: Lang): PanelModel {
  const tiles = shownTiles(def, data.figures, filters);
  const inputs = modelInputs(def, data, lang, tiles);
  const last = lastModels.get(def);
  if (last && sameInputs(last.inputs, inputs)) return last.model;
  const model = panelModel(def, data, { lang, tiles });
  lastModels.set(def, { inputs, model });
  return model;
}

/**
 * The panels shown under the filters, each with its model, in dashboard order: by theme, then
 * in the order of the definitions. The dashboard, the deck, the speaker view and the exports all
 * take their panels from here, so they show the same panels with the same state.
 */
export function selectVisiblePanels(panels: readonly PanelDef[], data: PanelData, filters: Filters, lang: Lang): PanelModel[] {
  return THEME_IDS.flatMap((theme) =>
    panels
      .filter((def) => def.theme === theme && panelVisible(def, data.themes[theme].data, data.figures, filters))
      .map((def) => selectPanelModel(def, data, filters, lang)),
  );
}

/** Visible panels grouped under their themes, in order; a theme with none is left out. */
export function sectionsByTheme(models: readonly PanelModel[]): { theme: ThemeId; panels: PanelModel[] }[] {
  return THEME_IDS.map((theme) => ({ theme, panels: models.filter((m) => m.def.theme === theme) })).filter(
    (section) => section.panels.length > 0,
  );
}

/**
 * The deck's slides: the visible panels, or one panel presented alone by its id (shown even if
 * the filters hide it); an id no panel has gives the visible panels.
 */
export function selectSlides(
  visible: readonly PanelModel[],
  only: string | null,
  panels: readonly PanelDef[],
  data: PanelData,
  filters: Filters,
  lang: Lang,
): readonly PanelModel[] {
  if (!only) return visible;
  const shown = visible.find((model) => model.def.id === only);
  if (shown) return [shown];
  const alone = panels.find((def) => def.id === only);
  return alone ? [selectPanelModel(alone, data, filters, lang)] : visible;
}

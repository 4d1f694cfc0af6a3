import { SOURCES_FILE } from '@/data/file-names';
import { DataFileError, type DataProblem } from '@/data/problems';
import type { Figure, Source, ThemeFile } from '@/data/schema';
import { toFigureRow, type FigureRow, type RowContext } from '@/view-model/select-rows';
import { THEMES, type ThemeId } from '@/data/themes';
import type { Lang } from '@/i18n/lang';
import { chartKind } from './chart-kinds';
import type { PanelDef } from './panel-def';
import { panelFigureIds } from './select-panel-rows';

/** One data file as the page holds it: its content once loaded, its error once failed, and a way to fetch it again. */
export interface FileLoad<T> {
  data?: T;
  error: Error | null;
  refetch: () => void;
}

/** What a panel reads of the dataset: the files, every figure and source by id, and the problems between files. */
export interface PanelData {
  themes: Record<ThemeId, FileLoad<ThemeFile>>;
  sources: FileLoad<Source[]>;
  figures: Map<string, Figure>;
  sourcesById: Map<string, Source>;
  /** Problems that span files (a dangling id, a duplicate, a figure citing a rejected source), with the ids they concern. */
  problems: readonly DataProblem[];
}

/** How the panel is looked at: the language of its rows, and which headline tiles the filters leave. */
export interface PanelSettings {
  lang: Lang;
  /** The figures of the headline tiles shown (headline panels only); every tile when absent. */
  tiles?: readonly string[];
}

export type PanelStatus = 'loading' | 'ready' | 'error' | 'empty';

/** A headline tile: its figure's row, and the row of the figure stating its change. */
export interface TileModel {
  row: FigureRow;
  change?: FigureRow;
}

/** Everything the dashboard, the deck, the speaker view and the exports need to know about one panel's data. */
export interface PanelModel {
  def: PanelDef;
  status: PanelStatus;
  /** Every figure the panel shows, as rows in its order (tiles with their change figures); empty unless ready. */
  rows: FigureRow[];
  /** The headline tiles shown (headline panels only, those passing the filters); empty unless ready. */
  tiles: TileModel[];
  /** What stops the panel (status `error`): each names the file, the field and what is wrong. */
  problems: DataProblem[];
  /** The data files the panel reads. */
  files: string[];
  /** Fetches again exactly the files the panel needs: those that failed, or all of them when the files loaded but disagree. */
  retry: () => void;
  /**
   * The identity of what the panel was built from (its definition, then the loaded files in
   * order): it changes when new data arrives or the definition is resolved anew (panels.json or
   * plan.json changed), so whatever failed on the old can try again.
   */
  dataKey: readonly unknown[];
}

/** The themes a panel draws from: its own, then any others it also uses. */
function panelThemes(def: PanelDef): ThemeId[] {
  return [def.theme, ...(def.alsoUses ?? [])];
}

/** The problems of a failed load: a loader's error names its problems; any other error becomes one problem of its file. */
function loadProblems(file: string, error: Error): DataProblem[] {
  return error instanceof DataFileError ? error.problems : [{ file, path: '', message: error.message }];
}

/** The problems as one error, for an error card. */
export function problemsError(problems: readonly DataProblem[]): DataFileError {
  return new DataFileError(problems[0]?.file ?? '', [...problems]);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function figureRow(id: string, ctx: RowContext, file: string): FigureRow {
  const figure = ctx.figures.get(id);
  if (!figure) throw new DataFileError(file, [{ file, path: '', message: `unknown figure "${id}"`, ids: [id] }]);
  return toFigureRow(figure, ctx);
}

/**
 * A panel's state on the dataset as it is now: loading while a file it needs is on its way,
 * an error naming every problem when a file failed, a figure it shows is refused or a reference
 * dangles, empty when no figure is left to show, ready with its rows otherwise.
 */
export function panelModel(def: PanelDef, data: PanelData, settings: PanelSettings): PanelModel {
  const themes = panelThemes(def);
  const loads: { file: string; load: FileLoad<unknown> }[] = [
    ...themes.map((theme) => ({ file: THEMES[theme].file, load: data.themes[theme] as FileLoad<unknown> })),
    { file: SOURCES_FILE, load: data.sources as FileLoad<unknown> },
  ];
  const files = loads.map((l) => l.file);
  const dataKey = [def, ...loads.map((l) => l.load.data)];
  const base = { def, files, dataKey, rows: [], tiles: [] };
  const failed = loads.filter((l) => l.load.error);
  if (failed.length) {
    return {
      ...base,
      status: 'error',
      problems: failed.flatMap((l) => loadProblems(l.file, l.load.error!)),
      retry: () => failed.forEach((l) => l.load.refetch()),
    };
  }
  const retryAll = () => loads.forEach((l) => l.load.refetch());
  const file = data.themes[def.theme].data;
  if (!file || loads.some((l) => !l.load.data)) return { ...base, status: 'loading', problems: [], retry: retryAll };

  const own = THEMES[def.theme].file;
  // What the panel shows is worked out when first asked for (the panel draws, an export reads it),
  // not for every panel when the view changes: a page of panels is then built one panel at a time.
  return lazyModel({ def, files, dataKey, retry: retryAll }, () => panelContent(def, data, settings, file, own));
}

type PanelContent = Pick<PanelModel, 'status' | 'rows' | 'tiles' | 'problems'>;

/** A model whose status, rows, tiles and problems are worked out once, on first reading. */
function lazyModel(known: Omit<PanelModel, keyof PanelContent>, work: () => PanelContent): PanelModel {
  let content: PanelContent | undefined;
  const get = () => {
    content ??= work();
    return content;
  };
  return {
    ...known,
    get status() {
      return get().status;
    },
    get rows() {
      return get().rows;
    },
    get tiles() {
      return get().tiles;
    },
    get problems() {
      return get().problems;
    },
  };
}

/** What a panel whose files have loaded shows: its rows and tiles, or the problems that stop it. */
function panelContent(def: PanelDef, data: PanelData, settings: PanelSettings, file: ThemeFile, own: string): PanelContent {
  const fail = (problems: DataProblem[]): PanelContent => ({ status: 'error', problems, rows: [], tiles: [] });
  let ids: Set<string>;
  try {
    ids = new Set(panelFigureIds(def, file));
  } catch (error) {
    return fail([{ file: own, path: '', message: messageOf(error) }]);
  }
  // A problem between files stops only the panels showing the figures it concerns.
  const crossFile = data.problems.filter((p) => p.ids?.some((id) => ids.has(id)));
  if (crossFile.length) return fail([...crossFile]);

  const ctx: RowContext = { lang: settings.lang, sources: data.sourcesById, figures: data.figures };
  try {
    if (def.kind === 'kpi') {
      const shown = settings.tiles;
      const tiles = def.tiles
        .filter((tile) => !shown || shown.includes(tile.figure))
        .map((tile) => ({ row: figureRow(tile.figure, ctx, own), change: tile.change ? figureRow(tile.change, ctx, own) : undefined }));
      const rows = tiles.flatMap((tile) => (tile.change ? [tile.row, tile.change] : [tile.row]));
      return { status: tiles.length ? 'ready' : 'empty', rows, tiles, problems: [] };
    }
    const rows = chartKind(def.chart).rows(def.chart, file, ctx);
    return { status: rows.length ? 'ready' : 'empty', rows, tiles: [], problems: [] };
  } catch (error) {
    return fail(error instanceof DataFileError ? error.problems : [{ file: own, path: '', message: messageOf(error) }]);
  }
}

import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { checkDataset } from './check-dataset';
import type { DataProblem } from './problems';
import { panelsQuery, planQuery, sourcesQuery, themeQuery } from './queries';
import type { PanelDef } from '@/panels/panel-def';
import { resolvePanels } from '@/panels/resolve-panels';
import { refreshPlanMessages } from '@/i18n/catalogue';
import { activePlan, setActivePlan } from '@/plan/active-plan';
import type { Plan } from '@/plan/plan-schema';
import type { Figure, RejectedSource, Source, ThemeFile } from './schema';
import { THEME_IDS, THEMES, type ThemeId } from './themes';
import { must } from '@/lib/must';

export interface ThemeLoad {
  data?: ThemeFile;
  error: Error | null;
  refetch: () => void;
}

export interface Dataset {
  themes: Record<ThemeId, ThemeLoad>;
  sources: {
    data?: Source[];
    /** Records of sources.json set aside, each with its problems; the figures citing them fail. */
    rejected: RejectedSource[];
    /** Every problem found in sources.json's records, including links shown as text. */
    problems: DataProblem[];
    error: Error | null;
    refetch: () => void;
  };
  /**
   * The dashboard's panels (data/panels.json), in order, each text filled from the loaded data in
   * both languages; a value whose file has not loaded yet reads "…". Undefined until panels.json
   * and plan.json have loaded, or when either failed (`panelsError`).
   */
  panels?: PanelDef[];
  /** Why panels.json or plan.json could not be loaded or validated; the dashboard has no panels to show. */
  panelsError: Error | null;
  /** Loads panels.json and plan.json again (whichever failed). */
  refetchPanels: () => void;
  /** The plan period (data/plan.json); undefined until loaded. Before that, code uses DEFAULT_PLAN. */
  plan?: Plan;
  /** Every loaded figure by id, across themes. */
  figures: Map<string, Figure>;
  sourcesById: Map<string, Source>;
  /** Problems across the loaded files (duplicate ids, dangling references, wrong formulas or sums). */
  problems: DataProblem[];
}

function combineThemes(results: { data?: ThemeFile; error: Error | null; refetch: () => unknown }[]) {
  return Object.fromEntries(
    THEME_IDS.map((theme, i) => {
      // useQueries answers in the order of its queries: one per theme.
      const result = must(results[i], `the query of theme ${theme}`);
      return [theme, { data: result.data, error: result.error, refetch: () => void result.refetch() }];
    }),
  ) as Record<ThemeId, ThemeLoad>;
}

const NONE_REJECTED: RejectedSource[] = [];
const NONE: DataProblem[] = [];

/** Loads every data file; each file loads and fails on its own. */
export function useDataset(): Dataset {
  const themes = useQueries({ queries: THEME_IDS.map((theme) => themeQuery(theme)), combine: combineThemes });
  const sources = useQuery(sourcesQuery);
  const panelFile = useQuery(panelsQuery);
  const plan = useQuery(planQuery);
  // Period texts, the period filter and the interface's messages read the plan in force; set
  // before anything below draws.
  if (plan.data && plan.data !== activePlan()) {
    setActivePlan(plan.data);
    refreshPlanMessages();
  }
  const loadedFiles = THEME_IDS.map((theme) => themes[theme].data);
  const figures = useMemo(
    () => new Map(loadedFiles.flatMap((file) => (file ? file.figures.map((f) => [f.id, f] as const) : []))),
    // biome-ignore lint/correctness/useExhaustiveDependencies: one dependency per theme file, a fixed number
    loadedFiles,
  );
  const sourcesById = useMemo(() => new Map((sources.data?.sources ?? []).map((s) => [s.id, s])), [sources.data]);
  // The loaded files are the memo's inputs, one dependency each (one per theme, a fixed number).
  // biome-ignore lint/correctness/useExhaustiveDependencies: one dependency per theme file, a fixed number
  const problems = useMemo(() => {
    if (!sources.data) return [];
    const loaded = THEME_IDS.flatMap((theme, i) => {
      const data = loadedFiles[i];
      return data ? [{ file: THEMES[theme].file, data }] : [];
    });
    return checkDataset({ sources: { file: 'sources.json', data: sources.data }, themes: loaded });
  }, [sources.data, ...loadedFiles]);
  const panels = useMemo(
    () => (panelFile.data && plan.data ? resolvePanels(panelFile.data, plan.data, figures) : undefined),
    [panelFile.data, plan.data, figures],
  );
  return {
    themes,
    panels,
    panelsError: panelFile.error ?? plan.error,
    refetchPanels: () => {
      if (panelFile.error) void panelFile.refetch();
      if (plan.error) void plan.refetch();
    },
    plan: plan.data,
    sources: {
      data: sources.data?.sources,
      rejected: sources.data?.rejected ?? NONE_REJECTED,
      problems: sources.data?.problems ?? NONE,
      error: sources.error,
      refetch: () => void sources.refetch(),
    },
    figures,
    sourcesById,
    problems,
  };
}

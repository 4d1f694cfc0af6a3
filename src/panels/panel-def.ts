import type { Localized } from '@/data/schema';
import type { ThemeId } from '@/data/themes';

/** Which figures a chart draws and how. Ids refer to figures and breakdowns in data/. */
export type ChartSpec =
  | { kind: 'bar'; figures: string[]; horizontal?: boolean; sort?: boolean }
  /** A breakdown's members as sorted bars (largest first). */
  | { kind: 'breakdown-bar'; breakdown: string }
  | { kind: 'pie'; breakdown: string }
  | { kind: 'treemap'; breakdown: string }
  /** Pairs of figures, the end of the 13th FYP and the result. */
  | { kind: 'before-after'; pairs: { before: string; after: string }[] }
  | { kind: 'slope'; before: string; after: string }
  | { kind: 'gauge'; figure: string }
  /** A breakdown's members stacked against its total. */
  | { kind: 'progress'; breakdown: string }
  /** Plan targets (figures with a goal) against their results, one row each, with the status in words. */
  | { kind: 'target'; targets: string[] }
  /**
   * Yearly lines over `from`–`to`, a gap wherever no figure exists; `targets` are plan targets
   * marked in their target year.
   */
  | { kind: 'trend'; from: number; to: number; series: { name: Localized; figures: string[] }[]; targets?: string[] };

/** A headline tile: a figure and, optionally, the figure that states its change since 2020. */
export interface KpiTileSpec {
  figure: string;
  change?: string;
}

interface PanelBase {
  id: string;
  theme: ThemeId;
  title: Localized;
  /** The question an official asks that this panel answers. */
  question: Localized;
  /** A caveat shown under the chart (scopes that differ, a value shown as 0). */
  note?: Localized;
  /** Other themes whose figures the panel also shows (the same indicator at another scope). */
  alsoUses?: ThemeId[];
}

export interface ChartPanelDef extends PanelBase {
  kind: 'chart';
  chart: ChartSpec;
  height?: number;
}

export interface KpiPanelDef extends PanelBase {
  kind: 'kpi';
  tiles: KpiTileSpec[];
}

export type PanelDef = ChartPanelDef | KpiPanelDef;

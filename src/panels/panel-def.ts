import type { Localized } from '@/data/schema';
import type { ThemeId } from '@/data/themes';

/** Which figures a panel shows and how. Ids refer to figures and breakdowns in data/. */
export type ChartSpec =
  | { kind: 'bar'; figures: string[]; horizontal?: boolean; sort?: boolean }
  | { kind: 'breakdown-bar'; breakdown: string; horizontal?: boolean }
  | { kind: 'pie'; breakdown: string }
  | { kind: 'before-after'; figures: string[] }
  | { kind: 'gauge'; figure: string };

export interface PanelDef {
  id: string;
  theme: ThemeId;
  title: Localized;
  /** The question an official asks that this panel answers. */
  question: Localized;
  chart: ChartSpec;
  height?: number;
}

import type { Figure, Source, ThemeFile } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import type { ChartPanelDef } from '@/panels/panel-def';
import type { ShownSize } from './export-presets';

/** What an export of one chart panel is made from: its definition and the loaded data, not the DOM. */
export interface PanelExportInput {
  def: ChartPanelDef;
  title: string;
  file: ThemeFile;
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  lang: Lang;
  /** The panel's size on the page, for the "as shown" preset. */
  shown?: ShownSize;
}

const DEFAULT_CHART_HEIGHT = 300;

/**
 * The "as shown" size of a panel: the width of its content box and the height its chart is
 * given. Read from the panel, not from its chart, so it is the same whether the chart is on
 * screen, scrolled away or replaced by the data table.
 */
export function shownSizeOf(panel: Element | null, def: ChartPanelDef): ShownSize | undefined {
  if (!(panel instanceof HTMLElement)) return undefined;
  const style = getComputedStyle(panel);
  const width = panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return width > 0 ? { width, chartHeight: def.height ?? DEFAULT_CHART_HEIGHT } : undefined;
}

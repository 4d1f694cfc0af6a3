import type { PanelDef } from './panel-def';

/**
 * How many chart cards are left over for a section's last row, with three cards a row and with
 * two: the stylesheet lets them share that row (one alone takes the whole row), so a section with
 * one chart spans the row and no row is left part empty.
 */
export function leftoverCharts(panels: readonly Pick<PanelDef, 'kind'>[]): { rem3: number; rem2: number } {
  const charts = panels.filter((p) => p.kind === 'chart').length;
  return { rem3: charts % 3, rem2: charts % 2 };
}

import type { FigureRow } from '@/data/select-rows';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { escapeHtml } from './escape-html';

/** The tooltip of one mark: exact value, qualifier, period, source and, for a derived value, its formula. All escaped. */
export function rowTooltipHtml(row: FigureRow, lang: Lang, shown: { valueText: string; periodText: string } = row): string {
  const t = UI[lang];
  const lines = [
    `<strong>${escapeHtml(row.name)}</strong>`,
    `${escapeHtml(shown.valueText)}`,
    `${t.period}: ${escapeHtml(shown.periodText)}`,
    `${t.qualifier}: ${escapeHtml(row.qualifierText)}`,
    row.kind === 'derived' ? `${t.derived}: ${escapeHtml(row.formulaText ?? '')}` : `${t.clause}: “${escapeHtml(row.clause ?? '')}”`,
    `${t.source}: ${escapeHtml(row.sourceText)}`,
  ];
  if (row.note) lines.push(`${t.note}: ${escapeHtml(row.note)}`);
  return `<div class="chart-tooltip">${lines.join('<br/>')}</div>`;
}

/** Module-level formatter (a stable reference, so echarts-for-react does not see a new option each render). */
export function tooltipFormatter(params: unknown): string {
  const item = Array.isArray(params) ? params[0] : params;
  const data = (item as { data?: { tooltip?: string } } | undefined)?.data;
  return data?.tooltip ?? '';
}

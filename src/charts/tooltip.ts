import type { FigureRow } from '@/data/select-rows';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { formatDate } from '@/i18n/format';
import { trustText } from '@/data/trust';
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
  lines.push(...contextLines(row, lang));
  if (row.note) lines.push(`${t.note}: ${escapeHtml(row.note)}`);
  return `<div class="chart-tooltip">${lines.join('<br/>')}</div>`;
}

/**
 * What a figure from another web page adds: its measure (a share of output or of value added, a
 * growth, a fall), a target's status and why, the page's address and trust. Addresses are text
 * here (a tooltip cannot be clicked); the data table links them.
 */
function contextLines(row: FigureRow, lang: Lang): string[] {
  const t = UI[lang];
  const lines: string[] = [];
  if (row.basisText) lines.push(`${t.measure}: ${escapeHtml(row.basisText)}`);
  if (row.status) {
    const reason = lang === 'zh' ? `（${escapeHtml(row.status.reasonText)}）` : ` (${escapeHtml(row.status.reasonText)})`;
    lines.push(`<strong>${t.status}: ${escapeHtml(row.status.text)}</strong>${reason}`);
    lines.push(`<span class="tooltip-wrap">${escapeHtml(row.status.note)}</span>`);
  }
  for (const ref of row.sourceRefs) {
    if (!ref.url) continue;
    const trust = ref.trust ? ` · ${t.trust}: ${escapeHtml(trustText(ref.trust, lang))}` : '';
    lines.push(`${t.link}: <span class="tooltip-wrap">${escapeHtml(ref.url)}</span>`);
    lines.push(`${t.published}: ${escapeHtml(formatDate(ref.date, lang))}${trust}${ref.reposted ? ` · <strong>${t.reposted}</strong>` : ''}`);
  }
  return lines;
}

/** Module-level formatter (a stable reference, so echarts-for-react does not see a new option each render). */
export function tooltipFormatter(params: unknown): string {
  const item = Array.isArray(params) ? params[0] : params;
  const data = (item as { data?: { tooltip?: string } } | undefined)?.data;
  return data?.tooltip ?? '';
}

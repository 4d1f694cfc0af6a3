import type { FigureRow, SourceRef } from '@/view-model/select-rows';
import type { Lang } from '@/i18n/lang';
import { formatMessage, UI } from '@/i18n/strings';
import { formatDate } from '@/i18n/format';
import { escapeHtml } from './escape-html';

/** The most lines a tooltip has: it must never cover the chart it explains. */
export const TOOLTIP_MAX_LINES = 6;

/** "来源：" / "Source: " — the language's colon (Chinese: full-width, no space). */
function field(label: string, lang: Lang): string {
  return `${label}${UI[lang].colon}`;
}

/**
 * One line for the sources: the first one's publisher and date, its "reposted" mark, and how many
 * more there are. Titles, sections, addresses and trust stay in the data table.
 */
export function sourceLine(refs: readonly SourceRef[], fallback: string, lang: Lang): string {
  const t = UI[lang];
  const first = refs[0];
  if (!first) return escapeHtml(fallback.split('; ')[0] ?? fallback);
  const others = new Set(refs.slice(1).map((r) => `${r.publisher} ${r.date}`));
  others.delete(`${first.publisher} ${first.date}`);
  const firstLine = `${first.publisher} ${formatDate(first.date, lang)}`;
  const line = others.size
    ? formatMessage(lang, 'moreSources', { first: firstLine, others: others.size, total: others.size + 1 })
    : firstLine;
  const reposted = first.reposted || refs.some((r) => r.reposted) ? ` · <strong>${escapeHtml(t.reposted)}</strong>` : '';
  return `${escapeHtml(line)}${reposted}`;
}

/**
 * The lines of one mark's tooltip, each already escaped HTML: the value, large; the indicator;
 * its period and qualifier (and measure); a target's status; one source line; a derived value's
 * inputs in words. At most six; no address and no clause (the data table has the full provenance).
 */
export function tooltipLines(row: FigureRow, lang: Lang, shown: { valueText: string; periodText: string } = row): string[] {
  const t = UI[lang];
  const sep = ' · ';
  const when = [shown.periodText, row.qualifierText, row.basisText];
  // A target's status, a derived value's words and a flag cannot all have lines of their own
  // within six: then the flag joins the period line.
  const crowded = !!row.flagText && !!row.status && row.kind === 'derived' && !!row.formulaWords;
  if (crowded) when.push(row.flagText);
  const lines = [
    `<div class="chart-tooltip__value">${escapeHtml(shown.valueText)}</div>`,
    `<div class="chart-tooltip__name">${escapeHtml(row.name)}</div>`,
    `<div>${escapeHtml(when.filter(Boolean).join(sep))}</div>`,
  ];
  // "修订后的数（最初公布：约4.7%，2025年1月14日）": the value shown is the one in force.
  if (row.flagText && !crowded) lines.push(`<div class="chart-tooltip__flag">${escapeHtml(row.flagText)}</div>`);
  if (row.status) {
    const reason = formatMessage(lang, 'parenthetical', { text: '', note: row.status.reasonText });
    lines.push(`<div><strong>${escapeHtml(field(t.status, lang) + row.status.text)}</strong>${escapeHtml(reason)}</div>`);
  }
  lines.push(
    `<div class="chart-tooltip__source">${escapeHtml(field(t.source, lang))}${sourceLine(row.sourceRefs, row.sourceText, lang)}</div>`,
  );
  if (row.kind === 'derived' && row.formulaWords) lines.push(`<div class="chart-tooltip__derived">${escapeHtml(row.formulaWords)}</div>`);
  return lines;
}

/** The tooltip of one mark (see `tooltipLines`). Everything from data is escaped. */
export function rowTooltipHtml(row: FigureRow, lang: Lang, shown: { valueText: string; periodText: string } = row): string {
  return `<div class="chart-tooltip">${tooltipLines(row, lang, shown).join('')}</div>`;
}

/** Module-level formatter (a stable reference, so echarts-for-react does not see a new option each render). */
export function tooltipFormatter(params: unknown): string {
  const item = Array.isArray(params) ? params[0] : params;
  const data = (item as { data?: { tooltip?: string } } | undefined)?.data;
  return data?.tooltip ?? '';
}

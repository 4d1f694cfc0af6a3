import { formatDate, formatValue } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { formatMessage, UI, type MessageKey } from '@/i18n/strings';
import type { Figure, Flag, Source } from '@/data/schema';

const FLAG_NAME: Record<Flag, MessageKey> = { preliminary: 'flagPreliminary', revised: 'flagRevised', estimated: 'flagEstimated' };

/** An earlier published value of a figure, as a reader sees it. */
export interface RevisionView {
  value: number;
  valueText: string;
  /** The publication date of the source that gave it. */
  date?: string;
  dateText?: string;
  sourceText: string;
  note?: string;
}

export function flagName(flag: Flag, lang: Lang): string {
  return formatMessage(lang, FLAG_NAME[flag]);
}

export function revisionViews(
  figure: Figure,
  sources: Map<string, Source>,
  lang: Lang,
  sourceLine: (source: Source | undefined, lang: Lang) => string,
): RevisionView[] {
  return (figure.revisions ?? []).map((revision) => {
    const source = sources.get(revision.source.id);
    return {
      value: revision.value,
      valueText: formatValue(revision.value, figure.unit, revision.qualifier, lang),
      date: source?.date,
      dateText: source ? formatDate(source.date, lang) : undefined,
      sourceText: sourceLine(source, lang),
      note: revision.note ? pick(revision.note, lang) : undefined,
    };
  });
}

/**
 * One line for a tooltip, a table cell or a CSV column: "修订后的数（最初公布：约4.7%，2025年1月14日）".
 * Undefined for a figure with no flag.
 */
export function flagLine(figure: Figure, revisions: readonly RevisionView[], lang: Lang): string | undefined {
  if (!figure.flags?.length) return undefined;
  const t = UI[lang];
  return figure.flags
    .map((flag) => {
      const name = flagName(flag, lang);
      if (flag !== 'revised' || !revisions.length) return name;
      const earlier = revisions.map((r) => (r.dateText ? `${r.valueText}${t.commaSep}${r.dateText}` : r.valueText)).join(t.listSep);
      return formatMessage(lang, 'firstPublished', { name, earlier });
    })
    .join(t.listSep);
}

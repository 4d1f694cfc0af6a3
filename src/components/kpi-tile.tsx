import { QUALIFIER_TEXT } from '@/i18n/format';
import type { FigureRow } from '@/view-model/select-rows';
import { pick, type Lang } from '@/i18n/lang';
import { formatMessage, UI } from '@/i18n/strings';
import { useViewStore } from '@/state/view-store';
import { RepostedLink, SourceList, StatusBadge } from './source-links';
import { tileHeadline } from './tile-headline';

interface Props {
  row: FigureRow;
  change?: FigureRow;
  lang: Lang;
  highlighted: boolean;
  onSelect: (id: string) => void;
  selected: boolean;
}

/** A headline figure as plain HTML: value with its qualifier, period, change since 2020, and provenance. */
export function KpiTile({ row, change, lang, highlighted, selected, onSelect }: Props) {
  const t = UI[lang];
  // With the "2020 baseline" filter on, a figure that states its 2020 value shows that value.
  const headline = tileHeadline(
    row,
    useViewStore((s) => s.filters.period),
  );
  const details = [row, ...(change ? [change] : [])];
  // Figures from reposted pages say so on the tile itself, with the link, not only in the details.
  const result = row.status?.result;
  const reposted = [...details.flatMap((d) => d.sourceRefs), ...(result?.sourceRefs ?? [])].filter((s) => s.reposted);
  return (
    <article
      className={`kpi-tile${change ? ' kpi-tile--change' : ''}${highlighted ? ' is-highlighted' : ''}`}
      data-figure={row.id}
      data-shows={headline.baselineShown ? 'baseline' : undefined}
    >
      <h4 className="kpi-name">{row.name}</h4>
      <button type="button" className="kpi-value" aria-pressed={selected} onClick={() => onSelect(row.id)}>
        <KpiValue text={headline.valueText} lang={lang} />
      </button>
      <p className="kpi-period">
        {headline.periodText}
        {headline.baselineShown ? ` · ${t.baseline}` : row.kind === 'derived' && ` · ${t.derivedMark}`}
      </p>
      {row.status && (
        <p className="kpi-status">
          <StatusBadge status={row.status} />
          {row.status.result &&
            ` · ${formatMessage(lang, 'kpiResult', { value: row.status.result.valueText, period: row.status.result.periodText })}`}
        </p>
      )}
      {reposted.length > 0 && (
        <p className="kpi-trust">
          {[...new Map(reposted.map((s) => [s.id, s])).values()].map((source) => (
            <RepostedLink key={source.id} source={source} lang={lang} />
          ))}
        </p>
      )}
      {headline.other && (
        <p className={headline.other.role === 'baseline' ? 'kpi-baseline' : 'kpi-result'}>
          {formatMessage(lang, 'parenthetical', {
            text: headline.other.role === 'baseline' ? t.baseline : t.resultLater,
            note: headline.other.periodText,
          })}
          {t.colon}
          {headline.other.valueText}
        </p>
      )}
      {change && (
        <p className="kpi-change">
          {change.name}
          {t.colon}
          <strong>{change.valueText}</strong>
          {change.kind === 'derived' && formatMessage(lang, 'parenthetical', { text: '', note: t.derivedMark })}
        </p>
      )}
      <details className="kpi-details">
        <summary>{t.kpiDetails}</summary>
        {details.map((d) => (
          <p key={d.id}>
            {/* A derived value in words ("由超6100家与增长20.9%推算"); the formula itself is in the data table. */}
            {d.kind === 'derived' ? d.formulaWords : `“${d.clause}”`}
            <br />
            <span className="muted">
              {d.sourceRefs.length ? <SourceList sources={d.sourceRefs} lang={lang} fullUrl /> : d.sourceText}
              {d.note ? ` · ${d.note}` : ''}
              {d.status ? ` · ${d.status.note}` : ''}
            </span>
          </p>
        ))}
        {result && (
          <p>
            {t.targetResult} {result.valueText}
            {result.clause && `${t.colon}“${result.clause}”`}
            <br />
            <span className="muted">
              <SourceList sources={result.sourceRefs} lang={lang} fullUrl />
            </span>
          </p>
        )}
      </details>
    </article>
  );
}

/**
 * The headline value, a qualifier written as words of its own ("more than", "at least": it ends
 * in a space) set small above the number, so "more than 30" never breaks inside the big number.
 * A qualifier joined to the number (超, 约) stays inline.
 */
function KpiValue({ text, lang }: { text: string; lang: Lang }) {
  const prefix = Object.values(QUALIFIER_TEXT)
    .map((q) => pick(q, lang))
    .find((q) => q.endsWith(' ') && text.startsWith(q));
  if (!prefix) return <span className="kpi-number">{text}</span>;
  return (
    <>
      <span className="kpi-qualifier">{prefix.trim()}</span> <span className="kpi-number">{text.slice(prefix.length)}</span>
    </>
  );
}

import type { FigureRow } from '@/data/select-rows';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';

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
  const details = [row, ...(change ? [change] : [])];
  return (
    <article className={`kpi-tile${highlighted ? ' is-highlighted' : ''}`} data-figure={row.id}>
      <h4 className="kpi-name">{row.name}</h4>
      <button type="button" className="kpi-value" aria-pressed={selected} onClick={() => onSelect(row.id)}>
        {row.valueText}
      </button>
      <p className="kpi-period">
        {row.periodText}
        {row.kind === 'derived' && ` · ${t.derivedMark}`}
      </p>
      {row.baseline && (
        <p className="kpi-baseline">
          {t.baseline}({row.baseline.periodText}):{row.baseline.valueText}
        </p>
      )}
      {change && (
        <p className="kpi-change">
          {change.name}:<strong>{change.valueText}</strong>
          {change.kind === 'derived' && `(${t.derivedMark})`}
        </p>
      )}
      <details className="kpi-details">
        <summary>{t.kpiDetails}</summary>
        {details.map((d) => (
          <p key={d.id}>
            {d.kind === 'derived' ? `${t.derived}: ${d.formulaText}` : `“${d.clause}”`}
            <br />
            <span className="muted">
              {d.sourceText}
              {d.note ? ` · ${d.note}` : ''}
            </span>
          </p>
        ))}
      </details>
    </article>
  );
}

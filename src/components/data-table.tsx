import { useState } from 'react';
import type { FigureRow } from '@/data/select-rows';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { nextSort, sortRows, type SortKey, type SortState } from './sort-rows';
import { SourceList, StatusBadge } from './source-links';

interface Props {
  title: string;
  rows: readonly FigureRow[];
  lang: Lang;
}

/** The numbers behind a chart, with the same provenance as its tooltips; sortable by column. */
export function DataTable({ title, rows, lang }: Props) {
  const t = UI[lang];
  const [sort, setSort] = useState<SortState | null>(null);
  const sorted = sortRows(rows, sort, lang);
  // Target charts judge their rows: their tables say so in a column of their own.
  const hasStatus = rows.some((r) => r.status);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort?.key === key ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, key))} title={t.sortBy}>
        {label}
        <span aria-hidden="true">{sort?.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
  return (
    <div className="data-table-wrap" tabIndex={0} role="region" aria-label={`${title} · ${t.dataTable}`}>
      <table className="data-table">
        <caption className="visually-hidden">{`${title} · ${t.dataTable}`}</caption>
        <thead>
          <tr>
            {header('name', t.indicator)}
            {header('value', t.value)}
            <th scope="col">{t.unit}</th>
            {header('period', t.period)}
            <th scope="col">{t.qualifier}</th>
            {hasStatus && <th scope="col">{t.status}</th>}
            <th scope="col">{t.provenance}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id} data-figure={row.id}>
              <th scope="row">{row.name}</th>
              <td className="num" data-value={row.value}>
                {row.valueText}
              </td>
              <td>{row.unitText}</td>
              <td>{row.periodText}</td>
              <td>{row.qualifierText}</td>
              {hasStatus && (
                <td className="status" data-status={row.status?.code}>
                  {row.status && (
                    <>
                      <StatusBadge status={row.status} />
                      <br />
                      <span className="muted">{row.status.reasonText}</span>
                    </>
                  )}
                </td>
              )}
              <td className="provenance">
                {row.kind === 'derived' ? (
                  <span>
                    {t.derived}: {row.formulaText}
                  </span>
                ) : (
                  <span>“{row.clause}”</span>
                )}
                {row.basisText && (
                  <>
                    <br />
                    <span className="muted">
                      {t.measure}: {row.basisText}
                    </span>
                  </>
                )}
                {row.flagText && (
                  <>
                    <br />
                    <span className="flag-line" data-flags={row.flags?.join(' ')}>
                      {lang === 'zh' ? '数据状态：' : 'Status of the figure: '}
                      {row.flagText}
                    </span>
                  </>
                )}
                {row.doubtText && (
                  <>
                    <br />
                    <span className="doubt-line">
                      {lang === 'zh' ? '存疑：' : 'Doubtful: '}
                      {row.doubtText}
                    </span>
                  </>
                )}
                <br />
                <span className="muted">{row.sourceRefs.length ? <SourceList sources={row.sourceRefs} lang={lang} fullUrl /> : row.sourceText}</span>
                {row.note && (
                  <>
                    <br />
                    <span className="muted">
                      {t.note}: {row.note}
                    </span>
                  </>
                )}
                {row.status && row.status.targetId === row.id && (
                  <>
                    <br />
                    <span className="muted">
                      {t.note}: {row.status.note}
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

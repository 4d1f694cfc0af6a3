import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { FigureRow } from '@/view-model/select-rows';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { ariaSort, nextSort, sortMark, sortRows, type SortKey, type SortState } from './sort-rows';
import { SourceList, StatusBadge } from './source-links';

interface Props {
  title: string;
  rows: readonly FigureRow[];
  lang: Lang;
  /** The selected figure, and what selecting one does (as clicking its mark): the keyboard's way to cross-filter. */
  selection?: string | null;
  onSelect?: (id: string) => void;
}

/**
 * The numbers behind a chart, with the same provenance as its tooltips; sortable by column.
 *
 * One `<table>`, laid out by the width of its card (a container query in styles.css): a table with
 * columns at least four characters wide where the card is wide, each row a stacked list of
 * label–value pairs where it is narrow (phones, three cards a row). A narrow card also offers the
 * whole table in a dialog, where the columns can be compared side by side.
 */
export function DataTable({ title, rows, lang, selection = null, onSelect }: Props) {
  const t = UI[lang];
  const [sort, setSort] = useState<SortState | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [dialogOpen, setDialogOpen] = useState(false);
  const onSort = (key: SortKey) => setSort(nextSort(sort, key));
  useEffect(() => {
    if (dialogOpen) dialogRef.current?.showModal();
  }, [dialogOpen]);
  const label = `${title} · ${t.dataTable}`;
  return (
    <div className="data-table-block">
      <div className="data-table-wrap" tabIndex={0} role="region" aria-label={label}>
        <FigureTable
          caption={label}
          rows={rows}
          lang={lang}
          sort={sort}
          onSort={onSort}
          layout="adaptive"
          selection={selection}
          onSelect={onSelect}
        />
      </div>
      <button type="button" className="open-table" aria-haspopup="dialog" onClick={() => setDialogOpen(true)}>
        {t.openTable}
      </button>
      {dialogOpen && (
        <dialog ref={dialogRef} className="table-dialog" aria-labelledby={titleId} onClose={() => setDialogOpen(false)}>
          <header className="table-dialog-header">
            <h2 id={titleId}>{label}</h2>
            <button type="button" onClick={() => dialogRef.current?.close()}>
              {t.closeDialog}
            </button>
          </header>
          <div className="data-table-wrap data-table-wrap--dialog" tabIndex={0} role="region" aria-label={label}>
            <FigureTable caption={label} rows={rows} lang={lang} sort={sort} onSort={onSort} layout="table" />
          </div>
        </dialog>
      )}
    </div>
  );
}

interface TableProps {
  caption: string;
  rows: readonly FigureRow[];
  lang: Lang;
  sort: SortState | null;
  onSort: (key: SortKey) => void;
  /** "adaptive": a table in wide cards, stacked rows in narrow ones; "table": always a table. */
  layout: 'adaptive' | 'table';
  selection?: string | null;
  onSelect?: (id: string) => void;
}

function FigureTable({ caption, rows, lang, sort, onSort, layout, selection = null, onSelect }: TableProps) {
  const t = UI[lang];
  const sorted = sortRows(rows, sort, lang);
  // Target charts judge their rows: their tables say so in a column of their own.
  const hasStatus = rows.some((r) => r.status);
  const header = (key: SortKey, label: string, className: string) => (
    <th scope="col" className={`sortable ${className}`} aria-sort={ariaSort(sort, key)}>
      <button type="button" className="sort-button" onClick={() => onSort(key)} title={t.sortBy}>
        {label}
        <span aria-hidden="true"> {sortMark(sort, key)}</span>
      </button>
    </th>
  );
  return (
    <table className={`data-table data-table--${layout}`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {header('name', t.indicator, 'col-name')}
          {header('value', t.value, 'col-value')}
          <th scope="col" className="col-unit">
            {t.unit}
          </th>
          {header('period', t.period, 'col-period')}
          <th scope="col" className="col-qualifier">
            {t.qualifier}
          </th>
          {hasStatus && (
            <th scope="col" className="col-status">
              {t.status}
            </th>
          )}
          <th scope="col" className="col-provenance">
            {t.provenance}
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.id} data-figure={row.id}>
            <th scope="row">
              {row.name}
              {onSelect && (
                // Its word is drawn by CSS (data-text): the row header's text stays the figure's
                // name alone, for copying and for the names an export is checked against.
                <button
                  type="button"
                  className="select-mark"
                  data-text={t.selectMark}
                  aria-pressed={selection === row.id}
                  aria-label={`${t.selectMark}${t.colon}${row.name}`}
                  title={t.selectMarkHint}
                  onClick={() => onSelect(row.id)}
                />
              )}
            </th>
            <Cell label={t.value} className="num" value={row.value}>
              {row.valueText}
            </Cell>
            <Cell label={t.unit}>{row.unitText}</Cell>
            <Cell label={t.period}>{row.periodText}</Cell>
            <Cell label={t.qualifier}>{row.qualifierText}</Cell>
            {hasStatus && (
              <Cell label={t.status} className="status" status={row.status?.code}>
                {row.status && (
                  <>
                    <StatusBadge status={row.status} />
                    <br />
                    <span className="muted">{row.status.reasonText}</span>
                  </>
                )}
              </Cell>
            )}
            <Cell label={t.provenance} className="provenance">
              <Provenance row={row} lang={lang} />
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A data cell; `data-label` names its column where rows are stacked. */
function Cell({
  label,
  className,
  value,
  status,
  children,
}: {
  label: string;
  className?: string;
  value?: number;
  status?: string;
  children: ReactNode;
}) {
  const empty = children === undefined || children === null || children === '' || children === false;
  return (
    <td className={className} data-label={label} data-value={value} data-status={status} data-empty={empty || undefined}>
      <div className="cell">{children}</div>
    </td>
  );
}

/** Where a row's number comes from: the clause or the formula, measure, sources and notes. */
function Provenance({ row, lang }: { row: FigureRow; lang: Lang }) {
  const t = UI[lang];
  return (
    <>
      {row.kind === 'derived' ? (
        <span>
          {t.derived}
          {t.colon}
          <code className="formula">{row.formulaText}</code>
        </span>
      ) : (
        <span>“{row.clause}”</span>
      )}
      {row.basisText && (
        <>
          <br />
          <span className="muted">
            {t.measure}
            {t.colon}
            {row.basisText}
          </span>
        </>
      )}
      {row.flagText && (
        <>
          <br />
          <span className="flag-line" data-flags={row.flags?.join(' ')}>
            {t.figureStatus}
            {t.colon}
            {row.flagText}
          </span>
        </>
      )}
      {row.doubtText && (
        <>
          <br />
          <span className="doubt-line">
            {t.doubtful}
            {t.colon}
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
            {t.note}
            {t.colon}
            {row.note}
          </span>
        </>
      )}
      {row.status && row.status.targetId === row.id && (
        <>
          <br />
          <span className="muted">
            {t.note}
            {t.colon}
            {row.status.note}
          </span>
        </>
      )}
    </>
  );
}

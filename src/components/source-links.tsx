import type { SourceRef, StatusView } from '@/view-model/select-rows';
import { STATUS_MARK } from '@/view-model/figure-texts';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import './source-links.css';

/** "转载来源": a figure from a page that is not the official original. Text, not colour. */
export function RepostedMark({ lang }: { lang: Lang }) {
  const t = UI[lang];
  return (
    <span className="reposted-mark" title={t.repostedHint}>
      {t.reposted}
    </span>
  );
}

/** The host name of a link, for lines where the full address would not fit. */
function hostOf(url: string): string {
  return new URL(url).host;
}

/**
 * A source as a line: its text, a reposted mark, and a link to the page. Data never becomes
 * HTML: React escapes the text, and `url` was checked to be http(s) when the row was made.
 */
export function SourceLink({ source, lang, fullUrl = false }: { source: SourceRef; lang: Lang; fullUrl?: boolean }) {
  // The mark is part of the text already ("… · 转载来源"); shown as a badge, it is not repeated.
  const reposted = UI[lang].reposted;
  const text = source.reposted && source.text.endsWith(` · ${reposted}`) ? source.text.slice(0, -` · ${reposted}`.length) : source.text;
  return (
    <span
      className="source-ref"
      data-source={source.id}
      title={source.urlText ? `${text} · ${source.urlText}` : source.url ? `${text} · ${source.url}` : text}
    >
      {text}
      {source.reposted && (
        <>
          {' '}
          <RepostedMark lang={lang} />
        </>
      )}
      {source.url && (
        <>
          {' · '}
          <a className="source-url" href={source.url} rel="noreferrer noopener" target="_blank">
            {fullUrl ? source.url : hostOf(source.url)}
          </a>
        </>
      )}
      {!source.url && source.urlText && (
        <>
          {' · '}
          <span className="source-url source-url--text">{source.urlText}</span>
        </>
      )}
    </span>
  );
}

/** Just the mark and the page's host, linked: for a tile, where the whole source line is in its details. */
export function RepostedLink({ source, lang }: { source: SourceRef; lang: Lang }) {
  return (
    <span className="source-ref" data-source={source.id}>
      <RepostedMark lang={lang} />
      {source.url && (
        <>
          {' '}
          <a className="source-url" href={source.url} rel="noreferrer noopener" target="_blank" title={source.text}>
            {hostOf(source.url)}
          </a>
        </>
      )}
    </span>
  );
}

/** Every distinct source of some rows, one after another, separated by semicolons. */
export function SourceList({ sources, lang, fullUrl = false }: { sources: readonly SourceRef[]; lang: Lang; fullUrl?: boolean }) {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return (
    <>
      {unique.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          <SourceLink source={source} lang={lang} fullUrl={fullUrl} />
        </span>
      ))}
    </>
  );
}

/** "✓ 已完成": a target's status as a symbol and words. */
export function StatusBadge({ status }: { status: StatusView }) {
  return (
    <span className={`status-badge status-badge--${status.code}`} data-status={status.code}>
      {STATUS_MARK[status.code]} {status.text}
    </span>
  );
}

import type { DataProblem } from '@/data/problems';
import type { RejectedSource, Source } from '@/data/schema';
import { formatDate } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';

interface Props {
  sources: Source[] | undefined;
  /** Records of sources.json set aside: listed with what is wrong, so the list never hides a gap. */
  rejected?: readonly RejectedSource[];
  lang: Lang;
}

/** Every source the dashboard rests on, with its date; the records that failed, and why. */
export function SourcesView({ sources, rejected = [], lang }: Props) {
  const t = UI[lang];
  return (
    <section id="sources" className="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sources}</h2>
      <p className="muted">{t.sourcesIntro}</p>
      {rejected.length > 0 && (
        <div className="sources-rejected" role="alert" data-sources-rejected={rejected.length}>
          <p>{t.sourcesRejected}</p>
          <ul>
            {rejected.map((record) => (
              <li key={record.index} data-rejected-source={record.id ?? ''}>
                <strong>{record.id ?? `${t.sourceNoId} #${record.index + 1}`}</strong>
                {t.colon}
                {record.problems.map(problemText).join(t.listSep)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol>
        {(sources ?? []).map((source) => (
          <li key={source.id} data-source={source.id}>
            <strong>{pick(source.title, lang)}</strong>
            <br />
            {pick(source.publisher, lang)} · {t.published} {formatDate(source.date, lang)}
            {source.section && ` · ${pick(source.section, lang)}`}
            {source.url && (
              <>
                {' · '}
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  {source.url}
                </a>
              </>
            )}
            {source.rejectedUrl && (
              <span className="source-url--text" data-rejected-url="">
                {' · '}
                {t.linkAsText} {source.rejectedUrl}
              </span>
            )}
            {source.note && <span className="muted"> · {pick(source.note, lang)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "title.zh: must not be empty": the field inside the record, and the problem. */
function problemText(problem: DataProblem): string {
  const field = problem.path.replace(/^sources\.\d+\.?/, '') || '(record)';
  return `${field}: ${problem.message.replace(/ \(source [^)]*\)$/, '')}`;
}

import type { Source } from '@/data/schema';
import { formatDate } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';

/** Every source the dashboard rests on, with its date. */
export function SourcesView({ sources, lang }: { sources: Source[] | undefined; lang: Lang }) {
  const t = UI[lang];
  return (
    <section id="sources" className="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sources}</h2>
      <p className="muted">{t.sourcesIntro}</p>
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
            {source.note && <span className="muted"> · {pick(source.note, lang)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { useNoticeStore } from '@/state/notice-store';

/** "Data updated": a data file changed on the server and the dashboard now shows the new figures. */
export function DataUpdatedNotice({ lang }: { lang: Lang }) {
  const t = UI[lang];
  const files = useNoticeStore((s) => s.updatedFiles);
  const dismiss = useNoticeStore((s) => s.dismiss);
  return (
    <div className="notice" role="status" aria-live="polite">
      {files.length > 0 && (
        <>
          <span>
            {t.dataUpdated}
            {t.colon}
            {files.join(t.commaSep)}
          </span>
          <button type="button" onClick={dismiss} aria-label={t.dismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}

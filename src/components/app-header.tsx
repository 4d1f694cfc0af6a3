import { useState, type ReactNode } from 'react';
import { OfflineFileButton, PrintMenu, ShareQrButton, WatermarkOverlay } from '@/report/report-controls';
import type { Lang } from '@/i18n/lang';
import { LANGUAGES, nextLang } from '@/i18n/languages';
import { enterPresentation } from '@/present/enter-presentation';
import { UI } from '@/i18n/strings';
import { currentShareUrl } from '@/state/use-url-sync';
import { useViewStore, type SchemePreference } from '@/state/view-store';

/** Title, language, colour scheme and "Copy link". */
export function AppHeader({
  lang,
  exportAll,
}: {
  lang: Lang /** The "Export all" menu, given the view's panels by the app. */;
  exportAll: ReactNode;
}) {
  const t = UI[lang];
  const scheme = useViewStore((s) => s.scheme);
  const setLang = useViewStore((s) => s.setLang);
  const setScheme = useViewStore((s) => s.setScheme);
  const patterns = useViewStore((s) => s.patterns);
  const setPatterns = useViewStore((s) => s.setPatterns);
  const [status, setStatus] = useState<string>('');

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(currentShareUrl());
      setStatus(t.linkCopied);
    } catch {
      setStatus(t.copyFailed);
    }
  }

  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t.appTitle}</h1>
        <p className="app-subtitle">{t.appSubtitle}</p>
      </div>
      <div className="app-controls">
        <button type="button" className="primary" data-action="present" onClick={() => enterPresentation()}>
          {t.present}
        </button>
        <button
          type="button"
          aria-label={`${t.language}${t.colon}${LANGUAGES[nextLang(lang)].nativeName}`}
          title={t.language}
          onClick={() => setLang(nextLang(lang))}
        >
          {LANGUAGES[nextLang(lang)].nativeName}
        </button>
        <label className="select-label">
          <span className="visually-hidden">{t.colorTheme}</span>
          <select aria-label={t.colorTheme} value={scheme} onChange={(e) => setScheme(e.target.value as SchemePreference)}>
            <option value="system">{t.schemeSystem}</option>
            <option value="light">{t.schemeLight}</option>
            <option value="dark">{t.schemeDark}</option>
          </select>
        </label>
        <button type="button" aria-pressed={patterns} onClick={() => setPatterns(!patterns)} title={t.patterns}>
          {t.patterns}
        </button>
        <button type="button" onClick={() => void copyLink()}>
          {t.copyLink}
        </button>
        <ShareQrButton lang={lang} />
        {exportAll}
        <PrintMenu lang={lang} />
        <OfflineFileButton lang={lang} />
        <a className="header-link" href="#sources">
          {t.sources}
        </a>
        <p className="status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      <WatermarkOverlay />
    </header>
  );
}

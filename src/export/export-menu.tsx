import { useState } from 'react';
import type { Figure, Source, ThemeFile } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { ChartPanelDef } from '@/panels/panel-def';
import { importWithRetry, loadErrorText } from '@/components/lazy-import';
import { useExportPrefs } from './export-prefs';
import { EXPORT_UI } from './export-strings';
import { shownSizeOf, type PanelExportInput } from './export-types';
import { ExportOptionsFields } from './export-options-fields';
import { usePopover } from './use-popover';
import './export.css';

interface ExportMenuProps {
  def: ChartPanelDef;
  title: string;
  file: ThemeFile;
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  lang: Lang;
}

const loadActions = () => importWithRetry(() => import('./export-actions'));

const errorText = (error: unknown, lang: Lang) => loadErrorText(error, UI[lang].chunkFailed);

/** A chart panel's "Export" button and its options: PNG, SVG, CSV, copy image. */
export function ExportMenu({ def, title, file, figures, sources, lang }: ExportMenuProps) {
  const t = EXPORT_UI[lang];
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const popover = usePopover(busy);

  function input(): PanelExportInput {
    return { def, title, file, figures, sources, lang, shown: shownSizeOf(popover.rootRef.current?.closest('.panel') ?? null, def) };
  }

  async function download(format: 'png' | 'svg' | 'csv') {
    if (busy) return;
    setBusy(true);
    setStatus(t.working);
    try {
      const { downloadPanel } = await loadActions();
      setStatus(t.downloaded(await downloadPanel(input(), useExportPrefs.getState(), format)));
    } catch (error) {
      setStatus(t.failed(errorText(error, lang)));
    } finally {
      setBusy(false);
    }
  }

  function copyImage() {
    if (busy) return;
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
      setStatus(t.copyUnsupported);
      return;
    }
    // The ClipboardItem gets a promise of the PNG at once, inside the click: Safari refuses a
    // clipboard write that starts after an await.
    const png = loadActions().then(({ panelPng }) => panelPng(input(), useExportPrefs.getState()));
    setBusy(true);
    setStatus(t.working);
    navigator.clipboard
      .write([new ClipboardItem({ 'image/png': png })])
      .then(
        () => setStatus(t.copied),
        async () => {
          const rendered = await png.then(
            () => null,
            (error: unknown) => error,
          );
          setStatus(rendered ? t.failed(errorText(rendered, lang)) : t.copyRefused);
        },
      )
      .finally(() => setBusy(false));
  }

  return (
    <div className="export-menu" ref={popover.rootRef} onKeyDown={popover.onKeyDown} onBlur={popover.onBlur}>
      <button
        ref={popover.triggerRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={popover.open}
        aria-controls={popover.open ? popover.id : undefined}
        onClick={() => {
          if (!popover.open) setStatus('');
          popover.toggle();
        }}
      >
        {t.export}
      </button>
      {popover.open && (
        <div ref={popover.popoverRef} id={popover.id} className="export-popover" role="dialog" aria-label={t.exportChart(title)}>
          <ExportOptionsFields lang={lang} />
          <div className="export-buttons" role="group" aria-label={t.formats}>
            {/* aria-disabled, not disabled: a disabled button drops the keyboard focus it holds. */}
            <button type="button" aria-disabled={busy} onClick={() => void download('png')}>
              {t.png}
            </button>
            <button type="button" aria-disabled={busy} onClick={() => void download('svg')}>
              {t.svg}
            </button>
            <button type="button" aria-disabled={busy} onClick={() => void download('csv')}>
              {t.csv}
            </button>
            <button type="button" aria-disabled={busy} onClick={copyImage}>
              {t.copyImage}
            </button>
          </div>
          <p className="export-status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}

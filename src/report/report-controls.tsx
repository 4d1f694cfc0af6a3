import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { importWithRetry, loadErrorText } from '@/components/lazy-import';
import { useDataset } from '@/data/use-dataset';
import { exportFileName } from '@/export/file-names';
import { usePopover } from '@/export/use-popover';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { currentShareUrl } from '@/state/use-url-sync';
import { useViewStore } from '@/state/view-store';
import { versionText } from './data-version';
import { isOfflineFile } from './offline-data-block';
import type { PrintKind } from './print-data';
import { REPORT_UI } from './report-strings';
import { useTrackDataVersion } from './use-data-version';
import { setWatermark, useWatermarkSetting, useWatermarkText, watermarkText, WATERMARK_MAX_LENGTH, watermarkTileUrl } from './watermark';
import './print.css';
import '@/export/export.css';

const notScannable = () => !scannable();
const loadQr = () => importWithRetry(() => import('./qr'));
const loadPrint = () => importWithRetry(() => import('./print-view'));
const errorText = (error: unknown, lang: Lang) => loadErrorText(error, UI[lang].chunkFailed);

/** A link on disk (the offline file) cannot be opened from a phone: no QR code there. */
const scannable = () => window.location.protocol === 'http:' || window.location.protocol === 'https:';

/**
 * A fact about the page that only the browser knows (its address, whether it is the offline
 * file): false in the prerendered HTML and the first render that takes it over, then the truth.
 */
function useBrowserFact(read: () => boolean): boolean {
  const [value, setValue] = useState(false);
  useEffect(() => setValue(read()), [read]);
  return value;
}

/** "二维码 / QR code": the current view's share link as a QR code, with the link as text. */
export function ShareQrButton({ lang }: { lang: Lang }) {
  const t = REPORT_UI[lang];
  const popover = usePopover();
  const [qr, setQr] = useState<{ url: string; image: string } | null>(null);
  const [error, setError] = useState('');
  // The view changes while the popover is open (it cannot: the popover takes the focus), but the
  // language may; the link is read on opening.
  useEffect(() => {
    if (!popover.open) return;
    let live = true;
    const url = currentShareUrl();
    setError('');
    loadQr().then(
      ({ qrDataUrl }) => live && setQr({ url, image: qrDataUrl(url) }),
      (e: unknown) => live && setError(`${t.qrFailed}${errorText(e, lang)}`),
    );
    return () => {
      live = false;
    };
  }, [popover.open, lang, t.qrFailed]);
  const onDisk = useBrowserFact(notScannable);
  if (onDisk) return null;
  return (
    <div className="export-menu report-qr-menu" ref={popover.rootRef} onKeyDown={popover.onKeyDown} onBlur={popover.onBlur}>
      <button
        ref={popover.triggerRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={popover.open}
        aria-controls={popover.open ? popover.id : undefined}
        onClick={popover.toggle}
      >
        {t.qr}
      </button>
      {popover.open && (
        <div
          ref={popover.popoverRef}
          id={popover.id}
          className="export-popover report-qr-popover"
          role="dialog"
          aria-label={t.qrTitle}
          tabIndex={-1}
        >
          {qr ? (
            <>
              <img className="report-qr-image" src={qr.image} alt={t.qrTitle} width={220} height={220} data-qr-link={qr.url} />
              <p className="report-qr-hint">{t.qrHint}</p>
              <p className="report-qr-link">{qr.url}</p>
            </>
          ) : (
            <p className="export-status" role="status">
              {error || UI[lang].loading}
            </p>
          )}
          <button type="button" onClick={() => popover.close(true)}>
            {UI[lang].closeDialog}
          </button>
        </div>
      )}
    </div>
  );
}

/** "打印 / 导出PDF": the A4 report or the 16:9 deck through the browser's print dialog, and the watermark. */
export function PrintMenu({ lang }: { lang: Lang }) {
  const t = REPORT_UI[lang];
  const dataset = useDataset();
  const version = useTrackDataVersion(dataset);
  const filters = useViewStore(useShallow((s) => s.filters));
  const watermark = useWatermarkSetting();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const popover = usePopover(busy);

  async function print(kind: PrintKind) {
    if (busy) return;
    setBusy(true);
    setStatus(t.preparing);
    try {
      const viewUrl = currentShareUrl();
      const [{ printCurrentView }, { printablePanels }] = await Promise.all([loadPrint(), importWithRetry(() => import('./print-data'))]);
      if (printablePanels(dataset, filters, lang).length === 0) {
        setStatus(t.noCharts);
        return;
      }
      const qr = scannable() ? (await loadQr()).qrDataUrl(viewUrl) : undefined;
      await printCurrentView({ kind, lang, dataset, filters, viewUrl, version, watermark: watermarkText(), qr });
      setStatus('');
    } catch (error) {
      setStatus(`${t.printFailed}${errorText(error, lang)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-menu report-print-menu" ref={popover.rootRef} onKeyDown={popover.onKeyDown} onBlur={popover.onBlur}>
      <button
        ref={popover.triggerRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={popover.open}
        aria-controls={popover.open ? popover.id : undefined}
        onClick={popover.toggle}
      >
        {t.print}
      </button>
      {popover.open && (
        <div ref={popover.popoverRef} id={popover.id} className="export-popover" role="dialog" aria-label={t.printTitle}>
          <div className="export-buttons export-buttons--column" role="group" aria-label={t.printTitle}>
            <button type="button" aria-disabled={busy} data-print="report" onClick={() => void print('report')}>
              {t.printReport}
            </button>
            <button type="button" aria-disabled={busy} data-print="deck" onClick={() => void print('deck')}>
              {t.printDeck}
            </button>
          </div>
          <p className="report-hint">{t.printHint}</p>
          <fieldset className="export-options report-watermark">
            <legend>{t.watermark}</legend>
            <label className="report-check">
              <input type="checkbox" checked={watermark.enabled} onChange={(e) => setWatermark({ enabled: e.target.checked })} />
              <span>{t.watermarkOn}</span>
            </label>
            <label>
              <span>{t.watermarkText}</span>
              <input
                type="text"
                value={watermark.text}
                maxLength={WATERMARK_MAX_LENGTH}
                placeholder={t.watermarkPlaceholder}
                onChange={(e) => setWatermark({ text: e.target.value, enabled: watermark.enabled || e.target.value.trim() !== '' })}
              />
            </label>
            <p className="report-hint">{t.watermarkHint}</p>
          </fieldset>
          {version && (
            <p className="report-hint" data-data-version={versionText(version)}>
              {t.dataVersion}
              {t.fieldSep}
              {versionText(version)}
            </p>
          )}
          <p className="export-status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}

/** "离线版 / Offline file": downloads the single-file dashboard with the data and view of the moment. */
export function OfflineFileButton({ lang }: { lang: Lang }) {
  const t = REPORT_UI[lang];
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // The offline file itself offers no offline file: it has no server to take one from.
  const offline = useBrowserFact(isOfflineFile);
  if (offline) return null;
  async function download() {
    if (busy) return;
    setBusy(true);
    try {
      const { downloadOfflineFile } = await importWithRetry(() => import('./offline-file'));
      const name = exportFileName({ title: t.offlineFileName, lang, date: new Date(), ext: 'html' });
      setStatus(`${t.offlineDownloaded}${await downloadOfflineFile(new URL(currentShareUrl()).search, name)}`);
    } catch (error) {
      setStatus(`${t.offlineFailed}${errorText(error, lang)}`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" title={t.offlineHint} aria-disabled={busy} data-action="offline-file" onClick={() => void download()}>
        {t.offline}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite" data-offline-status="">
        {status}
      </span>
    </>
  );
}

/**
 * The watermark over the page: the reader's text repeated faintly across the whole window,
 * above the content but never catching a click or a tap, and printed on every page.
 */
export function WatermarkOverlay() {
  const text = useWatermarkText();
  if (!text) return null;
  return createPortal(
    <div
      className="watermark-overlay"
      aria-hidden="true"
      data-watermark={text}
      style={{ backgroundImage: watermarkTileUrl(text, 'rgba(120, 128, 140, 0.18)') }}
    />,
    document.body,
  );
}

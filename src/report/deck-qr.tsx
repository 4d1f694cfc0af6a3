import { useEffect, useState } from 'react';
import { importWithRetry } from '@/components/lazy-import';
import type { Lang } from '@/i18n/lang';
import { currentShareUrl } from '@/state/use-url-sync';
import { REPORT_UI } from './report-strings';
import { WatermarkOverlay } from './report-controls';

/**
 * The closing mark of the deck's last slide: a QR code of the dashboard's link in the stage's
 * corner, so that the audience can open the same figures on their phones, and the watermark,
 * as on the dashboard. Shown only where the page has a web address (not the offline file).
 */
export function DeckLastSlideQr({ lang }: { lang: Lang }) {
  const t = REPORT_UI[lang];
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    if (window.location.protocol !== 'http:' && window.location.protocol !== 'https:') return;
    let live = true;
    const url = new URL(currentShareUrl());
    // The link opens the dashboard, not the deck at its last slide.
    url.searchParams.delete('slide');
    importWithRetry(() => import('./qr')).then(
      ({ qrDataUrl }) => live && setImage(qrDataUrl(url.href)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!image) return null;
  return (
    <figure className="deck-qr" data-deck-qr="">
      <img src={image} alt={t.qrTitle} />
      <figcaption>{t.scanToOpen}</figcaption>
    </figure>
  );
}

export { WatermarkOverlay };

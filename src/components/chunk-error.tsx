import { create } from 'zustand';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import { useViewStore } from '@/state/view-store';
import './chunk-error.css';

interface ChunkErrorProps {
  /** The page's language by default. */
  lang?: Lang;
  /** Tries the load again in place (besides reloading the page). */
  onRetry?: () => void;
  className?: string;
  /** Moves focus to the reload button (the part the reader was using has gone). */
  focusReload?: boolean;
}

/**
 * In place of a part of the app that could not be loaded: most likely a new version was
 * deployed while this page was open, or the network failed. Reloading fixes both.
 */
export function ChunkError({ lang, onRetry, className, focusReload = false }: ChunkErrorProps) {
  const viewLang = useViewStore((s) => s.lang);
  const t = UI[lang ?? viewLang];
  return (
    <div className={`chunk-error${className ? ` ${className}` : ''}`} role="alert" data-chunk-error="">
      <p>{t.chunkFailed}</p>
      <div className="chunk-error-buttons">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        )}
        <button type="button" autoFocus={focusReload} onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    </div>
  );
}

interface ChunkFailureState {
  /** A part of the app (presenter mode) failed to load and the dashboard says so. */
  failed: boolean;
  report: () => void;
  dismiss: () => void;
}

export const useChunkFailure = create<ChunkFailureState>()((set) => ({
  failed: false,
  report: () => set({ failed: true }),
  dismiss: () => set({ failed: false }),
}));

/** The dashboard's banner for a part of the app that could not be loaded. */
export function ChunkErrorNotice({ lang }: { lang: Lang }) {
  const failed = useChunkFailure((s) => s.failed);
  return failed ? <ChunkError lang={lang} className="chunk-error--banner" focusReload /> : null;
}

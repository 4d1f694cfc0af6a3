import { useEffect, useState } from 'react';
import './chunk-error.css';

/** How long a request may take before the reader is told it is still on its way. */
export const STILL_LOADING_AFTER_MS = 3000;

/** Says "still loading" once a load has taken longer than a few seconds; nothing before. */
export function StillLoading({ text, afterMs = STILL_LOADING_AFTER_MS }: { text: string; afterMs?: number }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(timer);
  }, [afterMs]);
  return slow ? (
    <p className="still-loading" role="status">
      {text}
    </p>
  ) : null;
}

import { DataFileError, formatProblem } from '@/data/problems';
import type { UiStrings } from '@/i18n/strings';

interface Props {
  error: unknown;
  t: UiStrings;
  title: string;
  onRetry?: () => void;
}

/** What went wrong, where: the file, the field and the problem, with a way to try again. */
export function DataErrorCard({ error, t, title, onRetry }: Props) {
  const lines =
    error instanceof DataFileError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
  return (
    <div className="error-card" role="alert">
      <p className="error-title">{title}</p>
      <ul>
        {lines.slice(0, 8).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one error, never reordered
          <li key={i}>
            <code>{line}</code>
          </li>
        ))}
        {lines.length > 8 && <li>… +{lines.length - 8}</li>}
      </ul>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

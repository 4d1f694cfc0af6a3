import type { Lang } from '@/i18n/lang';
import { formatMessage, UI } from '@/i18n/strings';
import { withCardsLaidOut } from './lay-out-cards';

interface Props {
  lang: Lang;
  /** The selected figure's short name. */
  label: string;
  /** The panels that highlight the selection, in dashboard order. */
  linked: readonly string[];
  onClear: () => void;
}

/** "在3个图表中突出显示": how many charts highlight the selection, in words. */
export function highlightedText(count: number, lang: Lang): string {
  if (count === 0) return UI[lang].selectionNotShown;
  return formatMessage(lang, 'selectionHighlighted', { count });
}

/**
 * The index of the linked panel to scroll to next: the first whose top lies below `offset` (the
 * reading line under the sticky bars), or the first one again once past the last.
 */
export function nextLinkedIndex(tops: readonly number[], offset: number): number {
  const next = tops.findIndex((top) => top > offset + 1);
  return next === -1 ? 0 : next;
}

/**
 * A bar at the bottom of the screen while a figure is selected: what is selected, how many charts
 * highlight it (they may be far from the one clicked), a button to go to the next, and one to clear it.
 */
export function SelectionNotice({ lang, label, linked, onClear }: Props) {
  const t = UI[lang];
  const goToNext = () => {
    const panels = linked.map((id) => document.getElementById(`panel-${id}`)).filter((el): el is HTMLElement => el !== null);
    if (panels.length === 0) return;
    const offset = 96;
    withCardsLaidOut(() => {
      const target =
        panels[
          nextLinkedIndex(
            panels.map((el) => el.getBoundingClientRect().top),
            offset,
          )
        ];
      target?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
  };
  return (
    <div className="selection-notice" role="status" data-linked={linked.length}>
      <p>
        <strong>
          {t.selected}
          {t.colon}
          {label}
        </strong>
        <span aria-hidden="true"> · </span>
        <span>{highlightedText(linked.length, lang)}</span>
      </p>
      {linked.length > 0 && (
        <button type="button" onClick={goToNext}>
          {t.nextHighlighted}
        </button>
      )}
      <button type="button" onClick={onClear}>
        {t.clearSelection}
      </button>
    </div>
  );
}

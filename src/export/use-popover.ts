import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * A button that opens a small non-modal dialog: focus moves into it on open, Esc closes it and
 * returns focus to the button, and a click or Tab outside closes it (unless it is busy, so a
 * running export keeps its progress and message in view).
 */
export function usePopover(busy = false) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const busyRef = useRef(busy);
  busyRef.current = busy;

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  }, []);

  // The popover hangs from the button's right edge; where that would cross the viewport's edge
  // (a header button wrapped to the left on a phone), it is slid back inside.
  useLayoutEffect(() => {
    const popover = popoverRef.current;
    if (!open || !popover) return;
    popover.style.translate = '';
    const margin = 8;
    const rect = popover.getBoundingClientRect();
    const dx =
      rect.left < margin ? margin - rect.left : rect.right > window.innerWidth - margin ? window.innerWidth - margin - rect.right : 0;
    if (dx) popover.style.translate = `${Math.round(dx)}px 0`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    popoverRef.current?.querySelector<HTMLElement>('select, button, input, [tabindex]:not([tabindex="-1"])')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!busyRef.current && !rootRef.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      // Esc belongs to this popover: presenter mode and other global handlers must not see it.
      event.stopPropagation();
      event.preventDefault();
      close(true);
    }
  };

  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !busyRef.current && !rootRef.current?.contains(next)) close(false);
  };

  return { open, toggle: () => setOpen((o) => !o), close, id, rootRef, triggerRef, popoverRef, onKeyDown, onBlur };
}

/** What a key press does in presenter mode (PowerPoint / Keynote / reveal.js conventions). */
export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'blank'; colour: 'black' | 'white' }
  | { type: 'unblank' }
  | { type: 'fullscreen' }
  | { type: 'exit' }
  | { type: 'none' };

export interface KeyState {
  /** Digits typed so far for "a number then Enter". */
  digits: string;
  blank: 'black' | 'white' | null;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);
const MAX_DIGITS = 3;

/**
 * The action for a key and the digits typed after it. While the screen is blanked, any key
 * only brings the slide back.
 */
export function interpretKey(key: string, state: KeyState): { action: DeckAction; digits: string } {
  if (state.blank) return { action: { type: 'unblank' }, digits: '' };
  if (/^[0-9]$/.test(key)) return { action: { type: 'none' }, digits: (state.digits + key).slice(-MAX_DIGITS) };
  if (key === 'Enter' && state.digits) return { action: { type: 'goto', slide: Number(state.digits) }, digits: '' };
  if (key === 'Backspace' && state.digits) return { action: { type: 'none' }, digits: state.digits.slice(0, -1) };
  if (key === 'Escape' && state.digits) return { action: { type: 'none' }, digits: '' };
  if (NEXT.has(key)) return { action: { type: 'next' }, digits: '' };
  if (PREV.has(key)) return { action: { type: 'prev' }, digits: '' };
  switch (key) {
    case 'Home':
      return { action: { type: 'first' }, digits: '' };
    case 'End':
      return { action: { type: 'last' }, digits: '' };
    case 'b':
    case 'B':
    case '.':
      return { action: { type: 'blank', colour: 'black' }, digits: '' };
    case 'w':
    case 'W':
    case ',':
      return { action: { type: 'blank', colour: 'white' }, digits: '' };
    case 'f':
    case 'F':
      return { action: { type: 'fullscreen' }, digits: '' };
    case 'Escape':
      return { action: { type: 'exit' }, digits: '' };
    default:
      return { action: { type: 'none' }, digits: state.digits };
  }
}

/** The slide (1-based) an action moves to; auto-advance and "next" on the last slide wrap only when asked. */
export function slideAfter(action: DeckAction, current: number, total: number, wrap = false): number {
  // An empty deck (filters that leave no panel) stays on slide 1: there is no slide 0.
  if (total < 1) return 1;
  switch (action.type) {
    case 'next':
      return current < total ? current + 1 : wrap ? 1 : total;
    case 'prev':
      return Math.max(1, current - 1);
    case 'first':
      return 1;
    case 'last':
      return total;
    case 'goto':
      return Math.min(Math.max(1, action.slide), total);
    default:
      return current;
  }
}

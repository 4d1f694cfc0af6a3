import type { DeckAction } from './deck-keys';

/** Messages between the deck and its presenter view (a second window of the same origin). */
export type DeckMessage =
  | { type: 'state'; slide: number; panelIds: string[]; startedAt: number; blank: 'black' | 'white' | null }
  | { type: 'command'; action: DeckAction }
  /** A key pressed in the presenter view, for the deck to interpret. */
  | { type: 'key'; key: string }
  | { type: 'hello' }
  | { type: 'ended' };

const CHANNEL = 'tianjin-fyp-deck';

/** A BroadcastChannel for deck messages; a no-op where the browser has none. */
export function openDeckChannel(onMessage: (message: DeckMessage) => void): { post: (message: DeckMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<DeckMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/**
 * Cards far from the screen are not laid out (`content-visibility: auto`, styles.css) and hold an
 * estimated height until they are. Before the page measures its cards or scrolls to one, it lays
 * them all out: positions are then true, and every card keeps its real height afterwards (the
 * browser remembers it once a frame has been drawn with it).
 */
export function withCardsLaidOut<T>(work: () => T): T {
  const root = document.documentElement;
  root.setAttribute('data-cards-laid-out', '');
  try {
    return work();
  } finally {
    requestAnimationFrame(() => requestAnimationFrame(() => root.removeAttribute('data-cards-laid-out')));
  }
}

import type { Locator } from '@playwright/test';

/**
 * Scrolls an element to the middle of the screen and waits until it stays there. Cards far from
 * the screen hold an estimated height until they are laid out (content-visibility: auto); those
 * near the element take their real height once the page scrolls, which can move it. So: scroll,
 * let two frames draw, and scroll again until a scroll no longer moves it.
 */
export async function scrollToCentre(locator: Locator): Promise<void> {
  await locator.evaluate(async (el) => {
    const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    for (let attempt = 0; attempt < 20; attempt++) {
      const before = el.getBoundingClientRect().top;
      el.scrollIntoView({ block: 'center' });
      await twoFrames();
      if (Math.abs(el.getBoundingClientRect().top - before) < 1) return;
    }
    throw new Error('the element kept moving: the page did not settle around it');
  });
}

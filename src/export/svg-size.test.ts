import { describe, expect, it } from 'vitest';
import { withNominalSize } from './svg-size';

describe('withNominalSize', () => {
  it('sets the root size and keeps the viewBox', () => {
    const svg =
      '<svg width="960" height="540" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540"><rect width="960" height="540"/></svg>';
    expect(withNominalSize(svg, 1920, 1080, 960, 540)).toBe(
      '<svg width="1920" height="1080" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540"><rect width="960" height="540"/></svg>',
    );
  });

  it('adds a viewBox where there is none, so the drawing scales', () => {
    expect(withNominalSize('<svg width="100" height="50"></svg>', 200, 100, 100, 50)).toBe(
      '<svg viewBox="0 0 100 50" width="200" height="100"></svg>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseCanvas } from '@/state/canvas-size';
import { stageLayout } from './stage-layout';

describe('parseCanvas', () => {
  it('reads presets and custom sizes, and refuses junk', () => {
    expect(parseCanvas('5760x1080')).toEqual({ width: 5760, height: 1080 });
    expect(parseCanvas('6656×1792')).toEqual({ width: 6656, height: 1792 });
    expect(parseCanvas('10x10')).toBeUndefined();
    expect(parseCanvas('99999x1080')).toBeUndefined();
    expect(parseCanvas('1920x1080;x')).toBeUndefined();
  });
});

describe('stageLayout', () => {
  const wall = { width: 5760, height: 1080 };

  it('contains the whole canvas, letterboxed and centred', () => {
    const layout = stageLayout('contain', { width: 1920, height: 1080 }, { width: 1280, height: 1024 });
    expect(layout.scale).toBeCloseTo(1280 / 1920);
    expect(layout.width * layout.scale).toBeCloseTo(1280);
    expect(layout.height * layout.scale).toBeCloseTo(720);
    expect(layout.top).toBeCloseTo((1024 - 720) / 2);
    expect(layout.unit).toBe(1);
  });

  it('fills the width without cropping: the slide is laid out in the height that stays visible', () => {
    const viewport = { width: 1920, height: 1080 };
    const layout = stageLayout('fill-width', wall, viewport);
    expect(layout.width * layout.scale).toBeCloseTo(1920);
    // Never taller than the screen shows.
    expect(layout.height * layout.scale).toBeLessThanOrEqual(1080 + 1);
    expect(layout.height).toBe(3240);
  });

  it('fills the height without cropping: the slide is laid out in the width that stays visible', () => {
    const layout = stageLayout('fill-height', wall, { width: 1920, height: 1080 });
    expect(layout.height * layout.scale).toBeCloseTo(1080);
    expect(layout.width * layout.scale).toBeLessThanOrEqual(1920 + 1);
    expect(layout.unit).toBe(1);
  });

  it('scales type with the canvas: twice as large on 3840×2160, the height decides on a wide wall', () => {
    expect(stageLayout('contain', { width: 3840, height: 2160 }, { width: 1920, height: 1080 }).unit).toBe(2);
    expect(stageLayout('contain', { width: 6656, height: 1792 }, { width: 1920, height: 1080 }).unit).toBeCloseTo(1792 / 1080);
  });
});

import { describe, expect, it } from 'vitest';
import { interpretKey, slideAfter, type KeyState } from './deck-keys';

const idle: KeyState = { digits: '', blank: null };
const act = (key: string, state: KeyState = idle) => interpretKey(key, state).action.type;

describe('interpretKey', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N'])('%s goes to the next slide', (key) => {
    expect(act(key)).toBe('next');
  });
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])('%s goes to the previous slide', (key) => {
    expect(act(key)).toBe('prev');
  });
  it('Home and End go to the first and last slide', () => {
    expect(act('Home')).toBe('first');
    expect(act('End')).toBe('last');
  });
  it('a number then Enter jumps to that slide', () => {
    let state = idle;
    for (const key of ['1', '2']) state = { ...state, digits: interpretKey(key, state).digits };
    expect(state.digits).toBe('12');
    expect(interpretKey('Enter', state)).toEqual({ action: { type: 'goto', slide: 12 }, digits: '' });
    expect(interpretKey('Backspace', state).digits).toBe('1');
    expect(interpretKey('Escape', state)).toEqual({ action: { type: 'none' }, digits: '' });
  });
  it('B or . blacks out, W or , whites out, and any key returns', () => {
    for (const key of ['b', 'B', '.']) expect(interpretKey(key, idle).action).toEqual({ type: 'blank', colour: 'black' });
    for (const key of ['w', 'W', ',']) expect(interpretKey(key, idle).action).toEqual({ type: 'blank', colour: 'white' });
    for (const key of ['b', 'x', 'ArrowRight', 'Escape']) expect(act(key, { digits: '', blank: 'black' })).toBe('unblank');
  });
  it('F toggles full screen and Esc leaves', () => {
    expect(act('f')).toBe('fullscreen');
    expect(act('F')).toBe('fullscreen');
    expect(act('Escape')).toBe('exit');
  });
  it('ignores other keys', () => {
    expect(act('q')).toBe('none');
    expect(act('Shift')).toBe('none');
  });
});

describe('slideAfter', () => {
  it('moves within the deck and stops at the ends', () => {
    expect(slideAfter({ type: 'next' }, 1, 3)).toBe(2);
    expect(slideAfter({ type: 'next' }, 3, 3)).toBe(3);
    expect(slideAfter({ type: 'prev' }, 1, 3)).toBe(1);
    expect(slideAfter({ type: 'last' }, 1, 3)).toBe(3);
    expect(slideAfter({ type: 'first' }, 3, 3)).toBe(1);
  });
  it('wraps when auto-advancing', () => {
    expect(slideAfter({ type: 'next' }, 3, 3, true)).toBe(1);
  });
  it('clamps a jump to the deck', () => {
    expect(slideAfter({ type: 'goto', slide: 99 }, 1, 24)).toBe(24);
    expect(slideAfter({ type: 'goto', slide: 0 }, 5, 24)).toBe(1);
  });

  it('stays on slide 1 of an empty deck, whatever the key (the URL has no slide 0)', () => {
    for (const action of [{ type: 'next' }, { type: 'prev' }, { type: 'last' }, { type: 'goto', slide: 3 }] as const)
      expect(slideAfter(action, 1, 0)).toBe(1);
  });
});

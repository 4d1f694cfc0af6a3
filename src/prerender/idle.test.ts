import { describe, expect, it, vi } from 'vitest';
import { nextTask, whenIdle } from './idle';

describe('whenIdle', () => {
  it('asks for an idle moment with a deadline', () => {
    const requestIdleCallback = vi.fn();
    const setTimeout = vi.fn();
    const task = vi.fn();
    whenIdle(task, 1500, { requestIdleCallback, setTimeout } as never);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
    expect(task).not.toHaveBeenCalled();
    requestIdleCallback.mock.calls[0]![0]();
    expect(task).toHaveBeenCalledTimes(1);
    expect(setTimeout).not.toHaveBeenCalled();
  });

  it('runs the task in a task of its own where there are no idle callbacks', () => {
    const setTimeout = vi.fn();
    const task = vi.fn();
    whenIdle(task, 1500, { setTimeout } as never);
    expect(setTimeout).toHaveBeenCalledWith(task, 0);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('nextTask', () => {
  it('resolves from a task queued after the current one', async () => {
    const setTimeout = vi.fn();
    let resolved = false;
    const next = nextTask({ setTimeout } as never).then(() => {
      resolved = true;
    });
    await Promise.resolve();
    expect(resolved).toBe(false);
    setTimeout.mock.calls[0]![0]();
    await next;
    expect(resolved).toBe(true);
  });
});

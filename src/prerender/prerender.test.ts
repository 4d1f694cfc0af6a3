import type { DehydratedState } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { themeQuery } from '@/data/queries';
import { hashText } from '@/lib/hash-text';
import { DEFAULT_VIEW } from '@/state/view-store';
import { dataFileFetch } from '../entry-server';
import { afterFirstPaint } from './after-first-paint';
import { isDefaultView } from './default-view';
import { firstViewStateUrl, loadFirstViewState, rememberFirstViewFiles } from './first-view-state';
import { changed, dataFileOf } from './revalidate';

describe('first view', () => {
  it('is hydrated only in the default view', () => {
    expect(isDefaultView({ ...DEFAULT_VIEW })).toBe(true);
    expect(isDefaultView({ ...DEFAULT_VIEW, lang: 'en' })).toBe(false);
    expect(isDefaultView({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, query: '算力' } })).toBe(false);
    expect(isDefaultView({ ...DEFAULT_VIEW, selection: 'compute.total' })).toBe(false);
    expect(isDefaultView({ ...DEFAULT_VIEW, scheme: 'dark' })).toBe(false);
  });

  it('runs the app after the frame that paints, or at once in a hidden page', () => {
    const order: string[] = [];
    const win = {
      requestAnimationFrame: (cb: FrameRequestCallback) => {
        order.push('frame');
        cb(0);
        return 1;
      },
      setTimeout: ((cb: () => void) => {
        order.push('task');
        cb();
        return 1;
      }) as unknown as Window['setTimeout'],
    };
    afterFirstPaint(() => order.push('run'), win, { visibilityState: 'visible' });
    expect(order).toEqual(['frame', 'task', 'run']);
    const task = vi.fn();
    afterFirstPaint(
      task,
      { requestAnimationFrame: vi.fn(), setTimeout: vi.fn() as unknown as Window['setTimeout'] },
      { visibilityState: 'hidden' },
    );
    expect(task).toHaveBeenCalledOnce();
  });

  it('finds its data file only on a root that holds prerendered markup', () => {
    const root = (child: unknown, url: string | null) => ({ firstElementChild: child, getAttribute: () => url }) as unknown as Element;
    expect(firstViewStateUrl(root({}, '/assets/first-view-1.json'))).toBe('/assets/first-view-1.json');
    expect(firstViewStateUrl(root(null, '/assets/first-view-1.json'))).toBeNull();
    expect(firstViewStateUrl(root({}, null))).toBeNull();
  });

  it('loads its query data, or gives null (render afresh) for an error or a file of another shape', async () => {
    const state: DehydratedState = { mutations: [], queries: [] };
    const answer = (body: unknown, status = 200) =>
      vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
    expect(await loadFirstViewState('/x.json', answer(state))).toEqual(state);
    expect(await loadFirstViewState('/x.json', answer(state, 404))).toBeNull();
    expect(await loadFirstViewState('/x.json', answer({ nope: 1 }))).toBeNull();
    const failing = vi.fn(async () => Promise.reject(new TypeError('offline'))) as unknown as typeof fetch;
    expect(await loadFirstViewState('/x.json', failing)).toBeNull();
  });

  it('is rendered with the data files of the build answering the app’s requests', async () => {
    const files: Record<string, string> = { 'sources.json': '{"sources":[]}' };
    const fetcher = dataFileFetch((name) => files[name]);
    const found = await fetcher('/data/sources.json', { cache: 'no-cache' });
    expect(found.status).toBe(200);
    expect(await found.text()).toBe('{"sources":[]}');
    expect((await fetcher('/base/data/sources.json?v=1')).status).toBe(200);
    expect((await fetcher('/data/missing.json')).status).toBe(404);
    expect((await fetcher('/assets/x.js')).status).toBe(404);
  });
});

describe('revalidation against the server', () => {
  it('takes a file whose text is the one the first view was built from as it was, and checks a changed one', async () => {
    const text = readFileSync(join(__dirname, '../../data/compute.json'), 'utf8');
    // Not the file's data: proof that the same text is not parsed and checked again.
    const held = { held: true };
    rememberFirstViewFiles({
      mutations: [],
      queries: [{ queryKey: ['data', 'compute.json'], queryHash: 'h', dehydratedAt: 0, state: { status: 'success', data: held } as never }],
      fileHashes: { 'compute.json': hashText(text) },
    });
    const load = async (body: string) => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(body, { status: 200 })),
      );
      try {
        return await themeQuery('compute').queryFn!({ signal: new AbortController().signal } as never);
      } finally {
        vi.unstubAllGlobals();
      }
    };
    expect(await load(text)).toBe(held);
    const changedText = text.replace('"compute"', '"compute" ');
    expect(changedText).not.toBe(text);
    const checked = await load(changedText);
    expect(checked).not.toBe(held);
    expect(checked).toMatchObject({ theme: 'compute' });
    await expect(load('{"theme": "compute"}')).rejects.toThrow(/compute\.json/);
  });

  it('knows data queries by their key', () => {
    expect(dataFileOf({ queryKey: ['data', 'compute.json'] })).toBe('compute.json');
    expect(dataFileOf({ queryKey: ['other', 'compute.json'] })).toBeNull();
  });

  it('counts a file as changed only when its content differs', () => {
    const a = { figures: [{ id: 'x', value: 1 }] };
    expect(changed(a, a)).toBe(false);
    expect(changed(a, { figures: [{ id: 'x', value: 1 }] })).toBe(false);
    expect(changed(a, { figures: [{ id: 'x', value: 99 }] })).toBe(true);
  });
});

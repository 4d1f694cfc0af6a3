import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyDataUpdate } from './apply-data-update';

describe('applyDataUpdate', () => {
  it('puts a copy that validates in place of the one shown, and says so', async () => {
    const client = new QueryClient();
    client.setQueryData(['data', 'x.json'], { v: 1 });
    const applied = await applyDataUpdate(client, 'x.json', async () => ({ queryKey: ['data', 'x.json'], data: { v: 2 } as never }));
    expect(applied).toBe(true);
    expect(client.getQueryData(['data', 'x.json'])).toEqual({ v: 2 });
  });

  it('keeps the data shown when the new copy does not validate, and says nothing', async () => {
    const client = new QueryClient();
    client.setQueryData(['data', 'x.json'], { v: 1 });
    const applied = await applyDataUpdate(client, 'x.json', () => Promise.reject(new Error('x.json: figures.0.value: must be a number')));
    expect(applied).toBe(false);
    expect(client.getQueryData(['data', 'x.json'])).toEqual({ v: 1 });
    expect(client.getQueryState(['data', 'x.json'])?.error).toBeNull();
  });
});

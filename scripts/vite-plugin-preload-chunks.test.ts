import { describe, expect, it } from 'vitest';
import { preloadChunks } from './vite-plugin-preload-chunks';

type Handler = (html: string, ctx: { bundle: Record<string, unknown> }) => { attrs: Record<string, unknown> }[];

const chunk = (name: string, imports: string[] = []) => ({ type: 'chunk', name, fileName: `${name}-1.js`, imports });
const bundle = {
  'client-1.js': chunk('client', ['react-1.js', 'shared-1.js']),
  'react-1.js': chunk('react'),
  'shared-1.js': chunk('shared', ['react-1.js']),
  'chart-host-1.js': chunk('chart-host', ['react-1.js', 'echarts-1.js']),
  'echarts-1.js': chunk('echarts'),
  'style.css': { type: 'asset' },
};

function tags(groups: Parameters<typeof preloadChunks>[0]) {
  const plugin = preloadChunks(groups) as unknown as {
    configResolved: (c: { base: string }) => void;
    transformIndexHtml: { handler: Handler };
  };
  plugin.configResolved({ base: '/' });
  return plugin.transformIndexHtml.handler('', { bundle }).map((tag) => tag.attrs);
}

describe('preloadChunks', () => {
  it('preloads a chunk and everything it imports, each once, with the media of the first group naming it', () => {
    expect(tags([{ chunks: ['client'] }, { chunks: ['chart-host'], media: '(min-width: 700px)' }])).toEqual([
      { rel: 'modulepreload', crossorigin: true, href: '/client-1.js' },
      { rel: 'modulepreload', crossorigin: true, href: '/react-1.js' },
      { rel: 'modulepreload', crossorigin: true, href: '/shared-1.js' },
      { rel: 'modulepreload', crossorigin: true, href: '/chart-host-1.js', media: '(min-width: 700px)' },
      { rel: 'modulepreload', crossorigin: true, href: '/echarts-1.js', media: '(min-width: 700px)' },
    ]);
  });

  it('names nothing for a chunk the bundle does not have', () => {
    expect(tags([{ chunks: ['nothing'] }])).toEqual([]);
  });
});

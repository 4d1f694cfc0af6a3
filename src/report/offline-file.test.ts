import { describe, expect, it } from 'vitest';
import { dataBlock, dataFileName, jsonForScript, personalizeOfflineHtml, readDataBlock } from './offline-file';

const built = `<!doctype html><html><head><title>x</title></head><body><div id="root"></div>${dataBlock({ 'a.json': '{"v":1}', 'sources.json': '{"sources":[]}' })}<script>app()</script></body></html>`;

describe('the data block', () => {
  it('cannot be closed by the data inside it', () => {
    const json = jsonForScript({ 'a.json': '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ 'a.json': '</script><script>alert(1)</script>' });
  });

  it('reads back what was written', () => {
    expect(readDataBlock(built)).toEqual({ 'a.json': '{"v":1}', 'sources.json': '{"sources":[]}' });
    expect(readDataBlock('<html></html>')).toBeUndefined();
  });
});

describe('personalizeOfflineHtml', () => {
  it('puts in the data of the moment and the view, keeping the files the build put in', () => {
    const html = personalizeOfflineHtml(built, { 'a.json': '{"v":2}', 'extra.json': '{}' }, '?lang=en&themes=compute');
    expect(readDataBlock(html)).toEqual({ 'a.json': '{"v":2}', 'sources.json': '{"sources":[]}' });
    expect(html).toContain('<head><meta name="offline-view" content="?lang=en&amp;themes=compute">');
    expect(html).toContain('<script>app()</script>');
  });

  it('replaces an earlier view rather than adding a second', () => {
    const once = personalizeOfflineHtml(built, {}, 'lang=en');
    const twice = personalizeOfflineHtml(once, {}, '');
    expect(twice.match(/offline-view/g)).toHaveLength(1);
    expect(twice).toContain('content=""');
  });

  it('escapes the view for its attribute', () => {
    expect(personalizeOfflineHtml(built, {}, '?q="><script>')).toContain('content="?q=&quot;&gt;&lt;script&gt;"');
  });
});

describe('dataFileName', () => {
  it('names the data file a request asks for', () => {
    expect(dataFileName('/data/industry.json')).toBe('industry.json');
    expect(dataFileName('file:///tmp/data/sources.json?x=1')).toBe('sources.json');
    expect(dataFileName('/assets/index.js')).toBeUndefined();
    // Only files directly in data/.
    expect(dataFileName('/data/sub/x.json')).toBeUndefined();
  });
});

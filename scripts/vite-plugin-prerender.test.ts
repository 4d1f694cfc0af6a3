import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowInStyleSrc, inlineStyles, insertFirstView, styleAttributeSources } from './vite-plugin-prerender';

const INDEX = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39;">
</head><body><div id="root"></div></body></html>`;

describe('prerendered first view in index.html', () => {
  it('puts the markup into the root element, names the data file on it and preloads that file', () => {
    const html = insertFirstView(INDEX, '<h1>标题</h1>', '/assets/first-view-abc.json');
    expect(html).toContain('<div id="root" data-first-view="/assets/first-view-abc.json"><h1>标题</h1></div>');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/assets/first-view-abc.json">\n  </head>');
  });

  it('refuses an index.html without an empty root element', () => {
    expect(() => insertFirstView('<div id="app"></div>', '', '/x.json')).toThrow(/no <div id="root">/);
  });

  it('lists each distinct inline style once, unescaped', () => {
    expect(
      inlineStyles('<div style="height:300px"></div><div style="height:300px"></div><p style="font-family:&quot;A&quot;"></p>'),
    ).toEqual(['height:300px', 'font-family:"A"']);
    expect(inlineStyles('<div class="style"></div>')).toEqual([]);
  });

  it('allows exactly those style attributes by hash in the policy, in the quoting the page uses', () => {
    const hash = createHash('sha256').update('height:300px').digest('base64');
    const sources = styleAttributeSources(['height:300px']);
    expect(sources).toBe(`'unsafe-hashes' 'sha256-${hash}'`);
    expect(allowInStyleSrc(INDEX, sources)).toContain(`style-src &#39;self&#39; &#39;unsafe-hashes&#39; &#39;sha256-${hash}&#39;; img-src`);
    expect(allowInStyleSrc(INDEX.replaceAll('&#39;', "'"), sources)).toContain(
      `style-src 'self' 'unsafe-hashes' 'sha256-${hash}'; img-src`,
    );
  });

  it('leaves the policy alone when there is no inline style, and fails loudly when it has no style-src', () => {
    expect(styleAttributeSources([])).toBe('');
    expect(allowInStyleSrc(INDEX, '')).toBe(INDEX);
    expect(() => allowInStyleSrc('<html></html>', "'unsafe-hashes'")).toThrow(/no style-src/);
  });
});

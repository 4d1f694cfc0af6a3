import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the dashboard runs under: scripts, styles, data and workers from
 * its own origin only; no eval, no inline script, no plugins, no framing of forms elsewhere.
 * Images may be data:/blob: URLs (exported PNGs). Servers should send the same policy as a
 * header (see README), which also allows frame-ancestors, unavailable in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the policy to index.html in production builds. The dev server is left without it:
 * React's fast refresh injects an inline script there.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

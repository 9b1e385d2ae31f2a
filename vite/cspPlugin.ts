import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. Only in the build: Vite's dev server injects
 * inline scripts for hot reload. `blob:` images and `data:` are needed by chart export.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const cspPlugin = (): Plugin => ({
  name: 'tolltrack-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

import type { Plugin } from 'vite';

/**
 * The development server injects inline scripts (React's hot reload) and talks to itself over a
 * websocket, which the Content-Security-Policy of index.html forbids; it is removed there only.
 * Builds, and so every deployment and the end-to-end tests, keep it.
 */
export function devWithoutCsp(): Plugin {
  return {
    name: 'dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/** The build's CSP: script hashes as the browser computes them, never 'unsafe-inline' (see tests/browser/csp.test.ts). */
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, withScriptHashes } from '../../scripts/vite-csp-plugin';

// The example hash of the CSP specification (and MDN): alert('Hello, world.');
const HELLO = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

const page = (policy: string, body: string) =>
  `<html><head>\n<meta\n  http-equiv="Content-Security-Policy"\n  content="${policy}"\n/>\n</head><body>${body}</body></html>`;

describe('inline script hashes', () => {
  it('hashes the text of inline scripts only, once each, after the parser’s line-ending normalisation', () => {
    const html = page(
      "script-src 'self'",
      `<script>alert('Hello, world.');</script><script type="module" src="./a.js"></script>` +
        `<script type="module">alert('Hello, world.');</script><script>\r\n1</script>`,
    );
    expect(inlineScriptHashes(html)).toEqual([HELLO, inlineScriptHashes('<script>\n1</script>')[0]]);
  });

  it('writes them into script-src, replacing earlier hashes and keeping the other directives', () => {
    const html = page(
      "default-src 'self'; script-src 'self' 'sha256-old='; style-src 'unsafe-inline'",
      `<script>alert('Hello, world.');</script>`,
    );
    expect(withScriptHashes(html)).toContain(
      `content="default-src 'self'; script-src 'self' ${HELLO}; style-src 'unsafe-inline'"`,
    );
  });

  it("leaves script-src 'self' alone when nothing is inline (dist/index.html)", () => {
    const html = page("script-src 'self'", '<script type="module" crossorigin src="./assets/index.js"></script>');
    expect(withScriptHashes(html)).toContain(`content="script-src 'self'"`);
  });

  it.each([
    ["'unsafe-inline' in script-src", page("script-src 'self' 'unsafe-inline'", ''), /unsafe-inline/],
    ['no policy', '<html><head></head></html>', /no <meta/],
    ['no script-src', page("default-src 'self'", ''), /no script-src/],
  ])('fails the build on %s', (_name, html, error) => {
    expect(() => withScriptHashes(html)).toThrow(error);
  });
});

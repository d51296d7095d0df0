/**
 * The built pages' Content-Security-Policy allows no inline script but the app's own. After the
 * last plugin has run (the single-file build inlines every chunk in its generateBundle), the
 * sha256 of each inline <script> is written into the policy's script-src; 'unsafe-inline' is never
 * there, so a script injected into the page later (a pasted plan, a hostile file) does not run.
 * index.html keeps `script-src 'self'`: the dev server and dist/index.html load scripts from files.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** `'sha256-…'` of every inline script, as the browser computes it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // The HTML parser turns CR LF and lone CR into LF before the script's text is hashed.
    const text = body.replace(/\r\n?/g, '\n');
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The page with its inline scripts' hashes in script-src; throws when the policy would let any inline script run. */
export function withScriptHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error('csp: no <meta http-equiv="Content-Security-Policy"> in the page');
  const hashes = inlineScriptHashes(html);
  const directives = meta[2]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const script = directives.findIndex((d) => d.split(/\s+/)[0] === 'script-src');
  if (script < 0) throw new Error('csp: the policy has no script-src');
  const sources = directives[script]!.split(/\s+/)
    .slice(1)
    .filter((s) => !s.startsWith("'sha256-"));
  if (sources.includes("'unsafe-inline'")) throw new Error("csp: script-src must not allow 'unsafe-inline'");
  directives[script] = ['script-src', ...sources, ...hashes].join(' ');
  return html.replace(
    CSP_META,
    (_, open: string, _policy: string, close: string) => `${open}${directives.join('; ')}${close}`,
  );
}

export function cspScriptHashes(): Plugin {
  return {
    name: 'plan-ledger:csp-script-hashes',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withScriptHashes(html);
        }
      },
    },
  };
}

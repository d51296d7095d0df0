/**
 * Initial JS: `npx tsx bench/bundle.bench.ts` (or `npm run bench -- bundle`). Builds the app into
 * a temp dir and sums what index.html loads before anything is clicked — its module script and
 * the chunks it preloads — gzipped (level 9, as Vite reports). Everything else is a lazy chunk.
 * Also builds the single file and checks it is one file with no chunk left to fetch.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from './bench-helpers';
import { writeResults } from './bench-results';

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => bytes / 1000;

const dist = buildApp();
try {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]!);
  const size = (file: string) => gz(readFileSync(join(dist, file)));
  const initialJs = initial.reduce((sum, f) => sum + size(f), 0);
  const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
  const lazyJs = lazy.reduce((sum, f) => sum + size(`assets/${f}`), 0);

  const single = spawnSync('npx', ['vite', 'build', '--mode', 'singlefile', '--outDir', dist, '--logLevel', 'warn'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (single.status !== 0) throw new Error('single-file build failed');
  const file = readFileSync(join(dist, 'plan-ledger.html'));
  const text = file.toString('utf8');
  const fetchesChunks = /<script[^>]+src=|import\(["']\.\/assets\//.test(text);

  console.log('| what | gzip (kB) |');
  console.log('|---|---:|');
  for (const f of initial)
    console.log(`| initial: ${f.replace(/-[\w-]{8}\.js$/, '.js')} | ${kb(size(f)).toFixed(1)} |`);
  console.log(`| **initial JS** | **${kb(initialJs).toFixed(1)}** |`);
  console.log(`| initial CSS | ${kb(css.reduce((s, f) => s + size(f), 0)).toFixed(1)} |`);
  console.log(`| lazy JS (${lazy.length} chunks) | ${kb(lazyJs).toFixed(1)} |`);
  console.log(
    `| single file plan-ledger.html | ${kb(gz(file)).toFixed(1)} (one file: ${fetchesChunks ? 'NO' : 'yes'}) |`,
  );
  console.log('');
  console.log(`Goal (initial JS ≤ 300 kB gzip): ${initialJs <= 300_000 ? 'met' : 'NOT met'}`);
  writeResults('bundle', {
    initial_js_gzip_kb: kb(initialJs),
    initial_chunks: initial.length,
    lazy_js_gzip_kb: kb(lazyJs),
    lazy_chunks: lazy.length,
    single_file_gzip_kb: kb(gz(file)),
    single_file_fetches_chunks: fetchesChunks ? 1 : 0,
  });
} finally {
  rmSync(dist, { recursive: true, force: true });
}

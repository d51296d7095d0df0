import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspScriptHashes } from './scripts/vite-csp-plugin.ts';

// Two builds from one source:
// - default: dist/ for any static server (lazy chunks stay split);
// - `--mode singlefile`: dist/plan-ledger.html, everything inlined (file:// cannot fetch chunks).
export default defineConfig(({ mode }) => {
  const single = mode === 'singlefile';
  return {
    base: './',
    define: {
      // AG Grid's ValidationModule and similar dev aids key off this.
      __DEV__: JSON.stringify(mode === 'development'),
    },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !single,
      chunkSizeWarningLimit: 2000,
      sourcemap: false,
    },
    publicDir: single ? false : 'public',
    // The CSP plugin runs last: after the single-file build has inlined every chunk.
    plugins: [...(single ? [viteSingleFile({ outputFileName: 'plan-ledger.html' })] : []), cspScriptHashes()],
    server: { port: 5173, strictPort: true },
    preview: { port: 5173, strictPort: true },
  };
});

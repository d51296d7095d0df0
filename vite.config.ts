import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

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
    plugins: single ? [viteSingleFile({ outputFileName: 'plan-ledger.html' })] : [],
    server: { port: 5173, strictPort: true },
    preview: { port: 5173, strictPort: true },
  };
});

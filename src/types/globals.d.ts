/** Replaced at build time by vite.config.ts: true only in the dev server. */
declare const __DEV__: boolean;

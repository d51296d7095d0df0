/**
 * A heavy module behind one adapter: loaded with `import()` on first use, the promise cached so
 * every caller shares one load, and a failed load forgotten so the next click really retries
 * (a dropped connection, a chunk blocked once).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

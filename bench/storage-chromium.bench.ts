/**
 * Storage benchmark in real Chromium with real IndexedDB: `npx tsx bench/storage-chromium.bench.ts`.
 *
 * In a 5,000-task workbook (stored through the app, then opened), interleaved round-robin:
 *  - raw:   idb-keyval `set(key, taskEnvelope)` of one task envelope like the app's (one put,
 *           resolved on transaction complete) — the floor for "one small record written".
 *  - saver: `library.persist(change of one task)` → the saver reports 已保存 (data-saved-count
 *           bumps), i.e. the app's saver path: its timer hop, then one readwrite transaction that
 *           reads the metadata and task records (compare-and-swap on rev) and puts the task,
 *           reported on transaction complete. The list's summary is written apart, ~1.5 s later.
 *  - ui:    `page.apply(setCells)` → the save indicator's 已保存 (data-saved-count bumps): model
 *           operation + undo history + grid row refresh + the saver path above + its timer hop.
 * Then opening: `library.load(id)` (one range read + restore/assembly of 5,000 tasks), the first
 * call after a page reload and 10 warm calls.
 */
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assertClean, bigWorkbook, BIG_ID, ms, openBenchSession, stats, storeThroughApp } from './bench-helpers';
import { writeResults } from './bench-results';
import { profiled, sourceMapNamer } from './cpu-profile';

const TASKS = 5000;
const WARMUP = 20;
const RUNS = 200;

type Kind = 'raw' | 'rawCas' | 'saver' | 'ui';

const session = await openBenchSession();
try {
  const { page } = session;
  const createMs = await storeThroughApp(page, bigWorkbook(TASKS));
  await page.evaluate((id) => window.__planLedger!.openWorkbook(id), BIG_ID);
  // Served from the app's origin: the page's policy allows scripts from 'self' only.
  copyFileSync(createRequire(import.meta.url).resolve('idb-keyval/dist/umd.js'), join(session.dist, 'idb-keyval.js'));
  await page.addScriptTag({ url: `${session.url}idb-keyval.js` });

  const times = await page.evaluate(
    async ({ warmup, runs, tasks }) => {
      interface Kv {
        createStore(db: string, store: string): unknown;
        set(key: string, value: unknown, store: unknown): Promise<void>;
        del(key: string, store: unknown): Promise<void>;
      }
      const app = window.__planLedger!;
      const kv = (window as unknown as { idbKeyval: Kv }).idbKeyval;
      const rawStore = kv.createStore('plan-ledger', 'records');
      const indicator = document.querySelector<HTMLElement>('[data-testid=save-state]')!;
      const savedCount = () => Number(indicator.dataset.savedCount ?? 0);
      const savedAfter = (n: number) =>
        new Promise<void>((resolve) => {
          if (savedCount() > n && indicator.dataset.state === 'saved') return resolve();
          const observer = new MutationObserver(() => {
            if (savedCount() > n && indicator.dataset.state === 'saved') {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(indicator, { attributes: true });
        });

      const saverTasks = [...app.page()!.workbook().tasks];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('plan-ledger');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const run: Record<'raw' | 'rawCas' | 'saver' | 'ui', (i: number) => Promise<number>> = {
        async raw(i) {
          const task = app.page()!.workbook().tasks[(i * 7919) % tasks]!;
          const envelope = { type: 'task', version: 1, rev: i + 1, task: { ...task, leadUnit: `原始${i}` } };
          const start = performance.now();
          await kv.set(`bench/raw/${task.key}`, envelope, rawStore);
          return performance.now() - start;
        },
        // The floor of any compare-and-swap write: read the stored record and put the new one in
        // one raw transaction, resolved on complete (what the saver must do at least).
        async rawCas(i) {
          const task = app.page()!.workbook().tasks[(i * 7919) % tasks]!;
          const key = `bench/raw/${task.key}`;
          const envelope = { type: 'task', version: 1, rev: i + 1, task: { ...task, leadUnit: `比较${i}` } };
          const start = performance.now();
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('records', 'readwrite');
            const os = tx.objectStore('records');
            const read = os.get(key);
            read.onsuccess = () => void read.result;
            os.put(envelope, key);
            tx.oncomplete = () => resolve();
            tx.onerror = tx.onabort = () => reject(tx.error);
          });
          return performance.now() - start;
        },
        async saver(i) {
          const wb = app.page()!.workbook();
          const index = (i * 104_729) % tasks;
          const key = wb.tasks[index]!.key;
          // One array for every saver run, a record replaced per run: like the tasks of an applied
          // edit, it has the same keys in the same order, so its key index is built once.
          saverTasks[index] = { ...wb.tasks[index]!, leadUnit: `保存${i}` };
          const next = { ...wb, updatedAt: new Date().toISOString(), tasks: saverTasks };
          const before = savedCount();
          const start = performance.now();
          const inverse = { type: 'setCells' as const, label: '', changes: [] };
          app.library.persist({ workbook: next, inverse, changedKeys: [key], metaChanged: false });
          await savedAfter(before);
          return performance.now() - start;
        },
        async ui(i) {
          const key = app.page()!.workbook().tasks[(i * 15_485_863) % tasks]!.key;
          const before = savedCount();
          const start = performance.now();
          app.page()!.apply({ type: 'setCells', label: '编辑', changes: [{ key, field: 'owner', value: `界面${i}` }] });
          await savedAfter(before);
          return performance.now() - start;
        },
      };
      const kinds = ['raw', 'rawCas', 'saver', 'ui'] as const;
      const out: Record<string, number[]> = { raw: [], rawCas: [], saver: [], ui: [] };
      for (let i = 0; i < warmup + runs; i++) {
        // Rotate which kind goes first so none always runs right after another's commit.
        for (let j = 0; j < kinds.length; j++) {
          const kind = kinds[(i + j) % kinds.length]!;
          const t = await run[kind](i);
          if (i >= warmup) out[kind]!.push(t);
        }
      }
      for (const task of app.page()!.workbook().tasks) await kv.del(`bench/raw/${task.key}`, rawStore);
      return out;
    },
    { warmup: WARMUP, runs: RUNS, tasks: TASKS },
  );

  // Where an edit's time goes: 100 edits → 已保存 under the CPU profiler (not timed above).
  await profiled(
    page,
    'edit-to-saved',
    () =>
      page.evaluate(async (tasks) => {
        const app = window.__planLedger!;
        const indicator = document.querySelector<HTMLElement>('[data-testid=save-state]')!;
        for (let i = 0; i < 100; i++) {
          const before = Number(indicator.dataset.savedCount ?? 0);
          const key = app.page()!.workbook().tasks[(i * 7_919) % tasks]!.key;
          app.page()!.apply({ type: 'setCells', label: '编辑', changes: [{ key, field: 'owner', value: `剖析${i}` }] });
          while (Number(indicator.dataset.savedCount ?? 0) <= before || indicator.dataset.state !== 'saved')
            await new Promise((ok) => setTimeout(ok, 0));
        }
      }, TASKS),
    sourceMapNamer(session.dist),
  );

  // Open: a reload with another workbook as the last opened one, so the first load is not pre-warmed.
  await page.evaluate(() =>
    (
      window as unknown as { __planLedger: { library: { setUiState(p: object): Promise<void> } } }
    ).__planLedger.library.setUiState({ lastOpened: 'sample' }),
  );
  await page.reload();
  await page.waitForFunction(() => window.__planLedger! !== undefined);
  const openTimes = await page.evaluate(async (id) => {
    const app = (
      window as unknown as { __planLedger: { library: { load(i: string): Promise<{ tasks: unknown[] } | null> } } }
    ).__planLedger;
    const out: number[] = [];
    for (let i = 0; i < 11; i++) {
      const start = performance.now();
      const wb = await app.library.load(id);
      out.push(performance.now() - start);
      if (wb?.tasks.length !== 5000) throw new Error('the 5,000-task workbook did not load');
    }
    return out;
  }, BIG_ID);
  assertClean(session);

  const browserVersion = session.chrome.browser.version();
  const s = Object.fromEntries(
    (['raw', 'rawCas', 'saver', 'ui'] as Kind[]).map((k) => [k, stats(times[k]!)]),
  ) as Record<Kind, ReturnType<typeof stats>>;
  const warm = stats(openTimes.slice(1));
  console.log(
    `Chromium ${browserVersion}; ${TASKS} tasks; ${RUNS} timed runs per kind after ${WARMUP} warm-ups, interleaved.`,
  );
  console.log('');
  console.log('| write | p50 (ms) | p95 (ms) | max (ms) | p50 / raw | p95 / raw |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const label: Record<Kind, string> = {
    raw: 'raw idb-keyval `set` of one task envelope',
    rawCas: 'raw `get` + `put` of it in one transaction (the floor of a compare-and-swap)',
    saver: 'app saver: `persist` → 已保存 (CAS read + task put, committed)',
    ui: 'edit via `page.apply` → 已保存 shown',
  };
  for (const k of ['raw', 'rawCas', 'saver', 'ui'] as Kind[]) {
    const r = s[k];
    console.log(
      `| ${label[k]} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${(r.p50 / s.raw.p50).toFixed(2)}× | ${(r.p95 / s.raw.p95).toFixed(2)}× |`,
    );
  }
  console.log('');
  console.log('| open / store | time (ms) |');
  console.log('|---|---:|');
  console.log(`| store the 5,000-task workbook (\`library.create\`, one transaction) | ${ms(createMs)} |`);
  console.log(`| \`library.load\`, first call after a reload | ${ms(openTimes[0] ?? NaN)} |`);
  console.log(`| \`library.load\`, warm: p50 / p95 of 10 | ${ms(warm.p50)} / ${ms(warm.p95)} |`);
  console.log('');
  writeResults('storage-chromium', {
    tasks: TASKS,
    runs: RUNS,
    raw_p50_ms: s.raw.p50,
    raw_p95_ms: s.raw.p95,
    saver_p50_ms: s.saver.p50,
    saver_p95_ms: s.saver.p95,
    raw_cas_p50_ms: s.rawCas.p50,
    saver_p50_over_raw: s.saver.p50 / s.raw.p50,
    saver_p50_over_raw_cas: s.saver.p50 / s.rawCas.p50,
    saver_p95_over_raw: s.saver.p95 / s.raw.p95,
    edit_to_saved_p50_ms: s.ui.p50,
    edit_to_saved_p95_ms: s.ui.p95,
    store_5000_ms: createMs,
    load_5000_first_ms: openTimes[0] ?? NaN,
    load_5000_warm_p50_ms: warm.p50,
  });
  const ok = s.saver.p95 < 20 && s.saver.p50 <= 1.5 * s.raw.p50 && (openTimes[0] ?? Infinity) < 300;
  console.log(`Goals (saver p95 < 20 ms, saver p50 ≤ 1.5× raw, open < 300 ms): ${ok ? 'met' : 'NOT met'}`);
} finally {
  await session.close();
}

/**
 * Read 汇总's unit files in Web Workers so the page stays responsive: the progress bar moves and
 * 取消 takes effect at once (the workers are terminated, whatever file they are in). Results
 * come back in the order of the files. Where workers cannot start (an old browser, a policy
 * that forbids them), the same reader runs on the page instead, one file per tick.
 */
import type { UnitFile } from '../../core/report/consolidate/consolidate';
import type { UnitReadReply, UnitReadRequest, UnitWarmRequest } from './unit-reader-messages';
import { readUnitFiles, type ReadControl } from './reports';
import UnitReaderWorker from './unit-reader.worker.ts?worker&inline';

/** Two cores are common on office PCs: one worker per core, the page thread mostly idle. */
function poolSize(files: number): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores, files));
}

function startWorker(): Worker | null {
  try {
    return new UnitReaderWorker();
  } catch {
    return null;
  }
}

async function onThePage(files: readonly File[], control: ReadControl): Promise<UnitFile[]> {
  const units: UnitFile[] = [];
  for (const [index, file] of files.entries()) {
    control.signal?.throwIfAborted();
    control.onFile?.(index, files.length, file.name);
    const picked = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    units.push(...(await readUnitFiles([picked], { signal: control.signal })));
  }
  return units;
}

/** Workers started before the files are known (when 汇总 is clicked), each loading the reader. */
export interface ReaderPool {
  /** Up to `n` workers that started; the others are stopped. The caller then owns them. */
  take(n: number): Worker[];
  /** Stop them all when no file came (the user closed the file chooser). */
  dispose(): void;
}

/** Start the pool now, so starting workers and loading SheetJS overlap the user's choosing. */
export function warmReaders(): ReaderPool | null {
  const workers: Worker[] = [];
  const failed = new Set<Worker>();
  for (let i = 0; i < poolSize(Number.POSITIVE_INFINITY); i++) {
    const worker = startWorker();
    if (!worker) break;
    // A worker whose script could not start says so before any file is given: leave it out.
    worker.onerror = () => failed.add(worker);
    const warm: UnitWarmRequest = { warm: true };
    worker.postMessage(warm);
    workers.push(worker);
  }
  if (workers.length === 0) return null;
  return {
    take(n) {
      const kept = workers.filter((w) => !failed.has(w)).slice(0, n);
      workers.filter((w) => !kept.includes(w)).forEach((w) => w.terminate());
      return kept;
    },
    dispose: () => workers.forEach((w) => w.terminate()),
  };
}

function poolFor(files: readonly File[], warm: ReaderPool | null): Worker[] | null {
  const size = poolSize(files.length);
  const ready = warm?.take(size) ?? [];
  if (ready.length > 0) return ready;
  const first = startWorker();
  if (!first) return null;
  const workers = [first];
  for (let i = 1; i < size; i++) workers.push(startWorker() ?? first);
  return workers;
}

/**
 * `onFile(index, total, name)` as each file is handed to a worker; rejects with the signal's reason
 * on 取消. `warm`: workers from warmReaders(), which this call then owns and stops.
 */
export function readUnitFilesInWorkers(
  files: readonly File[],
  control: ReadControl = {},
  warm: ReaderPool | null = null,
): Promise<UnitFile[]> {
  if (files.length === 0) warm?.dispose();
  const workers = files.length > 0 ? poolFor(files, warm) : null;
  if (!workers) return onThePage(files, control);
  const units: UnitFile[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise<UnitFile[]>((resolve, reject) => {
    const stop = () => new Set(workers).forEach((w) => w.terminate());
    const finish = (error?: unknown) => {
      stop();
      control.signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve(units);
      else reject(error);
    };
    const onAbort = () => finish(control.signal!.reason);
    const give = (worker: Worker) => {
      if (next >= files.length) return;
      const request: UnitReadRequest = { id: next, file: files[next]! };
      control.onFile?.(next, files.length, request.file.name);
      next += 1;
      worker.postMessage(request);
    };
    control.signal?.throwIfAborted();
    control.signal?.addEventListener('abort', onAbort, { once: true });
    for (const worker of new Set(workers)) {
      worker.onmessage = ({ data }: MessageEvent<UnitReadReply>) => {
        if ('error' in data) return finish(new Error(data.error));
        units[data.id] = data.unit;
        done += 1;
        if (done === files.length) return finish();
        give(worker);
      };
      worker.onerror = (event) => finish(new Error(event.message || '汇总读取进程出错'));
      give(worker);
    }
  });
}

/**
 * Read 汇总's unit files in Web Workers so the page stays responsive: the progress bar moves and
 * 取消 takes effect at once (the workers are terminated, whatever file they are in). Results
 * come back in the order of the files. Where workers cannot start (an old browser, a policy
 * that forbids them), the same reader runs on the page instead, one file per tick.
 */
import type { UnitFile } from '../../core/report/consolidate/consolidate';
import type { UnitReadReply, UnitReadRequest } from './unit-reader-messages';
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

/** `onFile(index, total, name)` as each file is handed to a worker; rejects with the signal's reason on 取消. */
export function readUnitFilesInWorkers(files: readonly File[], control: ReadControl = {}): Promise<UnitFile[]> {
  const first = files.length > 0 ? startWorker() : null;
  if (!first) return onThePage(files, control);
  const workers = [first];
  for (let i = 1; i < poolSize(files.length); i++) workers.push(startWorker() ?? first);
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

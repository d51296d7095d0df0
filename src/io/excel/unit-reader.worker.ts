/**
 * 汇总's file reading off the page's thread: a transport around the one reader
 * (`readUnitFiles` in reports.ts), not a second one. The page posts one file at a time and gets
 * back what the reader makes of it; a worker never merges, so stopping it leaves nothing half-done.
 */
import type { UnitReadReply, UnitReadRequest } from './unit-reader-messages';
import { readUnitFiles } from './reports';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<UnitReadRequest>) => void) | null;
  postMessage(message: UnitReadReply): void;
};

scope.onmessage = async ({ data }) => {
  try {
    const bytes = new Uint8Array(await data.file.arrayBuffer());
    const [unit] = await readUnitFiles([{ name: data.file.name, bytes }]);
    scope.postMessage({ id: data.id, unit: unit! });
  } catch (error) {
    scope.postMessage({ id: data.id, error: String(error) });
  }
};

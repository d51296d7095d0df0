/**
 * 汇总's file reading off the page's thread: a transport around the one reader
 * (`readUnitFiles` in reports.ts), not a second one. The page posts one file at a time and gets
 * back what the reader makes of it; a worker never merges, so stopping it leaves nothing half-done.
 */
import type { UnitReadReply, UnitReadRequest, UnitWarmRequest } from './unit-reader-messages';
import { readUnitFiles } from './reports';
import { loadSheetJS } from './load-libraries';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<UnitReadRequest | UnitWarmRequest>) => void) | null;
  postMessage(message: UnitReadReply): void;
};

scope.onmessage = async ({ data }) => {
  if ('warm' in data) {
    // A failure here shows on the first file, with the reader's own message.
    await loadSheetJS().catch(() => undefined);
    return;
  }
  try {
    const bytes = new Uint8Array(await data.file.arrayBuffer());
    const [unit] = await readUnitFiles([{ name: data.file.name, bytes }]);
    scope.postMessage({ id: data.id, unit: unit! });
  } catch (error) {
    scope.postMessage({ id: data.id, error: String(error) });
  }
};

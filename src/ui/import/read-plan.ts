/** A picked plan file → its text, through the file readers (loaded on first use). */
import type { Problem } from '../../core/plan/types';
import { lazy } from '../../io/lazy';

const loadReaders = lazy(() => import('../../io/plan-readers/read-plan-file'));

export async function readPlanFile(file: File): Promise<{ text: string; problems: Problem[] }> {
  const { readPlanFile: read } = await loadReaders();
  return read({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
}

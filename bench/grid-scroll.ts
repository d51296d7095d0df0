/**
 * The continuous-scroll step both grid pages share (the app's and the bare AG Grid one): from the
 * top, the grid viewport's scrollTop += 800 px once per animation frame (a fast wheel or a dragged
 * scrollbar) until the last task's row is painted. Runs inside the page (passed to evaluate).
 */
export interface ScrollRun {
  total: number;
  /** Per-frame times: from setting scrollTop to the next animation frame. */
  frames: number[];
}

export async function scrollToLastRow(lastRowId: string): Promise<ScrollRun> {
  const viewport = document.querySelector<HTMLElement>('.ag-grid-viewport')!;
  const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
  viewport.scrollTop = 0;
  await frame();
  await frame();
  const frames: number[] = [];
  const start = performance.now();
  while (!document.querySelector(`.ag-row[row-id="${lastRowId}"]`)) {
    if (frames.length > 2000) throw new Error('scrolling never reached the last row');
    const t = performance.now();
    viewport.scrollTop += 800;
    await frame();
    frames.push(performance.now() - t);
  }
  await frame();
  return { total: performance.now() - start, frames };
}

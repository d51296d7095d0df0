/**
 * The continuous-scroll step both grid pages share (the app's and the bare AG Grid one): from the
 * top, the grid viewport's scrollTop += 800 px once per animation frame (a fast wheel or a dragged
 * scrollbar) until the bottom: the same number of frames on both pages. Runs inside the page
 * (passed to evaluate). (Waiting for the last row's element proved unreliable: AG Grid reuses row
 * elements and may paint the last rows late.)
 */
export interface ScrollRun {
  total: number;
  /** Per-frame times: from setting scrollTop to the next animation frame. */
  frames: number[];
}

export async function scrollToBottom(): Promise<ScrollRun> {
  // The grid's scrolling viewport (AG Grid has several elements with the class; this one scrolls).
  const viewports = [...document.querySelectorAll<HTMLElement>('.ag-grid-viewport')];
  const viewport = viewports.find((v) => v.scrollHeight > v.clientHeight + 1000);
  if (!viewport) throw new Error(`no scrolling grid viewport among ${viewports.length}`);
  const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
  viewport.scrollTop = 0;
  await frame();
  await frame();
  const frames: number[] = [];
  const start = performance.now();
  const atBottom = () => viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1;
  while (!atBottom()) {
    if (frames.length > 2000) throw new Error('scrolling never reached the bottom');
    const t = performance.now();
    viewport.scrollTop += 800;
    await frame();
    frames.push(performance.now() - t);
  }
  await frame();
  return { total: performance.now() - start, frames };
}

/** Waiting for charts on real state: what chart.js has drawn, never a fixed sleep. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Every chart of the open view is drawn, without animation (the harness sets "reduce motion",
 * which the app honours), and has stayed the same across two frames: a resize after scrolling
 * redraws on the next frame, so one read alone could see the old layout.
 */
export async function chartsSettled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(
          () =>
            new Promise<string>((ok) =>
              requestAnimationFrame(() => {
                const charts = window.__planLedger?.charts?.charts;
                if (!charts || charts.size === 0) return ok('');
                // A chart that still animates would never settle for sure: say so instead of waiting.
                const moving = [...charts].filter(([, chart]) => chart.config.options?.animation !== false);
                if (moving.length > 0) return ok(`animated: ${moving.map(([id]) => id).join(', ')}`);
                const drawn = [...charts].map(([id, chart]) => {
                  const bars = chart.getDatasetMeta(0).data.map((e) => [Math.round(e.x), Math.round(e.y)]);
                  return [id, chart.width, chart.height, bars];
                });
                ok(JSON.stringify(drawn));
              }),
            ),
        );
        if (now.startsWith('animated')) throw new Error(`${now}: the page was not set to reduce motion`);
        const settled = now !== '' && now === last;
        last = now;
        return settled;
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(true);
}

/**
 * Opening a large workbook: its first tasks are painted before the whole workbook is read, the
 * page says it is still loading and refuses edits (they would be lost), then shows every task and
 * takes edits as usual. The workbook is made in the page from the sample's tasks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './app-session';
import { savedCount, typeIntoCell, waitSavedAfter } from './app-driver';

const session = useAppSession('all');
const TASKS = 2000;

beforeAll(async () => {
  await session.page.waitForFunction(() => window.__planLedger!.page()?.workbook().id === 'sample');
  await session.page.evaluate(async (size) => {
    const app = window.__planLedger!;
    const base = app.page()!.workbook();
    // The sample's tasks over and over, kept together by section (one band per section).
    const order = base.sections.map((s) => s.key);
    const tasks = Array.from({ length: size }, (_, i) => {
      const task = { ...base.tasks[i % base.tasks.length]!, key: String(i + 1), owner: `负责人${i + 1}` };
      delete task.rev;
      return task;
    }).sort((a, b) => order.indexOf(a.section ?? '') - order.indexOf(b.section ?? ''));
    const wb = { ...base, id: 'large', name: '两千项台账', updatedAt: new Date().toISOString(), tasks };
    delete wb.sample;
    delete wb.rev;
    await app.library.create(wb);
    await app.showHome();
  }, TASKS);
}, 60_000);

interface FirstPaint {
  busy: string | null;
  status: string;
  held: number;
  refused: boolean;
}

describe('opening a 2,000-task workbook', () => {
  it('paints the first tasks while the rest is read, refusing edits until then', async () => {
    const { first, after } = await session.page.evaluate(async () => {
      const app = window.__planLedger!;
      let seen: FirstPaint | null = null;
      // The moment the first task row is in the page, as the user first sees it.
      const observer = new MutationObserver(() => {
        const page = app.page();
        if (seen || !page || !document.querySelector('.workbook-page .ag-row[row-id="1"]')) return;
        const result = page.apply({
          type: 'setCells',
          label: '编辑',
          changes: [{ key: '1', field: 'owner', value: '早改' }],
        });
        seen = {
          busy: document.querySelector('.workbook-page')!.getAttribute('aria-busy'),
          status: document.querySelector('[data-testid=status-bar]')!.textContent ?? '',
          held: page.workbook().tasks.length,
          refused: result.changedKeys.length === 0 && page.workbook().tasks[0]!.owner === '负责人1',
        };
      });
      observer.observe(document.body, { childList: true, subtree: true });
      await app.openWorkbook('large');
      observer.disconnect();
      const page = app.page()!;
      return {
        first: seen as FirstPaint | null,
        after: {
          busy: document.querySelector('.workbook-page')!.getAttribute('aria-busy'),
          status: document.querySelector('[data-testid=status-bar]')!.textContent ?? '',
          held: page.workbook().tasks.length,
          rows: page.grid().api.getDisplayedRowCount(),
          owner: page.workbook().tasks[0]!.owner,
        },
      };
    });
    expect(first).not.toBeNull();
    expect(first!.busy).toBe('true');
    expect(first!.status).toBe('正在载入其余任务…（共 2,000 项）');
    expect(first!.held).toBeLessThan(TASKS);
    expect(first!.refused).toBe(true);
    await expect
      .poll(() => session.page.locator('.toast').allTextContents())
      .toContainEqual(expect.stringContaining('台账还在载入，请稍候再编辑'));

    expect(after.busy).toBeNull();
    expect(after.held).toBe(TASKS);
    // Each task is a row, under its section bands.
    expect(after.rows).toBeGreaterThan(TASKS);
    expect(after.owner).toBe('负责人1');
    expect(after.status).toContain(`共 ${TASKS} 项`);
  });

  it('then takes edits to any task and saves them', async () => {
    const before = await savedCount(session.page);
    await typeIntoCell(session.page, '1999', 'owner', '王五');
    await waitSavedAfter(session.page, before);
    expect(
      await session.page.evaluate(
        () =>
          window
            .__planLedger!.page()!
            .workbook()
            .tasks.find((t) => t.key === '1999')?.owner,
      ),
    ).toBe('王五');
    expect(session.problems).toEqual([]);
  });
});

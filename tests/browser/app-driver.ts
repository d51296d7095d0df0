/** What a user does in the app, as steps for browser tests. */
import type { Page } from 'playwright-core';

export interface AppProbe {
  taskKeys: string[];
  sectionKeys: string[];
  name: string;
  sample: boolean;
}

/** Wait until the app has booted and shows a workbook or the list. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__planLedger! !== undefined, null, {
    timeout: 30_000,
  });
}

/** The open workbook as the app holds it (read through the exposed controller). */
export async function openWorkbook(page: Page): Promise<AppProbe | null> {
  return page.evaluate(() => {
    const app = window.__planLedger!;
    const wb = app.page()?.workbook();
    if (!wb) return null;
    return {
      taskKeys: wb.tasks.filter((t) => !t.archived).map((t) => t.key),
      sectionKeys: wb.sections.map((s) => s.key),
      name: wb.name,
      sample: wb.sample === true,
    };
  });
}

export function cell(page: Page, rowId: string, colId: string) {
  return page.locator(`.ag-row[row-id="${rowId}"] [col-id="${colId}"]`);
}

/** Scroll the grid (rows and columns are virtualised) until the cell is rendered, then click it. */
export async function clickCell(page: Page, rowId: string, colId: string): Promise<void> {
  await page.evaluate(
    ([r, c]) => {
      const app = window.__planLedger!;
      const api = app.page()!.grid().api;
      const index = api.getRowNode(r!)?.rowIndex;
      if (index !== null && index !== undefined) api.ensureIndexVisible(index);
      api.ensureColumnVisible(c!);
    },
    [rowId, colId],
  );
  await cell(page, rowId, colId).click();
}

export async function savedCount(page: Page): Promise<number> {
  return Number((await page.locator('[data-testid=save-state]').getAttribute('data-saved-count')) ?? 0);
}

/** Wait for an 已保存 shown after `since` (the count read before the edit). */
export async function waitSavedAfter(page: Page, since: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector<HTMLElement>('[data-testid=save-state]');
      return el?.dataset.state === 'saved' && Number(el.dataset.savedCount ?? 0) > n;
    },
    since,
    { timeout: 15_000 },
  );
}

/** Edit a text cell the keyboard way: focus, F2, type, Enter. */
export async function typeIntoCell(page: Page, rowId: string, colId: string, text: string): Promise<void> {
  await clickCell(page, rowId, colId);
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

export async function cellText(page: Page, rowId: string, colId: string): Promise<string> {
  return ((await cell(page, rowId, colId).textContent()) ?? '').trim();
}

/** The grid's displayed rows (after filtering): task keys and band ids, in order. */
export async function displayedRows(page: Page): Promise<{ tasks: string[]; bands: string[] }> {
  return page.evaluate(() => {
    const app = window.__planLedger!;
    const api = app.page()!.grid().api;
    const tasks: string[] = [];
    const bands: string[] = [];
    for (let i = 0; i < api.getDisplayedRowCount(); i++) {
      const row = api.getDisplayedRowAtIndex(i)?.data;
      if (row?.kind === 'task') tasks.push(row.id);
      else if (row) bands.push(row.id);
    }
    return { tasks, bands };
  });
}

/** A field of a task as the app's model holds it (`owner`, or a period's own `status@半年`). */
export async function taskField(page: Page, key: string, field: string): Promise<unknown> {
  return page.evaluate(
    ([k, f]) => {
      const task = window
        .__planLedger!.page()!
        .workbook()
        .tasks.find((t) => t.key === k);
      if (!task) return null;
      // `status@半年`: a period's own value (null while it shows the previous period's).
      const [name, period] = f!.split('@') as [string, string | undefined];
      const holder = period ? task.periods[period as keyof typeof task.periods] : task;
      return ((holder as unknown as Record<string, unknown> | undefined)?.[name] ?? null) as unknown;
    },
    [key, field],
  );
}

/** Paste tab-separated text at the focused cell, as Ctrl+V of a block copied from Excel does. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Import a plan through 导入工作要点 by pasting its text, then create the workbook. */
export async function importPlanByPaste(page: Page, text: string, unit: string): Promise<void> {
  await page.getByRole('button', { name: '导入工作要点' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  await dialog.getByLabel('粘贴工作要点全文').fill(text);
  await dialog.getByRole('button', { name: '识别' }).click();
  await dialog.getByLabel('填报单位').fill(unit);
  await dialog.getByRole('button', { name: '创建台账' }).click();
}

/** Set a task's 状态 the way a user does: click the cell, click the entry in the list that opens. */
export async function chooseStatus(page: Page, rowId: string, status: string): Promise<void> {
  // The list opens on the first click, as a dropdown in Excel does.
  await clickCell(page, rowId, 'status@半年');
  await page.locator('.status-editor li', { hasText: status }).click();
  await page.locator('.status-editor').waitFor({ state: 'detached' });
}

/** What Ctrl+C at the focused element puts on the clipboard (read from the copy event). */
export async function copyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = new DataTransfer();
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
}

/** A record exactly as stored (`ui/app`, `app`, `wb/<id>`…), read with the raw IndexedDB API, not through the app. */
export async function storedRecord(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('plan-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('records', 'readonly').objectStore('records').get(k);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
    key,
  );
}

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
  await page.waitForFunction(() => (window as unknown as { __planLedger?: unknown }).__planLedger !== undefined, null, {
    timeout: 30_000,
  });
}

/** The open workbook as the app holds it (read through the exposed controller). */
export async function openWorkbook(page: Page): Promise<AppProbe | null> {
  return page.evaluate(() => {
    type W = {
      tasks: { key: string; archived?: boolean }[];
      sections: { key: string }[];
      name: string;
      sample?: boolean;
    };
    const app = (window as unknown as { __planLedger: { page(): { workbook(): W } | null } }).__planLedger;
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
  const target = cell(page, rowId, colId);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

export async function cellText(page: Page, rowId: string, colId: string): Promise<string> {
  return ((await cell(page, rowId, colId).textContent()) ?? '').trim();
}

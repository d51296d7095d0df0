/**
 * `npm start` is the Vite dev server, where AG Grid's ValidationModule is registered: a grid
 * feature used without its module shows up here as a console error, which fails the test.
 */
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, removeProfileDir } from './harness';
import { chooseStatus, clickCell, copyText, openWorkbook, taskField, waitForApp } from './app-driver';

let server: ViteDevServer;
let url: string;

beforeAll(async () => {
  server = await createServer({ server: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
  await server.listen();
  url = server.resolvedUrls!.local[0]!;
});

afterAll(async () => {
  await server.close();
});

it('serves the sample workbook in development with every grid feature used and no console error', async () => {
  const chrome = await launchChromium();
  try {
    const { page, problems } = await openWatchedPage(chrome.context, url);
    await waitForApp(page);
    expect((await openWorkbook(page))?.taskKeys).toHaveLength(28);
    await chooseStatus(page, '3', '推进中');
    expect(await taskField(page, '3', 'status@半年')).toBe('推进中');
    expect(await copyText(page)).toBe('推进中');
    await clickCell(page, '3', 'progress@半年');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('已召开专题会议部署。');
    await page.keyboard.press('Tab');
    await page.getByLabel('搜索任务').fill('儿童');
    await page.getByLabel('按序时筛选').selectOption('红');
    await page.locator('label', { hasText: '全年' }).click();
    expect(await page.getByRole('radio', { name: '全年' }).isChecked()).toBe(true);
    await page.getByText('清除筛选').click();
    await expect.poll(() => page.getByLabel('搜索任务').inputValue()).toBe('');
    await expect.poll(() => page.locator('[data-testid=status-bar]').textContent()).toContain('共 28 项');
    expect(problems).toEqual([]);
  } finally {
    await chrome.close();
    removeProfileDir(chrome.profileDir);
  }
});

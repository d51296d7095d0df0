/**
 * The usual browser-test set-up, registered as vitest hooks: the built app on a static server
 * for the file, and a fresh Chromium profile with the app open — per test (`each`) or shared by
 * the file (`all`). Fields are filled in by the hooks, so read them inside tests.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { waitForApp } from './app-driver';
import {
  launchChromium,
  openWatchedPage,
  removeProfileDir,
  serveDist,
  type RunningChromium,
  type StaticServer,
} from './harness';

export interface AppSession {
  server: StaticServer;
  chrome: RunningChromium;
  page: Page;
  /** Console errors, page errors and off-origin requests seen so far. */
  problems: string[];
}

export function useAppSession(scope: 'each' | 'all'): AppSession {
  const session = {} as AppSession;
  const open = async () => {
    session.chrome = await launchChromium();
    ({ page: session.page, problems: session.problems } = await openWatchedPage(
      session.chrome.context,
      session.server.url,
    ));
    await waitForApp(session.page);
  };
  const close = async () => {
    await session.chrome?.close();
    if (session.chrome) removeProfileDir(session.chrome.profileDir);
  };
  beforeAll(async () => {
    session.server = await serveDist();
    if (scope === 'all') await open();
  });
  afterAll(async () => {
    if (scope === 'all') await close();
    await session.server?.close();
  });
  if (scope === 'each') {
    beforeEach(open);
    afterEach(close);
  }
  return session;
}

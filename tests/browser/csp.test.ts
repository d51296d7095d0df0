/**
 * The built pages' Content-Security-Policy lets no inline script run but the app's own (their
 * sha256 is written into script-src at build time): a script, an event handler attribute or a
 * javascript: link injected into the running page is refused with a CSP violation and does not
 * run, while the app keeps working, from a server and from file://.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickCell, openWorkbook, savedCount, waitForApp, waitSavedAfter } from './app-driver';
import {
  DIST_DIR,
  launchChromium,
  openWatchedPage,
  serveDist,
  type RunningChromium,
  type StaticServer,
} from './harness';

const PAGES = ['index.html', 'plan-ledger.html'] as const;

function policyOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => !/\bsrc\s*=/.test(m[1]!))
    .map((m) => m[2]!);
}

/** Recorded before any script of the page runs (an init script is not subject to the page's policy). */
function recordViolations(): void {
  const w = window as unknown as { __csp: { directive: string; blocked: string }[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
  );
}

/** What an attacker's markup would try, through the DOM the app never uses this way. */
async function inject(page: Page): Promise<void> {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "script";';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__injected = "handler";');
    img.src = 'data:image/png;base64,AAAA';
    document.body.append(img);
    const link = document.createElement('a');
    link.href = 'javascript:window.__injected = "link"';
    document.body.append(link);
    link.click();
  });
}

async function violations(page: Page): Promise<{ directive: string; blocked: string }[]> {
  return page.evaluate(() => (window as unknown as { __csp: { directive: string; blocked: string }[] }).__csp);
}

/** CSP refusals are logged as console errors: the ones this test provokes are expected. */
const PROVOKED = /Content Security Policy|Refused to (execute|run)|Failed to load resource|net::ERR_INVALID_URL/;

describe('CSP without inline script', () => {
  let server: StaticServer;
  let chrome: RunningChromium;
  beforeAll(async () => {
    server = await serveDist();
    chrome = await launchChromium();
    await chrome.context.addInitScript(recordViolations);
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  it.each(PAGES)("dist/%s: script-src is 'self' plus the hash of each inline script, never 'unsafe-inline'", (name) => {
    const html = readFileSync(join(DIST_DIR, name), 'utf8');
    const policy = policyOf(html);
    const sources = policy.get('script-src') ?? [];
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources[0]).toBe("'self'");
    const hashes = inlineScripts(html).map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    expect(sources.slice(1).sort()).toEqual([...new Set(hashes)].sort());
    expect(policy.get('object-src')).toEqual(["'none'"]);
    if (name === 'plan-ledger.html') expect(hashes.length).toBeGreaterThan(0);
  });

  it.each([
    ['a server', () => server.url, undefined],
    ['file://', () => pathToFileURL(join(DIST_DIR, 'plan-ledger.html')).href, 'null'],
  ])('from %s: the app runs, an injected script does not, and a violation is reported', async (_name, url, origin) => {
    const { page, problems } = await openWatchedPage(chrome.context, url(), origin);
    await waitForApp(page);
    expect((await openWorkbook(page))?.taskKeys).toHaveLength(28);
    expect(await violations(page)).toEqual([]);

    await inject(page);
    await expect
      .poll(async () => (await violations(page)).map((v) => v.directive).sort())
      .toEqual(['script-src-attr', 'script-src-elem', 'script-src-elem']);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();

    // Still working: an edit is saved, and a lazily loaded part (the web page reader) runs.
    const before = await savedCount(page);
    await clickCell(page, '7', 'owner');
    await page.keyboard.press('F2');
    await page.keyboard.insertText('王科长');
    await page.keyboard.press('Enter');
    await waitSavedAfter(page, before);
    const text = await page.evaluate(async () => {
      const file = new File(['<p>一、总体要求</p><p>1.抓好落实。</p>'], 'plan.html', { type: 'text/html' });
      return (await window.__planLedger!.readPlanFile(file)).text;
    });
    expect(text).toContain('1.抓好落实。');
    expect(problems.filter((p) => !PROVOKED.test(p))).toEqual([]);
    await page.close();
  });
});

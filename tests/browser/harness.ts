/**
 * Real Chromium for browser tests: Debian's /usr/bin/chromium (or CHROME_PATH), headless, driven
 * over CDP by playwright-core. We start the process ourselves so a test can SIGKILL it and
 * relaunch on the same profile. Every page fails its test on a console error, a page error or a
 * request that leaves the app's origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const DIST_DIR = resolve(process.env.PL_DIST || 'dist');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-default-browser-check',
  '--remote-debugging-port=0',
  '--lang=zh-CN',
];

export interface RunningChromium {
  process: ChildProcess;
  browser: Browser;
  context: BrowserContext;
  profileDir: string;
  /** SIGKILL, as a crash or a pulled plug would: no chance to flush anything. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'plan-ledger-profile-'));
}

export function removeProfileDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // Chromium's helper processes may still be flushing into the profile; it is a temp dir.
  }
}

/**
 * Resolves once no process of the group is left (children die a moment after their parent), or
 * after 10 s: an init that does not reap would otherwise keep their zombies "alive" for ever.
 */
async function groupGone(pgid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Launch Chromium on a profile (a fresh one unless given) and connect over CDP. */
export async function launchChromium(
  opts: { profileDir?: string; width?: number; height?: number } = {},
): Promise<RunningChromium> {
  const profileDir = opts.profileDir ?? newProfileDir();
  const args = [
    ...FLAGS,
    `--user-data-dir=${profileDir}`,
    `--window-size=${opts.width ?? 1366},${opts.height ?? 768}`,
    'about:blank',
  ];
  // Its own process group, so kill() takes the renderer and the storage service down with it.
  const child = spawn(CHROME_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const wsEndpoint = await new Promise<string>((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        ok(match[1]!);
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(wsEndpoint);
  const context = browser.contexts()[0]!;
  const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
  return {
    process: child,
    browser,
    context,
    profileDir,
    async kill() {
      // Every process at once, as in a power cut: killing only the browser process leaves its
      // storage service writing on, and the next launch would find the profile still locked.
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      await groupGone(child.pid!);
    },
    async close() {
      await browser.close().catch(() => undefined);
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, AG Grid warnings, page errors and off-origin requests seen so far. */
  problems: string[];
}

/** Open a page that records every console error, AG Grid warning, uncaught error and request leaving `origin`. */
export async function openWatchedPage(
  context: BrowserContext,
  url: string,
  origin = new URL(url).origin,
): Promise<WatchedPage> {
  const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    // AG Grid reports deprecations and misuse as warnings (and a red overlay in development).
    if (msg.type() === 'warning' && /ag[ -]?grid/i.test(msg.text())) problems.push(`AG Grid warning: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const target = req.url();
    if (target.startsWith('data:') || target.startsWith('blob:')) return;
    if (origin === 'null' ? !target.startsWith('file://') : !target.startsWith(origin)) {
      problems.push(`request left the origin: ${target}`);
    }
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  // The app honours "reduce motion": charts are drawn final, with no animation for a test to wait out.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  return { page, problems };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  /** A page of the app's origin that runs nothing and asks for no favicon (see BLANK_PATH). */
  blankUrl: string;
  close(): Promise<void>;
}

/**
 * Served beside the app, for tests that act on the origin's storage with no connection of the app
 * open. Any other file of the folder (a .txt) makes Chromium ask for /favicon.ico, and the 404 of
 * that request is logged at a moment no test can wait for.
 */
const BLANK_PATH = '/__blank.html';
const BLANK_PAGE = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title>';

/** Serve the built app on 127.0.0.1 with a random port, as any static host would. */
export async function serveDist(dir = DIST_DIR): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === BLANK_PATH) {
      res.writeHead(200, { 'content-type': MIME['.html']! }).end(BLANK_PAGE);
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    blankUrl: `http://127.0.0.1:${port}${BLANK_PATH}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

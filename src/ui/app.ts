/**
 * The application controller: boots storage, opens the sample on first run, switches between the
 * workbook list and an open workbook, and wires the top-bar actions to their (lazy) handlers.
 */
import { createWorkbook } from '../core/workbook/create-workbook';
import type { Period, Workbook } from '../core/workbook/types';
import type { Problem } from '../core/plan/types';
import { h, clear } from './dom';
import { renderHome } from './home/home-view';
import type { ImportChoice } from './import/import-dialog';
import { createNotices, type Notices } from './shell/notices';
import { createSaveIndicator } from './shell/save-indicator';
import { createTopbar, type ActionName, type Topbar } from './shell/topbar';
import { createWorkbookPage, type WorkbookPage } from './workbook/workbook-page';
import { readLayout } from './grid/column-layout';
import { openLibrary, type Library } from './store/library';
import { runAction, type ActionContext } from './shell/run-action';
import { lostWorkbooksMessage } from './store/known-workbooks';
import { duplicateFlow, removeFlow, renameFlow, type HomeFlowContext } from './home/home-flows';
import { readPlanFile } from './import/read-plan';
import { FolderBackup } from './backup/folder-backup';

export interface AppOptions {
  /** Today as YYYY-MM-DD; tests pin it. */
  today?: () => string;
}

export interface App {
  library: Library;
  page(): WorkbookPage | null;
  openWorkbook(id: string): Promise<void>;
  showHome(): Promise<void>;
  createFromChoice(choice: ImportChoice): Promise<Workbook>;
  /** The same reader 导入工作要点 uses (lazy); exposed for support and the single-file test. */
  readPlanFile(file: File): Promise<{ text: string; problems: Problem[] }>;
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `wb-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

interface Shell {
  doc: Document;
  main: HTMLElement;
  notices: Notices;
  topbar: Topbar;
  library: Library;
  today(): string;
}

/**
 * Tasks shown before the whole workbook is read: more than a 1080-pixel screen holds. A large
 * workbook's records take a few hundred milliseconds to read and restore; its first screen does not wait.
 */
export const FIRST_ROWS = 80;

const nextFrame = (win: Window) => new Promise<void>((done) => win.requestAnimationFrame(() => done()));

/** The workbook page in place of whatever was shown, following what other tabs store. */
function mountPage(shell: Shell, workbook: Workbook, loadingTotal?: number, onMissed = () => {}): WorkbookPage {
  const { doc, library } = shell;
  const ui = library.uiState();
  const page = createWorkbookPage(workbook, {
    ...(loadingTotal === undefined ? {} : { loadingTotal }),
    doc,
    notices: shell.notices,
    today: shell.today,
    persist: (result) => library.persist(result),
    initialPeriod: ui.period,
    onPeriodChange: (period: Period) => void library.setUiState({ period }),
    initialLayout: readLayout(ui.columns),
    onLayoutChange: (columns) => void library.setUiState({ columns }),
    // Folded by default where the grid needs the width (a 1366-pixel office screen).
    initialDetailOpen: ui.detailOpen ?? (doc.defaultView?.innerWidth ?? 1366) >= 1600,
    onDetailToggle: (detailOpen) => void library.setUiState({ detailOpen }),
  });
  // While the rest is read, another tab's change is noted: the whole workbook is read again after.
  library.watch(workbook.id, (next, keys) => (page.loading() ? onMissed() : page.replace(next, keys)));
  shell.main.append(page.el);
  shell.topbar.setWorkbookOpen(loadingTotal === undefined);
  doc.title = `${workbook.name} - 要点台账`;
  return page;
}

function createApp(shell: Shell): App {
  const { doc, library } = shell;
  let page: WorkbookPage | null = null;
  // The list changed (renamed, copied, deleted or brought back): show it again unless a workbook is open.
  const home: HomeFlowContext = {
    doc,
    notices: shell.notices,
    library,
    refresh: () => void (page ? 0 : app.showHome()),
  };
  const unmount = (): void => {
    page?.destroy();
    clear(shell.main);
  };
  /** The first tasks painted, then the whole workbook read and shown in their place. */
  async function openInTwoSteps(id: string, first: Workbook, total: number): Promise<void> {
    unmount();
    let missed = false;
    const opened = mountPage(shell, first, total, () => (missed = true));
    page = opened;
    const win = doc.defaultView!;
    await nextFrame(win);
    await nextFrame(win);
    let workbook = await library.load(id);
    if (workbook && missed && page === opened) workbook = await library.load(id);
    if (page !== opened) return;
    if (!workbook) return void app.showHome();
    opened.finishLoading(workbook);
    shell.topbar.setWorkbookOpen(true);
    await library.setUiState({ lastOpened: id });
  }
  const app: App = {
    library,
    page: () => page,
    async openWorkbook(id) {
      const head = await library.loadHead(id, FIRST_ROWS);
      if (head && head.total > FIRST_ROWS) return openInTwoSteps(id, head.workbook, head.total);
      const workbook = await library.load(id);
      if (!workbook) return;
      unmount();
      page = mountPage(shell, workbook);
      await library.setUiState({ lastOpened: id });
    },
    async showHome() {
      unmount();
      page = null;
      const list = h(doc, 'div', { class: 'home' });
      shell.main.append(list);
      shell.topbar.setWorkbookOpen(false);
      doc.title = '要点台账';
      renderHome(doc, list, await library.list(), {
        open: (id) => void app.openWorkbook(id),
        rename: (id) => void renameFlow(home, id),
        duplicate: (id) => void duplicateFlow(home, id),
        remove: (id) => void removeFlow(home, id),
      });
    },
    async createFromChoice(choice) {
      const workbook = createWorkbook(choice.result.plan, {
        id: newId(),
        unit: choice.unit,
        name: choice.name || undefined,
        sourceText: choice.sourceText,
        readOptions: choice.readOptions,
        now: new Date().toISOString(),
      });
      await library.create(workbook);
      return workbook;
    },
    readPlanFile,
  };
  return app;
}

export async function startApp(doc: Document, options: AppOptions = {}): Promise<App> {
  const today = options.today ?? localToday;
  const root = doc.getElementById('app')!;
  clear(root);
  const save = createSaveIndicator(doc);
  const notices = createNotices(doc);
  const main = h(doc, 'main');
  let app: App | null = null;
  const action = (name: ActionName) => {
    if (app) void runAction(name, { doc, notices, library: app.library, app, today });
  };
  const topbar = createTopbar(doc, save, action, () => void app?.showHome());
  root.append(topbar.el, notices.el, main);
  const library = await openLibrary({
    doc,
    notices,
    save,
    storageInfo: topbar.storageInfo,
    backupInfo: topbar.backupInfo,
  });
  app = createApp({ doc, main, notices, topbar, library, today });
  const folder = await FolderBackup.start({ doc, notices, library, today });
  if (folder) {
    folder.context = { doc, notices, library, app, today };
    topbar.addAction(folder.button);
    library.onStored(() => folder.noteEdit());
  }
  await firstScreen({ doc, notices, library, app, today }, folder);
  return app;
}

/** The workbooks of the last run are gone: say so, and offer the backup instead of the sample. */
function showLost(ctx: ActionContext): void {
  ctx.notices.banner('storage-lost', lostWorkbooksMessage(ctx.library.knownAtStart), [
    { label: '从备份恢复', run: () => void runAction('从备份恢复', ctx) },
  ]);
}

/**
 * First run on an empty database opens the sample; later runs reopen the last workbook. An empty
 * database with a backup folder set (the workbooks were deleted, or lost) offers that folder's
 * backup instead, and no sample is made that the restore would have to live with.
 */
async function firstScreen(ctx: ActionContext, folder: FolderBackup | null) {
  const { app, library, today } = ctx;
  const list = await library.list();
  if (list.length === 0 && folder?.hasFolder() && folder.context) {
    await app.showHome();
    await folder.offerRestore(folder.context);
    return;
  }
  if (list.length === 0 && library.knownAtStart.count > 0) {
    await app.showHome();
    showLost(ctx);
    return;
  }
  if (list.length === 0 && !library.uiState().sampleCreated) {
    const { sampleWorkbook } = await import('./sample-workbook');
    const sample = await sampleWorkbook(`${today()}T00:00:00.000Z`);
    await library.create(sample);
    await library.setUiState({ sampleCreated: true });
    await app.openWorkbook(sample.id);
    return;
  }
  const last = library.uiState().lastOpened;
  if (last && list.some((w) => w.id === last)) await app.openWorkbook(last);
  else await app.showHome();
}

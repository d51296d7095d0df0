/**
 * 自动备份到文件夹 (Chromium): the user picks a folder once; after every 20 edits, or 3 minutes
 * after the first edit since the last backup, every workbook is written there as
 * plan-ledger-backup-YYYYMMDD.json (one file a day, the newest 7 kept). Office cleaners and Safari
 * wipe browser storage; that folder survives. Browsers without the File System Access API never
 * see any of this: for them the 7-day reminder and the last backup time stay.
 */
import { AUTO_BACKUP, autoBackupName, backupDueIn, countEdit, NO_EDITS } from '../../core/workbook/auto-backup';
import { createBackup, MAX_BACKUP_BYTES } from '../../core/workbook/backup';
import {
  canPickFolder,
  folderAccess,
  folderErrorMessage,
  isDirectoryHandle,
  pickFolder,
  writeRollingBackup,
  type DirectoryHandleLike,
} from '../../io/backup-folder';
import type { BackupFolderRecord, WorkbookStore } from '../../storage';
import { h } from '../dom';
import type { Notices } from '../shell/notices';
import type { ActionContext } from '../shell/run-action';
import type { Library } from '../store/library';
import { openFolderDialog } from './folder-dialog';
import { offerFolderRestore, offerRestoreFromPicked } from './folder-restore';
import { localTime } from './restore-dialog';

export interface FolderBackupDeps {
  doc: Document;
  notices: Notices;
  library: Library;
  today(): string;
}

const PICK_HINT = '选择一个文件夹，自动保存备份；浏览器数据被清理后可从中恢复';

export class FolderBackup {
  readonly button: HTMLButtonElement;
  private readonly store: WorkbookStore;
  private folder: DirectoryHandleLike | null;
  private pending = NO_EDITS;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<boolean> | null = null;
  /** After a failure or a refused permission, wait for the user (重试, 继续) instead of retrying per edit. */
  private paused = false;

  /** The controller, or null where the browser cannot pick a folder (Firefox, Safari). */
  static async start(deps: FolderBackupDeps): Promise<FolderBackup | null> {
    if (!canPickFolder(deps.doc.defaultView!)) return null;
    return new FolderBackup(deps, await deps.library.store.loadBackupFolder());
  }

  private constructor(
    private readonly deps: FolderBackupDeps,
    private record: BackupFolderRecord | null,
  ) {
    this.store = deps.library.store;
    this.folder = record && isDirectoryHandle(record.handle) ? record.handle : null;
    this.button = h(deps.doc, 'button', { type: 'button', 'data-action': '自动备份到文件夹' });
    this.button.addEventListener('click', () => void this.open());
    this.label();
  }

  /** The topbar's action context, set once the app exists (restores need it). */
  context: ActionContext | null = null;

  /** A change was stored (or is on its way): it counts towards the next backup. */
  noteEdit(): void {
    this.pending = countEdit(this.pending, Date.now());
    this.schedule();
  }

  hasFolder(): boolean {
    return this.folder !== null;
  }

  /** At start with no workbooks: offer the folder's newest backup. */
  async offerRestore(ctx: ActionContext): Promise<void> {
    if (this.folder) await offerFolderRestore(ctx, this.folder);
  }

  /** Write a backup now (立即备份, 重试, 继续); false when nothing was written. */
  writeNow(): Promise<boolean> {
    this.paused = false;
    return this.flushNow();
  }

  /** The 自动备份到文件夹 button: pick a folder, or show the folder and the choices. */
  async open(): Promise<void> {
    const { folder, record } = this;
    if (!folder) return this.choose();
    openFolderDialog(this.deps.doc, {
      name: folder.name,
      lastWritten: record?.lastWrittenAt ? `${localTime(record.lastWrittenAt)}（${record.lastFile}）` : null,
      backupNow: async () => {
        if (await this.writeNow()) this.deps.notices.notice(`已写入自动备份“${this.record?.lastFile}”`);
      },
      change: () => this.choose(),
      stop: () => this.stop(),
    });
  }

  private label(): void {
    const { folder, record } = this;
    this.button.textContent = folder ? `自动备份：${folder.name}` : '自动备份到文件夹';
    const last = record?.lastWrittenAt
      ? `上次写入 ${localTime(record.lastWrittenAt)}（${record.lastFile}）`
      : '尚未写入';
    this.button.title = folder ? `自动备份到文件夹“${folder.name}”，${last}` : PICK_HINT;
  }

  private schedule(): void {
    if (!this.folder || this.paused) return;
    const due = backupDueIn(this.pending, Date.now());
    if (due === 0) void this.flushNow();
    else if (due !== null && this.timer === null)
      this.timer = setTimeout(() => {
        this.timer = null;
        this.schedule();
      }, due);
  }

  private flushNow(): Promise<boolean> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.writing ??= this.write().finally(() => {
      this.writing = null;
      this.schedule();
    });
    return this.writing;
  }

  /** At start the browser usually answers 'prompt': only a click may ask again. */
  private async access(ask: boolean): Promise<boolean> {
    const { folder, deps } = this;
    if (!folder) return false;
    if ((await folderAccess(folder, ask)) === 'granted') {
      deps.notices.dismissBanner('folder-access');
      return true;
    }
    this.paused = true;
    const resume = { label: '继续自动备份', run: () => void this.access(true).then((ok) => ok && this.writeNow()) };
    const text = `自动备份到文件夹“${folder.name}”需要您再次允许访问（浏览器重新打开后会再问一次）。`;
    deps.notices.banner('folder-access', text, [resume]);
    return false;
  }

  private async write(): Promise<boolean> {
    const { folder, deps } = this;
    if (!folder || !(await this.access(false))) return false;
    const taken = this.pending;
    this.pending = NO_EDITS;
    try {
      await deps.library.flush();
      const { workbooks } = await deps.library.backupSet();
      // An empty library (or one with only the sample) must never push real backups out of the folder.
      if (!workbooks.some((wb) => !wb.sample)) return false;
      const at = new Date().toISOString();
      const text = JSON.stringify(createBackup(workbooks, at));
      const name = autoBackupName(deps.today());
      await writeRollingBackup(folder, name, text, AUTO_BACKUP.keep);
      this.record = { handle: folder, lastWrittenAt: at, lastFile: name };
      await this.store.saveBackupFolder(this.record);
      await deps.library.markBackedUp();
      deps.notices.dismissBanner('folder-error');
      if (text.length > MAX_BACKUP_BYTES) deps.notices.notice(TOO_LARGE, [], 'error');
      this.label();
      return true;
    } catch (error) {
      this.pending = { count: this.pending.count + taken.count, since: taken.since ?? this.pending.since };
      this.failed(folder, error);
      return false;
    }
  }

  private failed(folder: DirectoryHandleLike, error: unknown): void {
    this.paused = true;
    const text = `自动备份未能写入文件夹“${folder.name}”：${folderErrorMessage(error)}。请点击“备份”另存一份，或重新选择文件夹。`;
    this.deps.notices.banner('folder-error', text, [{ label: '重试', run: () => void this.writeNow() }]);
  }

  private async choose(): Promise<void> {
    const picked = await pickFolder(this.deps.doc.defaultView!);
    if (!picked) return;
    [this.folder, this.paused, this.pending] = [picked, false, NO_EDITS];
    this.record = { handle: picked, lastWrittenAt: null, lastFile: null };
    await this.store.saveBackupFolder(this.record);
    this.label();
    // A folder that already holds backups, picked where there is nothing of one's own: offer them first.
    if (this.context && (await offerRestoreFromPicked(this.context, picked))) return;
    if (await this.flushNow()) this.deps.notices.notice(STARTED(picked.name));
  }

  private async stop(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    [this.timer, this.folder, this.record, this.pending] = [null, null, null, NO_EDITS];
    await this.store.saveBackupFolder(null);
    this.deps.notices.dismissBanner('folder-access');
    this.deps.notices.dismissBanner('folder-error');
    this.label();
    this.deps.notices.notice('已停止自动备份（文件夹中已有的备份文件保留不动）');
  }
}

const TOO_LARGE = `自动备份已超过 ${MAX_BACKUP_BYTES / 1024 / 1024} MB，从备份恢复时将被拒绝，请删除不用的台账`;
const STARTED = (name: string) =>
  `已开启自动备份到文件夹“${name}”：每 ${AUTO_BACKUP.everyEdits} 次修改、或编辑中每 ${AUTO_BACKUP.everyMs / 60_000} 分钟写入一次，保留最近 ${AUTO_BACKUP.keep} 天`;

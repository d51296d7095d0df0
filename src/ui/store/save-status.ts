/** The saver's status as the user sees it: the indicator in the top bar, and a banner on failure. */
import type { SaveStatus } from '../../storage';
import type { Notices } from '../shell/notices';
import type { SaveIndicator } from '../shell/save-indicator';

export function showSaveStatus(status: SaveStatus, save: SaveIndicator, notices: Notices): void {
  if (status === 'saving') {
    save.show({ kind: 'saving' });
    return;
  }
  if (status === 'saved') {
    save.show({ kind: 'saved', at: new Date() });
    notices.dismissBanner('save-error');
    return;
  }
  save.show({ kind: 'error', reason: status.error });
}

/** A write failed: the edits are still in memory, and the backup is the way to keep them. */
export function saveFailed(reason: string, save: SaveIndicator, notices: Notices, what = '编辑'): void {
  save.show({ kind: 'error', reason });
  notices.banner('save-error', `保存失败：${reason}。${what}仍保留在内存中，可点击“备份”下载。`);
}

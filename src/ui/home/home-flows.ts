/**
 * What the list's 重命名 / 复制 / 删除 buttons do: ask in the app's own dialogs, then change the
 * store. A delete can be undone for a while from a banner; the records come back exactly.
 */
import { askConfirm, askDuplicate, askText } from '../ask';
import type { Notices } from '../shell/notices';
import type { Library } from '../store/library';

/** Long enough to notice a wrong click and come back, short enough not to linger all day. */
export const UNDO_DELETE_MS = 30_000;

export interface HomeFlowContext {
  doc: Document;
  notices: Notices;
  library: Library;
  /** Show the list again (after a change, or after 撤销删除). */
  refresh(): void;
}

async function summaryOf(ctx: HomeFlowContext, id: string) {
  return (await ctx.library.list()).find((w) => w.id === id);
}

export async function renameFlow(ctx: HomeFlowContext, id: string): Promise<void> {
  const current = await summaryOf(ctx, id);
  if (!current) return;
  const name = await askText(ctx.doc, { title: '重命名台账', label: '新的台账名称', value: current.name });
  if (!name || name === current.name) return;
  await ctx.library.store.rename(id, name, new Date().toISOString());
  ctx.refresh();
}

export async function duplicateFlow(ctx: HomeFlowContext, id: string): Promise<void> {
  const current = await summaryOf(ctx, id);
  if (!current) return;
  const answer = await askDuplicate(ctx.doc, { name: current.name, year: current.year });
  if (!answer) return;
  const result = await ctx.library.store.duplicate(id, {
    id: crypto.randomUUID(),
    now: new Date().toISOString(),
    ...answer,
  });
  if (result.problems.length) {
    ctx.notices.notice(
      '复制时有问题',
      result.problems.map((p) => p.message),
      'error',
    );
  }
  ctx.refresh();
}

export async function removeFlow(ctx: HomeFlowContext, id: string): Promise<void> {
  const current = await summaryOf(ctx, id);
  if (!current) return;
  const sure = await askConfirm(ctx.doc, {
    title: '删除台账',
    message: `确定删除台账《${current.name}》吗？删除后 ${UNDO_DELETE_MS / 1000} 秒内可以撤销。`,
    okLabel: '删除',
    danger: true,
  });
  if (!sure) return;
  const { store } = ctx.library;
  const deleted = await store.remove(id);
  ctx.library.forget(id);
  store.changes.announce({ workbookId: id, keys: [], meta: true, deleted: true, updatedAt: new Date().toISOString() });
  ctx.notices.banner('undo-delete', `已删除《${current.name}》`, [
    {
      label: '撤销删除',
      run: () => {
        ctx.notices.dismissBanner('undo-delete');
        void store.undelete(deleted).then(() => ctx.refresh());
      },
    },
  ]);
  setTimeout(() => ctx.notices.dismissBanner('undo-delete'), UNDO_DELETE_MS);
  ctx.refresh();
}

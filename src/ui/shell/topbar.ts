/** The top bar: product name, the product's actions (fixed vocabulary), storage state, save state. */
import { h } from '../dom';
import type { SaveIndicator } from './save-indicator';

export const ACTIONS = [
  '导入工作要点',
  '导出半年报表',
  '导出年终报表',
  // 一季度 / 三季度 reports and the full ledger, chosen in a small dialog.
  '其他报表',
  '导入填报表',
  '汇总多个单位',
  // The district's round trip: protected forms out, a draft 工作总结 from a workbook.
  '下发填报表',
  '导出工作总结',
  '图表',
  // 填报单位 and the reports' sign-off line and title.
  '台账设置',
  '备份',
  '从备份恢复',
] as const;
export type ActionName = (typeof ACTIONS)[number];

export interface Topbar {
  el: HTMLElement;
  storageInfo: HTMLElement;
  /** 上次备份 …, on every browser. */
  backupInfo: HTMLElement;
  /** A button that is not one of the fixed actions (自动备份到文件夹, where the browser offers it). */
  addAction(button: HTMLButtonElement): void;
  /** Buttons that need an open workbook are disabled on the home page. */
  setWorkbookOpen(open: boolean): void;
}

const NEEDS_WORKBOOK: readonly ActionName[] = [
  '导出半年报表',
  '导出年终报表',
  '其他报表',
  '下发填报表',
  '导出工作总结',
  '图表',
  '台账设置',
];

export function createTopbar(
  doc: Document,
  save: SaveIndicator,
  onAction: (name: ActionName) => void,
  onHome: () => void,
): Topbar {
  const buttons = ACTIONS.map((name) =>
    h(doc, 'button', { type: 'button', 'data-action': name, onclick: () => onAction(name) }, name),
  );
  const home = h(doc, 'button', { type: 'button', class: 'link', onclick: onHome }, '台账列表');
  const storageInfo = h(doc, 'span', { class: 'storage-info', 'data-testid': 'storage-info' });
  const backupInfo = h(doc, 'span', { class: 'storage-info', 'data-testid': 'backup-info' });
  const nav = h(doc, 'nav', { class: 'actions', 'aria-label': '操作' }, ...buttons);
  const el = h(
    doc,
    'header',
    { class: 'topbar' },
    h(doc, 'h1', {}, '要点台账'),
    home,
    nav,
    h(doc, 'span', { class: 'spacer' }),
    storageInfo,
    backupInfo,
    save.el,
  );
  return {
    el,
    storageInfo,
    backupInfo,
    addAction: (button) => void nav.append(button),
    setWorkbookOpen(open) {
      for (const b of buttons) if (NEEDS_WORKBOOK.includes(b.dataset.action as ActionName)) b.disabled = !open;
    },
  };
}

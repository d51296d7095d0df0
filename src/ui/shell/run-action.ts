/**
 * Top-bar actions: each loads its (heavy) module on first use, and any failure
 * becomes a Chinese message — nothing already saved is touched by a failed action.
 */
import type { App } from '../app';
import type { Library } from '../store/library';
import type { Notices } from './notices';
import type { ActionName } from './topbar';

export interface ActionContext {
  doc: Document;
  notices: Notices;
  library: Library;
  app: App;
  today(): string;
}

export async function runAction(name: ActionName, ctx: ActionContext): Promise<void> {
  try {
    const handler = await loadHandler(name);
    if (handler) await handler(ctx);
    else ctx.notices.notice(`“${name}”尚未开放`);
  } catch (error) {
    ctx.notices.notice(`“${name}”未能完成`, [error instanceof Error ? error.message : String(error)], 'error');
  }
}

type Handler = (ctx: ActionContext) => Promise<void>;

async function loadHandler(name: ActionName): Promise<Handler | null> {
  // One module per action, loaded on first use (ExcelJS, SheetJS and chart.js are heavy).
  switch (name) {
    case '导入工作要点':
      return (await import('../import/import-action')).importPlan;
    case '导出半年报表':
      return (await import('../reports/export-action')).exportHalfYear;
    case '导出年终报表':
      return (await import('../reports/export-action')).exportYearEnd;
    case '其他报表':
      return (await import('../reports/export-action')).exportOther;
    case '导入填报表':
      return (await import('../reports/reimport-action')).reimportReport;
    case '汇总多个单位':
      return (await import('../reports/consolidate-action')).consolidateUnits;
    case '下发填报表':
      return (await import('../reports/handout-action')).handOutForms;
    case '导出工作总结':
      return (await import('../reports/summary-action')).exportWorkSummary;
    case '图表':
      return (await import('../charts/charts-action')).openCharts;
    case '台账设置':
      return (await import('../reports/settings-action')).editReportSettings;
    case '备份':
      return (await import('../backup/backup-action')).downloadBackup;
    case '从备份恢复':
      return (await import('../backup/restore-action')).restoreFromBackup;
    default:
      return null;
  }
}

/**
 * 导入工作要点: the import dialog, then either a new workbook (创建台账) or, with a workbook open,
 * the revised plan merged into it by task key after a diff (更新当前台账), as one undo step.
 */
import { applyPlanDiff } from '../../core/workbook/revise-plan';
import type { ActionContext } from '../shell/run-action';
import { openImportDialog, type ImportChoice } from './import-dialog';
import { readPlanFile } from './read-plan';
import { openReviseDialog } from './revise-dialog';

function revise(ctx: ActionContext, choice: ImportChoice): void {
  const page = ctx.app.page();
  if (!page) return;
  openReviseDialog(ctx.doc, page.workbook(), choice.result.plan, () => {
    page.apply(applyPlanDiff(page.workbook(), choice.result.plan, choice.sourceText, choice.readOptions));
    ctx.notices.notice('已按修订稿更新台账（可撤销）');
  });
}

export async function importPlan(ctx: ActionContext): Promise<void> {
  const page = ctx.app.page();
  const open = page?.workbook();
  openImportDialog(ctx.doc, {
    // Empty on a first import (never the sample's unit); later what the user typed last.
    defaultUnit: ctx.library.uiState().lastUnit ?? '',
    readFile: readPlanFile,
    onConfirm: (choice) => {
      void ctx.library.setUiState({ lastUnit: choice.unit });
      void ctx.app.createFromChoice(choice).then((wb) => ctx.app.openWorkbook(wb.id));
    },
    ...(open
      ? {
          currentName: open.name,
          onRevise: (choice: ImportChoice) => revise(ctx, choice),
          ...(open.plan.readOptions ? { initialOptions: open.plan.readOptions } : {}),
        }
      : {}),
  });
}

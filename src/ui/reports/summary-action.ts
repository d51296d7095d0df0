/** 导出工作总结: pick the period, then download the draft .docx of the open workbook. */
import { PERIODS, type Period } from '../../core/workbook/types';
import { askWith } from '../ask';
import { downloadBytes, h } from '../dom';
import type { ActionContext } from '../shell/run-action';

function askPeriod(doc: Document, shown: Period): Promise<Period | null> {
  const select = h(
    doc,
    'select',
    { 'aria-label': '总结期' },
    ...PERIODS.map((p) => h(doc, 'option', { value: p }, p === '半年' ? '上半年' : p)),
  );
  // A 工作总结 is written at the half-year or the year's end.
  select.value = shown === '全年' || shown === '三季度' ? '全年' : '半年';
  const field = h(doc, 'label', { class: 'ask-field' }, '总结期 ', select);
  const note = h(
    doc,
    'p',
    { class: 'muted' },
    '按本台账已填写的进展情况、存在问题和下步打算生成 Word 草稿；未填写的任务标注“未填报”。',
  );
  return askWith(doc, '导出工作总结', '导出', [field, note], () => select.value as Period, null);
}

export async function exportWorkSummary(ctx: ActionContext): Promise<void> {
  const page = ctx.app.page();
  if (!page) {
    ctx.notices.notice('请先打开一个台账', [], 'error');
    return;
  }
  const period = await askPeriod(ctx.doc, page.period());
  if (!period) return;
  const { exportWorkSummary: write, DOCX_MIME } = await import('../../io/word/documents');
  const file = await write(page.workbook(), period, ctx.today());
  downloadBytes(ctx.doc, file.fileName, file.bytes, DOCX_MIME);
  ctx.notices.notice(`已导出“${file.fileName}”（草稿，请在 Word 或 WPS 中修改定稿）`);
}

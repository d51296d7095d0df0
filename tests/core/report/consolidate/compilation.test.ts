/** 汇编 and 催办 from a consolidation result written by hand (no files): every entry listed, as written. */
import { describe, expect, it } from 'vitest';
import type { ConsolidationResult } from '../../../../src/core/report/consolidate/consolidate';
import { buildCompilationReport } from '../../../../src/core/report/consolidate/compilation-sheet';
import { reminders } from '../../../../src/core/report/consolidate/reminders';
import { buildCompilationDocument } from '../../../../src/core/report/word/compilation-document';

const result: ConsolidationResult = {
  plan: '2021年湖里区民政工作要点',
  year: 2021,
  period: '半年',
  sections: [
    { key: '一', title: '兜底保障' },
    { key: '二', title: '养老服务' },
  ],
  tasks: [
    { key: '1', title: '低保扩围', section: '一' },
    { key: '2', title: '助餐点', section: '二' },
  ],
  taskSummaries: [],
  units: [
    { unit: '禾山街道', fileName: 'a.xlsx', asOf: '2021-07-03', late: false, rate: null, sectionRates: [] },
    { unit: '金山街道', fileName: 'b.xlsx', asOf: '2021-07-09', late: true, rate: null, sectionRates: [] },
  ],
  cells: [
    [
      { status: '已完成', percent: 100, progress: '已扩围。', problems: '无。' },
      { status: '推进中', percent: 40 },
    ],
    [null, { status: '推进中', percent: 20, progress: '选址中。', nextSteps: '下月开工。' }],
  ],
  missingUnits: ['江头街道'],
  lateUnits: ['金山街道'],
  rejected: [],
  problems: [],
};

describe('汇编', () => {
  it('lists every unit that listed a task, with its words, in the sheet', () => {
    const [sheet] = buildCompilationReport(result, '2021-07-12').sheets;
    const rows = sheet!.rows.map((r) => r.cells.map((c) => c.value ?? ''));
    const body = rows.filter((r) => ['1', '2', ''].includes(String(r[0])) && r[2]);
    expect(body).toEqual([
      ['1', '低保扩围', '禾山街道', '已完成，100%', '已扩围。', '无。', ''],
      ['', '', '金山街道', '推进中，40%', '未填报', '', ''],
      ['2', '助餐点', '金山街道', '推进中，20%', '选址中。', '', '下月开工。'],
    ]);
  });

  it('says the same in the Word document, section by section', () => {
    const doc = buildCompilationDocument(result, '2021-07-12');
    expect(doc.fileName).toBe('2021年湖里区民政工作要点半年工作进展汇编.docx');
    const lines = doc.blocks.map((b) => `${b.lead ?? ''}${b.text}`);
    expect(lines.slice(2)).toEqual([
      '一、兜底保障',
      '1.低保扩围',
      '禾山街道（已完成，100%）：已扩围。',
      '存在问题：无。',
      '金山街道（推进中，40%）：未填报。',
      '二、养老服务',
      '2.助餐点',
      '金山街道（推进中，20%）：选址中。',
      '下步打算：下月开工。',
    ]);
  });
});

describe('催办', () => {
  it('names the units not reported, overdue once past the deadline, and the late ones', () => {
    const before = reminders(result, '2021-07-10', '2021-07-08');
    expect(before.map((r) => [r.unit, r.state])).toEqual([
      ['江头街道', '未报送'],
      ['金山街道', '逾期报送'],
    ]);
    expect(before[0]?.text).toBe(
      '江头街道：请于2021年7月10日前报送《2021年湖里区民政工作要点》半年填报表。截至2021年7月8日尚未收到贵单位报送的材料，请抓紧填报。',
    );
    const after = reminders(result, '2021-07-10', '2021-07-12');
    expect(after[0]).toMatchObject({ unit: '江头街道', state: '逾期未报' });
    expect(after[0]?.text).toContain('已逾期，请尽快报送');
    expect(reminders(result, undefined, '2021-07-12')[0]?.state).toBe('未报送');
  });
});

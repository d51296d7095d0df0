import { describe, expect, it } from 'vitest';
import { periodPercent, periodStatus } from '../../../src/core/workbook/period-values';
import type { Plan } from '../../../src/core/plan/types';
import { createWorkbook } from '../../../src/core/workbook/create-workbook';

const NOW = '2026-03-02T08:00:00.000Z';

function plan(patch: Partial<Plan> = {}): Plan {
  return {
    title: '2021年湖里区民政工作要点',
    year: 2021,
    issuer: '湖里区民政局',
    docNumber: '厦湖民〔2021〕10号',
    date: '2021-03-15',
    preamble: '前言',
    sections: [{ key: '一', title: '兜底保障' }],
    groups: [{ key: '一(一)', section: '一', title: '救助' }],
    tasks: [
      {
        key: '1',
        section: '一',
        group: '一(一)',
        title: '新增助餐点',
        text: '新增社区老年助餐点83个。',
        subtasks: [{ key: '1.1', title: '选址', text: '选址。' }],
        indicators: [
          { text: '新增社区老年助餐点83个', value: 83, unit: '个', comparator: '≥', subject: '社区老年助餐点' },
        ],
        deadline: '2021-06-30',
        leadUnit: '区民政局',
        partnerUnits: ['各街道', '区财政局'],
      },
      { key: '2', section: '一', title: '救助', text: '救助。', subtasks: [], indicators: [] },
    ],
    ...patch,
  };
}

describe('createWorkbook', () => {
  it('makes one untouched row per task', () => {
    const wb = createWorkbook(plan(), { id: 'a', unit: '殿前街道', sourceText: '原文', now: NOW });
    expect(wb).toMatchObject({
      id: 'a',
      name: '2021年湖里区民政工作要点',
      unit: '殿前街道',
      year: 2021,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(wb.plan).toEqual({
      title: '2021年湖里区民政工作要点',
      year: 2021,
      issuer: '湖里区民政局',
      docNumber: '厦湖民〔2021〕10号',
      date: '2021-03-15',
      preamble: '前言',
      sourceText: '原文',
    });
    expect(wb.sample).toBeUndefined();
    expect(wb.tasks[0]).toMatchObject({
      key: '1',
      group: '一(一)',
      leadUnit: '区民政局',
      partnerUnits: '各街道、区财政局',
      owner: '',
      deadline: '2021-06-30',
      periods: {},
      notes: '',
    });
    expect(wb.tasks[1]).toMatchObject({ deadline: '2021-12-31', leadUnit: '', partnerUnits: '' });
    expect('group' in wb.tasks[1]!).toBe(false);
    // Nothing reported yet: every period shows 未启动 with no percent.
    expect(wb.tasks.map((t) => [periodStatus(t, '半年'), periodPercent(t, '全年')])).toEqual([
      ['未启动', null],
      ['未启动', null],
    ]);
  });

  it('takes the year from the date, then from now', () => {
    expect(createWorkbook(plan({ year: null }), { id: 'a', sourceText: '', now: NOW }).year).toBe(2021);
    const undated = createWorkbook(plan({ year: null, date: null, title: null }), {
      id: 'a',
      sourceText: '',
      now: NOW,
    });
    expect(undated.year).toBe(2026);
    expect(undated.name).toBe('2026年工作要点');
    expect(undated.tasks[1]?.deadline).toBe('2026-12-31');
  });

  it('uses the given name and marks the sample', () => {
    const wb = createWorkbook(plan(), { id: 'a', name: ' 示例台账 ', sourceText: '', now: NOW, sample: true });
    expect(wb.name).toBe('示例台账');
    expect(wb.sample).toBe(true);
    expect(wb.unit).toBe('');
  });

  it('does not share objects with the plan', () => {
    const p = plan();
    const wb = createWorkbook(p, { id: 'a', sourceText: '', now: NOW });
    wb.tasks[0]!.indicators[0]!.value = 1;
    expect(p.tasks[0]!.indicators[0]!.value).toBe(83);
  });
});

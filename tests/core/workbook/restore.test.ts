import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreWorkbook } from '../../../src/core/workbook/restore';
import { assembleWorkbook } from '../../../src/core/workbook/stored-records';
import { isCarried, periodPercent, periodStatus } from '../../../src/core/workbook/period-values';
import { PERIODS } from '../../../src/core/workbook/types';
import { task, workbook } from './builders';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/stored/${name}`, import.meta.url), 'utf8'));
}

describe('restoreWorkbook from every stored format', () => {
  it('migrates version 0 (the prototype) and reports what it could not repair', () => {
    const { workbook: wb, problems } = restoreWorkbook(fixture('workbook-v0.json'));
    expect(wb).not.toBeNull();
    expect(wb).toMatchObject({
      id: 'proto-2021',
      name: '2021年湖里区民政工作要点',
      unit: '殿前街道',
      year: 2021,
      createdAt: '2021-02-01T00:00:00.000Z',
      updatedAt: '2021-04-01T00:00:00.000Z',
      sections: [{ key: '一', title: '兜底保障' }],
      groups: [],
      zoom: 1.25,
    });
    expect(wb!.plan).toEqual({
      title: '2021年湖里区民政工作要点',
      year: 2021,
      issuer: null,
      docNumber: null,
      date: null,
      preamble: '',
      sourceText: '一、兜底保障\n1.新增社区老年助餐点83个。\n2.推进救助。',
    });
    // Legacy fields are moved, then deleted.
    for (const legacy of ['title', 'org', 'source', 'created', 'modified', 'rows'])
      expect(wb).not.toHaveProperty(legacy);
    expect(wb!.tasks.map((t) => t.key)).toEqual(['1', '2']);
    expect(wb!.tasks[0]).toEqual({
      key: '1',
      section: '一',
      title: '新增社区老年助餐点',
      text: '新增社区老年助餐点83个。',
      subtasks: [],
      indicators: [
        { text: '新增社区老年助餐点83个', value: 83, unit: '个', comparator: '≥', subject: '社区老年助餐点' },
      ],
      leadUnit: '区民政局',
      partnerUnits: '各街道、区财政局',
      owner: '张三',
      deadline: '2021-06-30',
      notes: '优先老旧小区',
      color: '#ff0000',
      // The prototype's 进行中/40% were last edited in 半年 (modified 2021-04-01, and 半年 is the
      // latest period with a report); 一季度's 25% implies 推进中.
      periods: {
        一季度: {
          status: '推进中',
          progress: '完成选址20处',
          percent: 25,
          problems: '场地难找',
          nextSteps: '协调物业',
          actuals: [20],
        },
        半年: { status: '推进中', progress: '已建成35个', percent: 40, problems: '', nextSteps: '', actuals: [35] },
      },
    });
    expect(wb!.tasks[1]).toMatchObject({ key: '2', periods: {}, deadline: '', partnerUnits: '' });
    expect(problems.map((p) => p.code)).toEqual([
      'bad-status',
      'bad-percent',
      'bad-deadline',
      'damaged-task',
      'damaged-task',
    ]);
    expect(problems[2]?.message).toBe('任务2的完成时限“2021-02-30”无法识别，已清空');
    expect(problems[3]?.message).toBe('第3条任务没有编号，已丢弃');
  });

  it('reads version 1 as it is and keeps fields it does not know', () => {
    const { workbook: wb, problems } = restoreWorkbook(fixture('workbook-v1.json'));
    expect(problems).toEqual([]);
    expect(wb).toMatchObject({ id: 'wb-2021-dianqian', unit: '殿前街道', year: 2021, theme: 'dark' });
    expect(wb!.tasks[0]).toMatchObject({ key: '1', reviewer: '李四', partnerUnits: '各街道' });
    expect(wb!.tasks[0]?.periods.一季度?.actuals).toEqual([20]);
    // Version 1's task-level 推进中/40% move to 半年, the period of the last edit (2021-04-01);
    // 一季度 keeps the 25% its report printed, with the 推进中 that implies.
    const t = wb!.tasks[0]!;
    expect(t).not.toHaveProperty('status');
    expect(t).not.toHaveProperty('percent');
    expect(PERIODS.map((p) => [periodStatus(t, p), periodPercent(t, p)])).toEqual([
      ['推进中', 25],
      ['推进中', 40],
      ['推进中', 40],
      ['推进中', 40],
    ]);
    expect(isCarried(t, '三季度', 'percent')).toBe(true);
  });

  it('reads the per-record storage layout of version 1', () => {
    const records = fixture('records-v1.json') as Record<string, unknown>;
    const tasks = Object.entries(records)
      .filter(([k]) => k.startsWith('task/wb-rec/'))
      .map(([, v]) => v);
    const { workbook: wb, problems } = assembleWorkbook(records['wb/wb-rec'], tasks);
    expect(wb!.tasks.map((t) => [t.key, t.rev, periodStatus(t, '半年'), periodPercent(t, '半年')])).toEqual([
      ['1', 2, '推进中', 0],
      ['2', 5, '已完成', 100],
    ]);
    // Nothing was reported: the values belong to the period of the last edit, 2021-04-01 → 半年.
    expect(wb!.tasks.map((t) => periodStatus(t, '一季度'))).toEqual(['未启动', '未启动']);
    expect(wb!.rev).toBe(3);
    expect(wb).not.toHaveProperty('taskKeys');
    expect(problems.map((p) => p.code)).toEqual(['damaged-task', 'missing-task']);
  });
});

describe('restoreWorkbook refuses what it must not guess', () => {
  it('refuses data from a newer version with a clear message', () => {
    const result = restoreWorkbook({ type: 'plan-ledger-workbook', version: 3, workbook: { id: 'x', tasks: [] } });
    expect(result.workbook).toBeNull();
    expect(result.newer).toBe(true);
    expect(result.problems[0]?.message).toBe(
      '台账数据由更新版本的要点台账保存（数据格式第3版，本程序只支持到第2版），为免损坏，未予读取。请更新要点台账后再打开。',
    );
  });

  it('refuses a newer task record inside stored data', () => {
    const meta = {
      type: 'plan-ledger-workbook-meta',
      version: 1,
      rev: 1,
      workbook: { id: 'a', name: 'a', taskKeys: ['1'] },
    };
    const result = assembleWorkbook(meta, [{ type: 'plan-ledger-task', version: 7, rev: 1, task: task('1') }]);
    expect(result.workbook).toBeNull();
    expect(result.newer).toBe(true);
  });

  it.each([
    ['text', 'hello'],
    ['null', null],
    ['an array', [1, 2]],
    ['another program', { type: 'excalidraw', version: 2, elements: [] }],
  ])('refuses %s as foreign', (_name, data) => {
    const result = restoreWorkbook(data);
    expect(result.workbook).toBeNull();
    expect(result.problems[0]?.code).toBe('foreign-data');
  });

  it.each([
    ['a broken version', { type: 'plan-ledger-workbook', version: '1', workbook: {} }, 'bad-version'],
    ['no body', { type: 'plan-ledger-workbook', version: 1 }, 'damaged-workbook'],
  ])('refuses %s', (_name, data, code) => {
    expect(restoreWorkbook(data).problems[0]?.code).toBe(code);
  });
});

describe('restoreWorkbook repairs', () => {
  it('defaults every missing field', () => {
    const { workbook: wb, problems } = restoreWorkbook(
      { type: 'plan-ledger-workbook', version: 1, workbook: { tasks: [{ key: '1' }, { key: '1', title: '重复' }] } },
      { fallbackId: 'new-id', now: '2026-03-02T00:00:00.000Z' },
    );
    expect(wb).toEqual({
      id: 'new-id',
      name: '未命名台账',
      unit: '',
      year: 2026,
      plan: { title: null, year: null, issuer: null, docNumber: null, date: null, preamble: '', sourceText: '' },
      sections: [],
      groups: [],
      tasks: [task('1', { section: null, title: '', text: '', deadline: '' })],
      createdAt: '2026-03-02T00:00:00.000Z',
      updatedAt: '2026-03-02T00:00:00.000Z',
    });
    expect(problems.map((p) => p.code)).toEqual(['missing-id', 'duplicate-task']);
  });

  it('round-trips a workbook unchanged', () => {
    const wb = workbook([task('1', { archived: true, group: '一(一)', rev: 4 })], { sample: true, rev: 2 });
    expect(restoreWorkbook({ type: 'plan-ledger-workbook', version: 1, workbook: wb })).toEqual({
      workbook: wb,
      problems: [],
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        restoreWorkbook(value);
        restoreWorkbook({ type: 'plan-ledger-workbook', version: 1, workbook: value });
        restoreWorkbook({
          type: 'plan-ledger-workbook',
          version: 1,
          workbook: { tasks: [value, { key: '1', periods: value }] },
        });
        restoreWorkbook({ rows: [value], created: value, quarters: value });
      }),
      { numRuns: 300 },
    );
  });
});

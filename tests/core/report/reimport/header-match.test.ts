import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../../../src/core/report/reimport/header-match';

describe('header matching', () => {
  it.each([
    ['序号', { kind: 'key' }],
    ['编号', { kind: 'key' }],
    ['工作任务', { kind: 'title' }],
    ['进展情况', { kind: 'period', field: 'progress', period: null }],
    ['完成情况', { kind: 'period', field: 'progress', period: null }],
    ['工作进展', { kind: 'period', field: 'progress', period: null }],
    [' 进展\n情况 ', { kind: 'period', field: 'progress', period: null }],
    ['完成进度（%）', { kind: 'period', field: 'percent', period: null }],
    ['下一步打算', { kind: 'period', field: 'nextSteps', period: null }],
    ['半年\n进展情况', { kind: 'period', field: 'progress', period: '半年' }],
    ['上半年进展情况', { kind: 'period', field: 'progress', period: '半年' }],
    ['全年\n实际完成', { kind: 'actual', period: '全年' }],
    ['牵头部门', { kind: 'task', field: 'leadUnit' }],
    ['负责人', { kind: 'task', field: 'owner' }],
    // 状态 and 完成进度 are reported per period since data version 2.
    ['状态', { kind: 'period', field: 'status', period: null }],
    ['半年状态', { kind: 'period', field: 'status', period: '半年' }],
    ['当前进度', { kind: 'computed' }],
    ['序时', { kind: 'computed' }],
  ])('%j', (header, role) => {
    expect(matchHeader(header)).toEqual(role);
  });

  it.each(['', '联系电话', '__proto__', 'constructor', '半年负责人'])('%j is not a known column', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  displayValue,
  FIELD_LABELS,
  isCarriedField,
  fieldLabel,
  isFieldId,
  parseFieldValue,
  readField,
  writeField,
  type FieldId,
} from '../../../src/core/workbook/fields';
import { indicator, task } from './builders';

describe('parseFieldValue', () => {
  const ok: [FieldId, string, string | number | null][] = [
    ['percent@半年', '85', 85],
    ['percent@半年', '85%', 85],
    ['percent@半年', '８５', 85],
    ['percent@半年', '８５％', 85],
    ['percent@半年', ' 12.5 ', 12.5],
    ['percent@半年', '0', 0],
    ['percent@半年', '100', 100],
    ['percent@半年', '', null],
    ['percent@全年', '60%', 60],
    ['status@半年', '推进中', '推进中'],
    ['status@半年', ' 已完成 ', '已完成'],
    ['status@半年', '进行中', '推进中'],
    // Clearing a period's 状态 lets the previous period's show again.
    ['status@半年', '', null],
    ['deadline', '2026-06-30', '2026-06-30'],
    ['deadline', '2026/6/30', '2026-06-30'],
    ['deadline', '2026.6.3', '2026-06-03'],
    ['deadline', '2026年6月30日', '2026-06-30'],
    ['deadline', '２０２６年６月３０日', '2026-06-30'],
    ['deadline', '2024-02-29', '2024-02-29'],
    ['deadline', '2026-06-30 00:00:00', '2026-06-30'],
    ['deadline', '2026-06-30T00:00:00.000Z', '2026-06-30'],
    ['deadline', '2026年6月底', '2026-06-30'],
    ['deadline', '2026年2月', '2026-02-28'],
    ['deadline', '2026年底', '2026-12-31'],
    ['deadline', '', ''],
    ['actual@全年#0', '83', 83],
    ['actual@全年#0', '83个', 83],
    ['actual@全年#0', '1.2万', 12000],
    ['actual@全年#0', '1.2万户', 12000],
    ['actual@全年#0', '3亿元', 300000000],
    ['actual@全年#0', '1,234', 1234],
    ['actual@全年#0', '９５％', 95],
    ['actual@一季度#2', '0.5', 0.5],
    ['actual@全年#0', '', null],
    ['leadUnit', ' 区民政局 ', '区民政局'],
    ['notes', '', ''],
    ['progress@一季度', '已完成摸底。\n正在推进。', '已完成摸底。\n正在推进。'],
  ];
  it.each(ok)('%s ← %j is %j', (field, raw, value) => {
    expect(parseFieldValue(field, raw)).toEqual({ ok: true, value });
  });

  const bad: [FieldId, string, RegExp][] = [
    ['percent@半年', '101', /0–100/],
    ['percent@半年', '-1', /0–100/],
    ['percent@半年', '八十五', /0–100/],
    ['percent@半年', '85%%', /0–100/],
    ['status@一季度', '差不多', /未启动、推进中、已完成、暂缓、不涉及/],
    ['deadline', '2026-02-30', /2026年2月没有30日/],
    ['deadline', '2025-02-29', /2025年2月没有29日/],
    ['deadline', '2026-13-01', /没有13月/],
    ['deadline', '下个月', /不是有效日期/],
    ['deadline', '6月30日', /缺少年份/],
    ['deadline', '2026-06-301', /不是有效日期/],
    ['actual@全年#0', '很多', /不是数字/],
    ['actual@全年#0', '12个半以上的', /不是数字/],
  ];
  it.each(bad)('%s ← %j is refused', (field, raw, message) => {
    const result = parseFieldValue(field, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('takes the year for a date without one from the workbook', () => {
    expect(parseFieldValue('deadline', '6月30日', { year: 2021 })).toEqual({ ok: true, value: '2021-06-30' });
    expect(parseFieldValue('deadline', '9月底', { year: 2021 })).toEqual({ ok: true, value: '2021-09-30' });
    expect(parseFieldValue('deadline', '年底', { year: 2021 })).toEqual({ ok: true, value: '2021-12-31' });
    expect(parseFieldValue('deadline', '2月29日', { year: 2021 }).ok).toBe(false);
  });

  it('refuses an unknown field', () => {
    expect(parseFieldValue('colour' as FieldId, 'red').ok).toBe(false);
  });
});

describe('field ids', () => {
  it.each(['owner', 'progress@半年', 'percent@全年', 'status@一季度', 'actual@三季度#3'])('%s is a field', (id) => {
    expect(isFieldId(id)).toBe(true);
  });
  it.each([
    'title',
    'progress',
    'progress@二季度',
    'actual@全年',
    'actual@全年#x',
    'owner@半年',
    'progress@半年@x',
    // 状态 and 完成进度 are reported per period since data version 2.
    'status',
    'percent',
    'periodPercent@半年',
  ])('%s is not a field', (id) => {
    expect(isFieldId(id)).toBe(false);
  });
  it('labels columns in Chinese', () => {
    expect(FIELD_LABELS.deadline).toBe('完成时限');
    expect(FIELD_LABELS.nextSteps).toBe('下步打算');
    expect(fieldLabel('problems@半年')).toBe('半年·存在问题');
    expect(fieldLabel('actual@全年#1')).toBe('全年·实际值(指标2)');
  });
});

describe('displayValue: a period shows its own 状态/% or the previous period’s', () => {
  const t = task('1', {
    periods: {
      一季度: { status: '推进中', percent: 30, progress: '', problems: '', nextSteps: '', actuals: [] },
      三季度: { status: null, percent: 70, progress: '', problems: '', nextSteps: '', actuals: [] },
    },
  });
  it.each<[FieldId, string | number | null, boolean]>([
    ['status@一季度', '推进中', false],
    ['percent@一季度', 30, false],
    ['status@半年', '推进中', true],
    ['percent@半年', 30, true],
    ['status@三季度', '推进中', true],
    ['percent@三季度', 70, false],
    ['percent@全年', 70, true],
  ])('%s shows %j (carried over: %s)', (field, value, carried) => {
    expect(displayValue(t, field)).toBe(value);
    expect(isCarriedField(t, field)).toBe(carried);
  });
  it('shows 未启动 and no percent before anything was reported', () => {
    expect(displayValue(task('2'), 'status@全年')).toBe('未启动');
    expect(displayValue(task('2'), 'percent@全年')).toBeNull();
    expect(isCarriedField(task('2'), 'status@全年')).toBe(false);
  });
});

describe('readField / writeField', () => {
  const t = task('1', { indicators: [indicator(83), indicator(5)] });

  it('reads empty period cells as empty', () => {
    expect(readField(t, 'progress@半年')).toBe('');
    expect(readField(t, 'percent@半年')).toBeNull();
    expect(readField(t, 'status@半年')).toBeNull();
    expect(readField(t, 'actual@半年#1')).toBeNull();
  });

  it('writes a period cell without touching the others', () => {
    const written = writeField(t, 'actual@半年#1', 4);
    expect(written.periods.半年).toEqual({
      status: null,
      progress: '',
      percent: null,
      problems: '',
      nextSteps: '',
      actuals: [null, 4],
    });
    expect(readField(written, 'actual@半年#1')).toBe(4);
    expect(t.periods).toEqual({});
    const again = writeField(written, 'nextSteps@半年', '下半年完成');
    expect(again.periods.半年?.actuals).toEqual([null, 4]);
    expect(readField(again, 'nextSteps@半年')).toBe('下半年完成');
  });

  it('coerces instead of throwing', () => {
    expect(writeField(t, 'status@半年', '乱写').periods.半年?.status).toBeNull();
    expect(writeField(t, 'percent@半年', '85').periods.半年?.percent).toBe(85);
    expect(writeField(t, 'percent@半年', 'abc').periods.半年?.percent).toBeNull();
    expect(writeField(t, 'owner', null).owner).toBe('');
  });

  it('round-trips every parsed value', () => {
    const cases: [FieldId, string][] = [
      ['status@一季度', ''],
      ['status@三季度', '暂缓'],
      ['deadline', '2021年6月30日'],
      ['percent@半年', '85%'],
      ['progress@全年', '完成'],
      ['actual@全年#0', '1.2万'],
    ];
    for (const [field, raw] of cases) {
      const parsed = parseFieldValue(field, raw);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(readField(writeField(t, field, parsed.value), field)).toBe(parsed.value);
    }
  });
});

/**
 * 导出工作总结 written and read back: title, the figures counted by hand from the entries below,
 * every section title and every entered note in word/document.xml, 未填报 for tasks without an
 * entry, and the GB/T 9704 page (A4, 37/35/28/26 mm margins, page numbers, fonts with fallbacks).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyOperation, type CellChange } from '../../../src/core/workbook/operations';
import { exportWorkSummary } from '../../../src/io/word/documents';
import { indicator, task, workbook } from '../../core/workbook/builders';

const blank = workbook([
  task('1', { deadline: '2021-06-30' }),
  task('2', { indicators: [indicator(10)] }),
  task('3', { section: '二' }),
  task('4', { section: '二' }),
  task('5', { section: '二', archived: true }),
]);
const set = (key: string, field: string, value: string | number): CellChange => ({ key, field, value }) as CellChange;
const entries: CellChange[] = [
  set('1', 'status@半年', '已完成'),
  set('1', 'progress@半年', '低保扩围已完成。\n发放资金120万元。'),
  // Due at year end, judged at 6-30 (half the year): 50 % is on schedule, 10 % behind.
  set('2', 'status@半年', '推进中'),
  set('2', 'percent@半年', 50),
  set('2', 'actual@半年#0', 10),
  set('2', 'progress@半年', '新建助餐点10个。'),
  set('2', 'problems@半年', '选址难。'),
  set('2', 'nextSteps@半年', '协调物业用房。'),
  set('3', 'status@半年', '推进中'),
  set('3', 'percent@半年', 10),
  set('3', 'nextSteps@半年', '加快进度。'),
];
const wb = applyOperation(
  { ...blank, unit: '殿前街道' },
  { type: 'setCells', label: '填写', changes: entries },
  '2021-07-01T00:00:00.000Z',
).workbook;

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('导出工作总结', async () => {
  const file = await exportWorkSummary(wb, '半年', '2021-07-06');
  const parts = unzipSync(file.bytes);
  const xml = strFromU8(parts['word/document.xml']!);
  const text = paragraphs(xml);

  it('is named and titled by unit, year and half', () => {
    expect(file.fileName).toBe('殿前街道2021年上半年工作总结.docx');
    expect(text[0]).toBe('殿前街道2021年上半年工作总结');
  });

  // Task 4 was never started: at mid-year, against a year-end deadline, it is behind like task 3.
  it('opens with the figures: 4 tasks, 1 done, 1 on schedule, 2 behind; the indicator met', () => {
    expect(text[1]).toContain('共 4 项任务，已完成 1 项，序时推进 1 项，滞后 2 项。');
    expect(text[1]).toContain('量化指标 1 项，已填报 1 项，达到目标 1 项');
  });

  it('holds every section title and every note, and 未填报 where nothing was written', () => {
    expect(text).toContain('（一）兜底保障');
    expect(text).toContain('（二）养老服务');
    expect(text).toContain('1.任务1。低保扩围已完成。');
    expect(text).toContain('发放资金120万元。');
    expect(text).toContain('2.任务2。新建助餐点10个。');
    expect(text).toContain('3.任务3。未填报。');
    expect(text).toContain('4.任务4。未填报。');
    expect(text.join('\n')).not.toContain('任务5');
    const problems = text.indexOf('二、存在的问题');
    const plans = text.indexOf('三、下一步工作打算');
    expect(text.slice(problems + 1, plans)).toEqual(['2.任务2：选址难。']);
    expect(text.slice(plans + 1, plans + 3)).toEqual(['2.任务2：协调物业用房。', '3.任务3：加快进度。']);
  });

  it('lays out A4 with the GB/T 9704 margins, page numbers and fonts with fallbacks', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 37, 35, 28, 26 mm in twips (56.7 per mm).
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1985"[^>]*w:left="1588"/);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(xml).toMatch(/<w:sz w:val="44"\/>/);
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(xml).toMatch(/<w:sz w:val="32"\/>/);
    const footers = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p));
    expect(footers.length).toBe(2);
    for (const f of footers) expect(strFromU8(parts[f]!)).toMatch(/PAGE/);
    const fonts = strFromU8(parts['word/fontTable.xml']!);
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"\/>/);
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  });
});

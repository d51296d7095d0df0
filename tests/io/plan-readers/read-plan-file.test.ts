import { describe, expect, it } from 'vitest';
import { readPlanFile, sniffFormat } from '../../../src/io/plan-readers/read-plan-file';
import { decodeText } from '../../../src/io/decode-text';
import { htmlToText } from '../../../src/io/plan-readers/read-html';
import { parsePlan } from '../../../src/core/plan/parse-plan';

const TEXT = '一、工作要点';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['UTF-16 LE with BOM', utf16(TEXT, true, true)],
    ['UTF-16 BE with BOM', utf16(TEXT, false, true)],
    ['UTF-16 LE without BOM, ASCII-heavy', utf16(`abc 工作要点 def ghi`, true, false)],
  ])('%s', (_name, bytes) => {
    const { text, problems } = decodeText(bytes);
    expect(text).toContain('工作要点');
    expect(problems).toEqual([]);
  });

  it('reads GB18030 (GBK) and says so', () => {
    // 一、工作要点 in GB18030, hand-encoded.
    const bytes = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xb9, 0xa4, 0xd7, 0xf7, 0xd2, 0xaa, 0xb5, 0xe3]);
    const { text, problems } = decodeText(bytes);
    expect(text).toBe(TEXT);
    expect(problems.map((p) => p.code)).toEqual(['encoding-gb18030']);
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and navigation and keeps block structure', () => {
    const html = `<!DOCTYPE html><html><head><title>页</title><style>p{color:red}</style></head><body>
      <nav><a href="/">首页</a> &gt; 通知</nav><script>var a = "一、假标题";</script>
      <div class="content"><p>2024年某局工作要点</p><p>一、加强党建</p><p>1.深化学习。&nbsp;全年&ldquo;学习&rdquo;&#12290;</p>
      <table><tr><td>序号</td><td>任务</td></tr></table></div><!-- 一、注释 --></body></html>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '2024年某局工作要点',
      '一、加强党建',
      '1.深化学习。\u00a0全年“学习”。',
      '序号    任务',
    ]);
  });
});

describe('htmlToText: task tables', () => {
  // Cells and rows without their closing tags, as many pages write them.
  const html =
    '<p>2024年某局工作要点</p><p>一、加强党建</p><table><tr><th>序号<th>工作任务<th>牵头单位<th>配合单位<th>完成时限' +
    '<tr><td>1<td>深化学习。全年开展。<td>区委组织部<td>区委宣传部、区委党校<td>6月底前' +
    '<tr><td>2<td>从严治党<br>持续推进<td>区纪委<td><td>年底前</table><p>二、优化服务</p>';

  it('are written as the .docx reader writes them', () => {
    expect(htmlToText(html).split('\n')).toEqual([
      '2024年某局工作要点',
      '一、加强党建',
      '1. 深化学习。全年开展。',
      '牵头单位：区委组织部',
      '配合单位：区委宣传部、区委党校',
      '完成时限：6月底前',
      '2. 从严治党',
      '持续推进',
      '牵头单位：区纪委',
      '完成时限：年底前',
      '二、优化服务',
    ]);
  });

  it('feed the parser with units and the labelled deadline', () => {
    const { plan } = parsePlan(htmlToText(html));
    expect(plan.tasks.map((t) => [t.key, t.title, t.leadUnit, t.partnerUnits, t.deadline])).toEqual([
      ['1', '深化学习', '区委组织部', ['区委宣传部', '区委党校'], '2024-06-30'],
      ['2', '从严治党', '区纪委', undefined, '2024-12-31'],
    ]);
  });
});

describe('readPlanFile', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('reads .txt', async () => {
    expect(await readPlanFile({ name: '要点.txt', bytes: utf8(TEXT) })).toEqual({ text: TEXT, problems: [] });
  });

  it('reads .html through the lazy reader', async () => {
    const result = await readPlanFile({ name: '要点.htm', bytes: utf8('<p>一、加强党建</p><script>x</script>') });
    expect(result.text).toContain('一、加强党建');
    expect(result.text).not.toContain('x');
  });

  it.each([
    ['a.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d], 'unsupported-pdf', 'PDF'],
    ['a.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1], 'unsupported-doc', '另存为 .docx'],
    ['a.wps', [0x00, 0x01], 'unsupported-doc', '另存为 .docx'],
    ['scan.png', [0x89, 0x50, 0x4e, 0x47], 'unsupported-image', '图片'],
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0], 'unsupported-image', '图片'],
    ['data.xlsx', [0x50, 0x4b, 0x03, 0x04], 'unsupported-zip', '.docx'],
    ['a.exe', [0x4d, 0x5a], 'unsupported-unknown', '无法识别'],
  ])('refuses %s with a Chinese message', async (name, bytes, code, words) => {
    const result = await readPlanFile({ name, bytes: new Uint8Array(bytes) });
    expect(result.text).toBe('');
    expect(result.problems.map((p) => p.code)).toEqual([code]);
    expect(result.problems[0]?.message).toContain(words);
  });

  it('refuses files over 20 MB', async () => {
    const result = await readPlanFile({ name: 'big.txt', bytes: new Uint8Array(20 * 1024 * 1024 + 1) });
    expect(result.problems.map((p) => p.code)).toEqual(['file-too-large']);
  });

  it('sniffs magic bytes before the extension', () => {
    expect(sniffFormat('renamed.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBe('pdf');
    expect(sniffFormat('要点.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('docx');
  });
});

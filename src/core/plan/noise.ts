/**
 * Page chrome copied along with a plan from a government web site. These lines are never part of
 * the plan; metadata fields (来源, 发布日期…) are read by metadata.ts before they are dropped.
 */

/** Leading list bullets web pages put before metadata rows: `- 发布机构:…`. */
export function stripBullet(line: string): string {
  return line.replace(/^[-*·•]\s+/, '');
}

const NOISE_PREFIX = new RegExp(
  '^(?:' +
    [
      '浏览次数',
      '瀏覽次數',
      '访问次数',
      '訪問次數',
      '阅读次数',
      '閱讀次數',
      '点击数',
      '點擊數',
      '扫一扫',
      '掃一掃',
      '上一篇',
      '下一篇',
      '上一条',
      '下一条',
      '上一條',
      '下一條',
      '分享到',
      '打印本页',
      '打印本頁',
      '关闭窗口',
      '關閉窗口',
      '下载本信息公开文件',
      '下載本信息公開文件',
      '导语[:：]',
      '導語[:：]',
      '上传人',
      '上傳人',
      '字号[:：]',
      '字號[:：]',
      '抄\\s*送[:：]',
      '【打印】',
      '【关闭】',
      '[（(]此件公开发布[)）]',
      '[（(]此件主动公开[)）]',
      '[（(]此件公開發佈[)）]',
      '(?:时间|時間)[:：]\\s*\\d{4}-\\d',
    ].join('|') +
    ')',
);

// Short lines that are nothing but page controls: `【打印本页】 【关闭窗口】`.
const CONTROLS_ONLY = /^[【[]?(打印本页|打印本頁|关闭窗口|關閉窗口|返回顶部|返回頂部|收藏|打印|关闭|關閉)[】\]]?\s*/;

export function isNoiseLine(line: string): boolean {
  const text = stripBullet(line);
  if (NOISE_PREFIX.test(text)) return true;
  if (text.length <= 40 && CONTROLS_ONLY.test(text) && !/[。，,]/.test(text)) return true;
  return false;
}

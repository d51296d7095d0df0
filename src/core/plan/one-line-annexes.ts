/**
 * A page copied as one line keeps its annexes on that line, after the attachment list: each is cut
 * off at its `附件N` and name, so the plan's own reading ends before them and they are read apart.
 */
// `…附件：1. 名单 2. 会诊表附件1全区重点工贸企业名单一、机械制造…`: after the attachment list, each
// attachment starts at its `附件N` and name (not a `（详见附件1）` inside a sentence).
const ANNEX_LIST = /附\s*件\s*[:：]\s*1\s*[.．、]/u;
const SINGLE_ANNEX = /(附\s*件\s*[:：]\s*([^：:。，,\d]{4,60}?))(?=附\s*件\s*1?\s*\2)/u;
const ANNEX_AT = /(?<![见見和、（(])附\s*件\s*\d{1,2}(?=\s?\p{Script=Han})/gu;

/** A one-line page's annexes, each on a line of its own, so that they are read apart from the plan. */
export function annexPieces(line: string): string[] {
  // `附件：某某任务清单附件某某任务清单序号…`: one attachment, named in the list and again over itself.
  const single = SINGLE_ANNEX.exec(line);
  if (single)
    return [
      line.slice(0, single.index + (single[1] ?? '').length).trim(),
      line.slice(single.index + (single[1] ?? '').length).trim(),
    ];
  const list = ANNEX_LIST.exec(line);
  if (!list) return [line];
  const from = list.index + list[0].length;
  const starts = [...line.matchAll(ANNEX_AT)].map((m) => m.index ?? 0).filter((at) => at > from);
  if (starts.length === 0) return [line];
  return [0, ...starts].map((at, k) => line.slice(at, starts[k] ?? line.length).trim()).filter((p) => p.length > 0);
}

/**
 * What a unit changed in the columns it was not meant to touch: rows deleted or added, tasks
 * retitled. The file is still consolidated by 序号 (what the hidden sheet lists); these changes are
 * listed so the district sees them, never silently merged or dropped.
 */
import type { ParsedReport } from '../reimport/read-report-grid';

export function formChanges(parsed: ParsedReport): string[] {
  const meta = parsed.meta;
  if (!meta || meta.rows.length === 0) return [];
  const main = parsed.rows.find((r) => r.indicator === null)?.sheet;
  const rows = parsed.rows.filter((r) => r.indicator === null && r.sheet === main);
  const given = new Set(meta.rows.map((r) => r.key));
  const titles = new Map(meta.tasks.map((t) => [t.key, t.title]));
  const found = new Set(rows.map((r) => r.key));
  const changes: string[] = [];
  for (const { key } of meta.rows) {
    if (!found.has(key))
      changes.push(`删除了第 ${key} 项任务（${titles.get(key) ?? '标题未知'}）的行，该任务按未填报汇总`);
  }
  for (const row of rows) {
    if (!row.key) {
      changes.push(`“${row.sheet}”表第 ${row.row + 1} 行没有序号，未汇总`);
      continue;
    }
    if (!given.has(row.key)) {
      changes.push(`增加了序号为“${row.key}”的行（不在下发的任务中），未汇总`);
      continue;
    }
    const title = titles.get(row.key);
    if (title && row.title && !row.title.startsWith(title))
      changes.push(`第 ${row.key} 项任务的“工作任务”被改为“${row.title}”（原为“${title}”），已按序号汇总`);
  }
  return changes;
}

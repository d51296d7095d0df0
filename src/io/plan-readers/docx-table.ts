/**
 * Task tables (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) become text the parser already
 * reads: `1. <任务>` followed by `牵头单位：…`, `配合单位：…`, `完成时限：…` lines. A row with a
 * single filled cell (a section band such as `一、…`) is kept as one line. Other tables are
 * written row by row, cells separated by two spaces.
 */

type Role = 'number' | 'task' | 'lead' | 'partner' | 'deadline' | 'other';

function roleOf(header: string): Role {
  const h = header.replace(/\s+/g, '');
  if (/^(?:序号|编号|序號|編號|序|No\.?)$/i.test(h)) return 'number';
  if (/牵头|牽頭|责任单位|責任單位|责任部门|責任部門|主责|主責/.test(h)) return 'lead';
  if (/配合|协办|協辦|参与|參與|协同|協同/.test(h)) return 'partner';
  if (/时限|時限|完成时间|完成時間|期限|时间节点|時間節點/.test(h)) return 'deadline';
  if (/任务|任務|内容|內容|事项|事項|措施|要点|要點|目标|目標/.test(h)) return 'task';
  return 'other';
}

const LABEL: Record<Exclude<Role, 'number' | 'task' | 'other'>, string> = {
  lead: '牵头单位',
  partner: '配合单位',
  deadline: '完成时限',
};

function taskRow(
  cells: readonly string[],
  roles: readonly Role[],
  headers: readonly string[],
  counter: number,
): string[] {
  const filled = cells.filter((c) => c.trim().length > 0);
  if (filled.length === 1) return [filled[0]?.trim() ?? ''];
  const lines: string[] = [];
  const number = cells[roles.indexOf('number')]?.trim() ?? '';
  const task = cells[roles.indexOf('task')]?.trim() ?? '';
  lines.push(`${/^\d+$/.test(number) ? number : String(counter)}. ${task}`);
  roles.forEach((role, i) => {
    const value = cells[i]?.trim() ?? '';
    if (!value || role === 'number' || role === 'task') return;
    lines.push(`${role === 'other' ? (headers[i] ?? '').trim() : LABEL[role]}：${value}`);
  });
  return lines;
}

/** A header with a task column and a 序号 or 牵头 column, over at least one row. */
export function isTaskTable(rows: readonly (readonly string[])[]): boolean {
  const roles = (rows[0] ?? []).map(roleOf);
  return rows.length > 1 && roles.includes('task') && (roles.includes('number') || roles.includes('lead'));
}

export function tableToLines(rows: readonly (readonly string[])[]): string[] {
  const headers = rows[0] ?? [];
  const roles = headers.map(roleOf);
  if (!roles.includes('task') || !(roles.includes('number') || roles.includes('lead'))) {
    return rows.map((r) => r.map((c) => c.trim()).join('  ')).filter((l) => l.trim().length > 0);
  }
  const lines: string[] = [];
  let counter = 0;
  for (const row of rows.slice(1)) {
    if (row.filter((c) => c.trim().length > 0).length > 1) counter++;
    lines.push(...taskRow(row, roles, headers, counter));
  }
  return lines;
}

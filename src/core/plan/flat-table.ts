/**
 * Task tables that arrive one cell per line (copied from a web page or Word): a run of header
 * cells (序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限 …), then rows that each start at their 序号,
 * with band rows (`行动一：…`, `一、…`) between them. Merged and empty cells vanish from such a copy,
 * so cells are matched to the header's columns in order by what they hold: a list of organisations
 * fills a unit column, a date phrase the deadline column, other text a task column. A unit cell
 * that ends in `、` goes on on the next line; a short label left at the end of a row belongs to a
 * merged column before 序号 (任务类型) and is dropped.
 */
import { readMarker, type Marker } from './markers';
import { chineseToNumber } from './numerals';
import { splitTopLevel } from './units';
import { cellView, expandCells } from './table-cells';

type Role = 'number' | 'task' | 'lead' | 'partner' | 'deadline' | 'place' | 'builder' | 'before' | 'other';

export interface TableRow {
  n: number;
  /** 0-based line of the 序号 cell. */
  numberLine: number;
  /** Lines of the task cells; `title` is the one whose first sentence is the title. */
  task: number[];
  title?: number;
  lead?: string;
  partner?: string;
  deadline?: string;
  band: TableBand | null;
}

export interface TableBand {
  line: number;
  marker: Marker;
}

export interface FlatTable {
  /** 0-based lines [start, end) the table takes, header included. */
  start: number;
  end: number;
  rows: TableRow[];
  bands: TableBand[];
}

const ROLES: [Role, RegExp][] = [
  ['number', /^(?:(?:项目|項目)?(?:序号|序號)|编号|編號|序|No\.?)$/i],
  [
    'lead',
    /^(?:牵头|牽頭|责任|責任|推进|推進|主责|主責|实施|實施)(?:单位|單位|部门|部門|主体|主體)?$|^(?:牵头|责任)(?:单位|部门)\S{0,4}$/,
  ],
  ['partner', /^(?:配合|协办|協辦|参与|參與|支撑|支撐|协同|協同)(?:单位|單位|部门|部門)$/],
  [
    'deadline',
    /^(?:完成)?(?:时限|時限|时间|時間|期限)$|^时间节点$|^時間節點$|^(?:进度|時間|时间)安排$|^计划完成时间$|^(?:时间|時間)(?:进度|進度)$/,
  ],
  [
    'task',
    /^(?:工作|主要|重点|具体|目标|实施|改革|整治|建设)*(?:任务|任務)(?:名称|名稱|内容|內容)?$|^(?:工作|主要|重点|具体|实施)?(?:内容|措施|事项|要点)$|^(?:项目|項目)(?:名称|名稱|内容|內容)$|^重点工作$/,
  ],
  ['before', /^(?:任务|工作)?(?:类型|類型|类别|類別|分类|分類)$|^领域$|^板块$/],
  // Who builds or runs it (a company, a 新城公司): organisations, but not the units responsible.
  ['builder', /^(?:建设|建設|业主|業主|运营|運營)(?:单位|單位|主体|主體)$/],
  // Where the work is done: a 街道 there is not the unit responsible.
  ['place', /^(?:建设|建設|实施|實施|项目|項目)?(?:地点|地點|位置|区域|區域)$/],
  [
    'other',
    /^(?:备注|備註|责任领导|分管领导|目标值|指标|计量单位|完成标准|工作目标|进展情况|進展情況|完成情况|(?:当前|當前)?(?:进度|進度)|负责科室|负责处室|负责人|联系人|参考文件|政策依据|文件依据|依据|工作要求|具体要求)$/,
  ],
];

// `重点工作任务(民生实事项目)`, `进展情况(一季度)`: a header with a note in parentheses.
function roleOf(cell: string): Role | null {
  const text = cell.replace(/\s+/g, '').replace(/[（(][^（()）]{1,12}[)）]$/, '');
  if (text.length === 0 || text.length > 12) return null;
  for (const [role, re] of ROLES) if (re.test(text)) return role;
  return null;
}

/** A cell such as 序号, 工作任务 or 牵头单位 that heads a table column. */
export function isHeaderCell(line: string): boolean {
  return roleOf(line) !== null;
}

const ORG_END =
  /(?:局|委|办|厅|部|处|室|中心|街道|镇|乡|街镇|集团|公司|政府|专班|支队|大队|队|所|站|院|会|开发区|经开区|片区|功能区|校|居民区|企业|管委会|单位|部门|社|团|机构|机关|联|协)$/;

/** `区规划资源局、各相关街镇`: every item names an organisation. */
export function isUnitList(cell: string): boolean {
  // Thirty units of 24 characters at most: a longer text is a paragraph, and not split to see it.
  if (cell.length > 1000) return false;
  const items = splitTopLevel(cell, /[、，,；;\s]/);
  // `…、科技经济委等`: the 等 says there are others.
  const name = (i: string) => i.replace(/[（(][^）)]*[）)]$/, '').replace(/(?<=\p{Script=Han}{2})等$/u, '');
  return items.length > 0 && items.every((i) => i.length <= 24 && ORG_END.test(name(i)));
}

function isDeadlineCell(cell: string): boolean {
  return cell.length <= 24 && /(?:\d{4}\s*年|\d{1,2}\s*月|年底|年内|季度|长期|持续|每年|全年|上半年|下半年)/.test(cell);
}

// `|` or `||||||`: what is left of a row's border when every cell ends in ` |`.
function isRowRule(line: string): boolean {
  return /^\|+$/.test(line);
}

interface Header {
  roles: Role[];
  end: number;
}

/**
 * A run of header cells from `i`: it starts with a known one, may hold a few unknown short ones
 * (`最新进度(8月24日)`), and needs a 序号, a task column and a unit or deadline column.
 */
function headerAt(lines: readonly string[], i: number, end: number): Header | null {
  if (roleOf(lines[i] ?? '') === null) return null;
  const roles: Role[] = [];
  let unknown = 0;
  let j = i;
  for (; j < end; j++) {
    const line = lines[j] ?? '';
    if (line.length === 0 || isRowRule(line)) continue;
    const role = roleOf(line);
    const short =
      line.replace(/\s+/g, '').length <= 12 &&
      !/[。，；]/.test(line) &&
      !/^\d+$|^[一二三四五六七八九十]{1,3}$/.test(line) &&
      !readMarker(line);
    if (role === null && (!short || ++unknown > 4)) break;
    roles.push(role ?? 'other');
  }
  const has = (r: Role): boolean => roles.includes(r);
  const ok = roles.length >= 3 && has('number') && has('task') && (has('lead') || has('partner') || has('deadline'));
  return ok ? { roles, end: j } : null;
}

function isBand(line: string): Marker | null {
  const marker = readMarker(line);
  const level = marker?.level ?? '';
  const bandLevel = level === 'cn' || level === 'cn-paren' || level.startsWith('word:');
  return marker && bandLevel && line.length <= 80 && !line.includes('。') ? marker : null;
}

/**
 * `一` / `推进碳达峰碳中和综合管理`: a band row whose number and title were two cells, each on its
 * own line. Its number is a bare Chinese numeral; its title a short line that is no row's number.
 */
function bareBand(lines: readonly string[], i: number, end: number): { marker: Marker; titleLine: number } | null {
  const label = lines[i] ?? '';
  const n = /^[一二三四五六七八九十]{1,3}$/.test(label) ? chineseToNumber(label) : null;
  if (n === null) return null;
  let j = i + 1;
  while (j < end && (lines[j] ?? '').length === 0) j++;
  const title = lines[j] ?? '';
  if (title.length === 0 || title.length > 40 || /[。；;]/.test(title) || /^\d/.test(title) || readMarker(title))
    return null;
  return { marker: { level: 'cn', n, label, marker: label, rest: title, restStart: 0, starred: false }, titleLine: j };
}

function accepts(role: Role | undefined, cell: string): boolean {
  if (role === 'lead' || role === 'partner') return isUnitList(cell);
  if (role === 'deadline') return isDeadlineCell(cell);
  if (role === 'place') return cell.length <= 30 && !/[。；;]/.test(cell);
  if (role === 'builder') return isUnitList(cell);
  if (role === 'task') return !isUnitList(cell);
  return role === 'other';
}

function put(row: TableRow, role: 'lead' | 'partner' | 'deadline', cell: string): void {
  row[role] = row[role] === undefined ? cell : `${row[role] ?? ''}${cell}`;
}

// `—`: the cell says the row has no such unit.
const NO_UNIT = /^(?:—+|-+|－|\/|无)$/;

const isLabel = (cell: string): boolean => cell.length <= 12 && !/[。，,；;、：:]/.test(cell) && !isUnitList(cell);

/**
 * How many of a row's first cells are its 任务类型 label when that column comes right after 序号:
 * the short lines (`海绵城市` / `建设管理`: one cell wrapped over two lines) before its first
 * longer text. None when no longer text follows (then a short cell is the task itself), or when
 * the row has fewer cells than the table has columns (the label, merged, is not repeated).
 */
function labelCells(cells: readonly number[], lines: readonly string[], after: readonly Role[]): number {
  if (after[0] !== 'before') return 0;
  const label = (k: number) => isLabel(lines[cells[k] ?? -1] ?? '');
  // As many cells as columns: the label is one cell. Fewer: a merged label shows on the first row
  // of its block only, and another cell may be missing too; a short cell before the short title
  // (or before a long task, when no free-text column follows the task) is the label.
  if (cells.length === after.length) return label(0) ? 1 : 0;
  if (cells.length < after.length) return label(0) && (label(1) || after[2] !== 'other') ? 1 : 0;
  const first = cells.findIndex((i) => !isLabel(lines[i] ?? ''));
  return first > 0 ? first : 0;
}

/** Matches the cells after the 序号 to the header's columns, in order, by what they hold. */
function fillRow(row: TableRow, cells: readonly number[], lines: readonly string[], header: Header): void {
  const number = header.roles.indexOf('number');
  const after = header.roles.slice(number + 1);
  const hasBefore = header.roles.slice(0, number).includes('before');
  let pos = 0;
  let last: Role | null = null;
  let firstFree = -1;
  const labels = labelCells(cells, lines, after);
  for (const [k, i] of cells.entries()) {
    const cell = lines[i] ?? '';
    if (k < labels) continue;
    const previous = k > 0 ? (lines[cells[k - 1] ?? 0] ?? '') : '';
    // `综合规划处` / `设施养护处`: a unit cell of two paragraphs, when no unit column is left for the second.
    const unitsLeft = after.slice(pos).some((r) => r === 'lead' || r === 'partner' || r === 'builder');
    if ((last === 'lead' || last === 'partner') && (/[、，,]$/.test(previous) || !unitsLeft) && isUnitList(cell)) {
      put(row, last, /[、，,]$/.test(previous) ? cell : `、${cell}`);
      continue;
    }
    // The first column from here that this kind of cell fits; a free-text column only when no
    // task, unit or deadline column further on fits it (a missing cell must not shift the rest).
    // A row's task cell is never missing, so the first cell is it when the task column comes first
    // (`建成启用区级老年活动中心` reads like an organisation).
    // `—` in a unit column: none; the column is filled.
    const noneAt = NO_UNIT.test(cell) ? after.findIndex((r, c) => c >= pos && (r === 'lead' || r === 'partner')) : -1;
    if (noneAt >= 0 && k > 0) {
      pos = noneAt + 1;
      last = after[noneAt] ?? last;
      continue;
    }
    // A task cell wrapped over several lines goes on while the next column (units, a deadline)
    // does not take the line.
    const later = after.slice(pos);
    const next = later[0];
    if (
      last === 'task' &&
      next !== undefined &&
      next !== 'other' &&
      next !== 'task' &&
      !later.some((r) => r !== 'other' && accepts(r, cell))
    ) {
      row.task.push(i);
      continue;
    }
    let j = pos;
    // …unless the row's first two cells are its units (a 内容 cell merged with the row above's).
    const second = lines[cells[1] ?? -1] ?? '';
    const unitsFirst =
      k === 0 &&
      after[1] === 'lead' &&
      isUnitList(cell) &&
      (isUnitList(second) || NO_UNIT.test(second)) &&
      cells.length >= 3;
    if (!(k === 0 && after[0] === 'task') || unitsFirst)
      while (j < after.length && (after[j] === 'other' || !accepts(after[j], cell))) j++;
    if (j >= after.length) j = after.indexOf('other', pos) < 0 ? after.length : after.indexOf('other', pos);
    const role = after[j];
    if (role !== undefined) pos = j + 1;
    if (role === 'task') row.task.push(i);
    else if (role === 'lead' || role === 'partner' || role === 'deadline') put(row, role, cell);
    else if (role === undefined && isUnitList(cell) && row.partner !== undefined) put(row, 'partner', `、${cell}`);
    else if (role === undefined && hasBefore && k === cells.length - 1 && cell.length <= 30) continue;
    else if (role === undefined && row.lead === undefined && row.deadline === undefined) row.task.push(i);
    else if (role === 'other' && row.task.length === 0 && firstFree < 0) firstFree = i;
    last = role ?? last;
  }
  // No task cell (merged away): the row's first free-text cell (`2024年工作任务`) says what it does.
  if (row.task.length === 0 && firstFree >= 0) row.task.push(firstFree);
  // Of two task columns (任务名称 / 任务内容), the second holds the task; the first is a label.
  row.title = row.task.length > 1 && after.filter((r) => r === 'task').length > 1 ? row.task[1] : row.task[0];
}

const END_OF_TABLE = /^附\s*[件表]\s*\d*\s*[:：]?\s*$/;

function readRows(lines: readonly string[], header: Header, end: number): FlatTable {
  const table: FlatTable = { start: 0, end, rows: [], bands: [] };
  // `open` is the row whose cells are being read; after a band no row is open until the next 序号.
  let open: TableRow | null = null;
  let cells: number[] = [];
  let band: TableBand | null = null;
  const close = (): void => {
    if (open) fillRow(open, cells, lines, header);
    open = null;
    cells = [];
  };
  for (let i = header.end; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.length === 0 || isRowRule(line)) continue;
    if (END_OF_TABLE.test(line) || headerAt(lines, i, end)) {
      table.end = i;
      break;
    }
    const last = table.rows[table.rows.length - 1];
    const bare = bareBand(lines, i, end);
    if (bare && (open === null || cells.length > 0)) {
      close();
      band = { line: i, marker: bare.marker };
      table.bands.push(band);
      i = bare.titleLine;
      continue;
    }
    const bandMarker = isBand(line);
    // The first row may carry any number (a city's project 15); the others count on from it.
    if (/^\d{1,3}$/.test(line) && (last === undefined || Number(line) === last.n + 1)) {
      close();
      open = { n: Number(line), numberLine: i, task: [], band };
      table.rows.push(open);
    } else if (bandMarker && (open === null || cells.length > 0)) {
      close();
      band = { line: i, marker: bandMarker };
      table.bands.push(band);
    } else if (open) cells.push(i);
  }
  close();
  return table;
}

function scan(lines: readonly string[], start: number, end: number): FlatTable[] {
  const tables: FlatTable[] = [];
  for (let i = start; i < end; i++) {
    const header = headerAt(lines, i, end);
    if (!header) continue;
    const table = readRows(lines, header, end);
    table.start = i;
    if (table.rows.length > 0) tables.push(table);
    i = Math.max(i, table.end - 1);
  }
  return tables;
}

const taskRows = (t: FlatTable): number => t.rows.filter((r) => r.task.length > 0).length;

/**
 * Flattened task tables among `lines[start..end)`, in order. Read line by line, and, where blank
 * lines part the cells, cell by cell too (cellView): a table read better that way (more rows
 * with a task) replaces what the line-by-line reading made of the same lines.
 */
export function findTables(lines: readonly string[], start: number, end: number): FlatTable[] {
  const byLine = scan(lines, start, end);
  const view = cellView(lines, start, end, isUnitList);
  if (!view) return byLine;
  const byCell = scan(view.lines, start, end).map((t) => expandCells(t, view.cellLines));
  const overlaps = (a: FlatTable, b: FlatTable) => a.start < b.end && b.start < a.end;
  const better = byCell.filter((c) => {
    const rivals = byLine.filter((l) => overlaps(l, c));
    return rivals.reduce((sum, l) => sum + taskRows(l), 0) <= taskRows(c);
  });
  const kept = byLine.filter((l) => !better.some((c) => overlaps(l, c)));
  return [...kept, ...better].sort((a, b) => a.start - b.start);
}

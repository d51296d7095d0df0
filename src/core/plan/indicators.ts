/**
 * Numeric targets in a task's text: `新增社区老年助餐点(社区食堂)83个` → 83 个, `承保率90%以上`
 * → ≥ 90 %, `1万户` → 10000 户, `1-2个` → a range. A number counts only with a unit of things
 * counted, so years, dates, document numbers, ages, anniversaries and slogans (`573`) are left out,
 * and so are the figures that define a quoted slogan (`“两个不低于”(不低于最低工资42%…)`).
 */
import type { Comparator, Indicator } from './types';

// Longest first so that `人次` wins over `人` and `个百分点` over `个`.
const UNITS = [
  '个百分点',
  '万元',
  '亿元',
  '平方米',
  '公里',
  '千米',
  '人次',
  '户次',
  '张床位',
  '个',
  '個',
  '家',
  '户',
  '戶',
  '名',
  '人',
  '所',
  '座',
  '张',
  '張',
  '处',
  '處',
  '场',
  '場',
  '次',
  '项',
  '項',
  '件',
  '支',
  '条',
  '條',
  '亩',
  '畝',
  '套',
  '台',
  '辆',
  '輛',
  '批',
  '篇',
  '份',
  '期',
  '元',
  '%',
  '％',
  '间',
  '間',
  '栋',
  '棟',
  '吨',
  '噸',
];

const MULTIPLIER: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000, 千: 1000 };
// Anywhere in the clause before the number: `全年至少走访23家`.
const AT_LEAST_BEFORE = /突破|不少于|不少於|不低于|不低於|至少|超过|超過|多于|多於|达到|達到|达$|達$/;
// `不超过` is checked before AT_LEAST_BEFORE, whose `超过` it contains.
const CAPPED_BEFORE = /不超过|不超過|不高于|不高於|控制在/;
const AT_MOST_BEFORE = /低于|低於|少于|少於/;
const AT_LEAST_AFTER = /^(?:及以上|以上|左右以上)/;
const AT_MOST_AFTER = /^(?:及以下|以下|以内|以內)/;
// Units that start a longer word are not units there: `个人`, `家庭`, `名单`, `人员`, `次会议`.
const NOT_UNIT_AFTER: Record<string, RegExp> = {
  个: /^人/,
  家: /^庭/,
  名: /^单|^單/,
  人: /^员|^員|^民/,
  次: /^会|^會/,
};

const NUMBER = /(\d+(?:\.\d+)?)(?:\s*[-~～—–至到]\s*(\d+(?:\.\d+)?))?\s*([万萬亿億千])?/g;
const CLAUSE_BREAK = /[，,。；;：:、！!？?\n]/;
const LEADING_FILLER =
  /^(?:全年|年内|年內|今年|力争|力爭|确保|確保|累计|累計|新增|新建|建成|完成|培育|新培育|打造|创建|創建|实现|實現|改造|再|共|各|至少|不少于|不低于|达到|達到)+/;
const TRAILING_COMPARATOR =
  /(?:不少于|不少於|不低于|不低於|至少|超过|超過|达到|達到|达|達|不超过|不超過|控制在|提高到|提升到|提高至|提升至|增加到|增至|保持在|稳定在|为|為)$/;

function unitAt(text: string, at: number): string | null {
  for (const unit of UNITS) {
    if (!text.startsWith(unit, at)) continue;
    const guard = NOT_UNIT_AFTER[unit];
    if (guard && guard.test(text.slice(at + unit.length))) return null;
    return unit;
  }
  return null;
}

/** Start of the clause holding each match, found in one forward pass (a backward scan per number is quadratic). */
function clauseStarts(text: string, positions: readonly number[]): number[] {
  const starts: number[] = [];
  let clause = 0;
  let i = 0;
  for (const at of positions) {
    for (; i < at; i++) if (CLAUSE_BREAK.test(text[i] ?? '')) clause = i + 1;
    starts.push(clause);
  }
  return starts;
}

/**
 * Whether each match sits inside a parenthesis that defines a quoted slogan: in
 * `“两个不低于”(不低于最低工资42%、…)` the 42 % is the rule a standard must meet, not a target of the
 * task. One forward pass, like clauseStarts.
 */
function insideSloganDefinition(text: string, positions: readonly number[]): boolean[] {
  const inside: boolean[] = [];
  const opened: boolean[] = [];
  let defining = 0;
  let i = 0;
  for (const at of positions) {
    for (; i < at; i++) {
      const c = text[i];
      if (c === '(' || c === '（') {
        const definesSlogan = /[”"」]/.test(text[i - 1] ?? '');
        opened.push(definesSlogan);
        if (definesSlogan) defining++;
      } else if ((c === ')' || c === '）') && opened.length > 0 && opened.pop()) defining--;
    }
    inside.push(defining > 0);
  }
  return inside;
}

// Part of a longer token (`XM02110`, `〔2021〕11`, `第5`) or not a target at all.
function isExcludedContext(text: string, start: number): boolean {
  return /[A-Za-z\d.〔［[第]/.test(text[start - 1] ?? '');
}

function comparatorOf(before: string, after: string): Comparator {
  if (AT_LEAST_AFTER.test(after)) return '≥';
  if (AT_MOST_AFTER.test(after) || CAPPED_BEFORE.test(before)) return '≤';
  if (AT_LEAST_BEFORE.test(before)) return '≥';
  return AT_MOST_BEFORE.test(before) ? '≤' : '=';
}

// The counted thing when it follows the number: `5个省级标准化试点`, `为1万户老年人家庭…`.
function followingSubject(text: string, at: number): string {
  const m = /^的?([^，,。；;：:、！!？?\n和及与與并並\d（）()]{2,20})/.exec(text.slice(at));
  return m?.[1] ?? '';
}

function indicatorAt(text: string, m: RegExpMatchArray, clause: number, floor: number): Indicator | null {
  const start = m.index ?? 0;
  if (isExcludedContext(text, start)) return null;
  const multiplierChar = m[3];
  const afterNumber = start + m[0].length;
  const unit = unitAt(text, afterNumber);
  if (!unit) return null;
  const factor = multiplierChar ? (MULTIPLIER[multiplierChar] ?? 1) : 1;
  const end = afterNumber + unit.length;
  const suffix = /^(?:及以上|以上|及以下|以下|以内|以內)/.exec(text.slice(end))?.[0] ?? '';
  const from = Math.max(clause, floor);
  const before = text.slice(from, start);
  const after = suffix || unit === '%' || unit === '％' ? '' : followingSubject(text, end);
  const subject = after || before.replace(LEADING_FILLER, '').replace(TRAILING_COMPARATOR, '').trim();
  const indicator: Indicator = {
    text: text.slice(from, end + suffix.length + (after ? text.indexOf(after, end) - end + after.length : 0)).trim(),
    value: Number(m[1]) * factor,
    unit,
    comparator: comparatorOf(before, text.slice(end)),
    subject,
  };
  if (m[2] !== undefined) indicator.max = Number(m[2]) * factor;
  return indicator;
}

export function findIndicators(text: string): Indicator[] {
  const found: Indicator[] = [];
  let floor = 0;
  const matches = [...text.matchAll(NUMBER)];
  const positions = matches.map((m) => m.index ?? 0);
  const clauses = clauseStarts(text, positions);
  const defining = insideSloganDefinition(text, positions);
  for (const [i, m] of matches.entries()) {
    if (defining[i]) continue;
    const indicator = indicatorAt(text, m, clauses[i] ?? 0, floor);
    if (!indicator) continue;
    found.push(indicator);
    floor = text.indexOf(indicator.text, floor) + indicator.text.length;
  }
  return found;
}

/**
 * Lead and partner units: `牵头单位：X`, `责任单位：X；配合单位：Y` lines or parentheses
 * (`（牵头单位：A、B，支撑单位：C）`), and `（X牵头，Y、Z配合）` attached to a task. A value runs to
 * the next label, a closing parenthesis or the end of the clause.
 */

const LEAD_LABELS = [
  '牵头单位',
  '牽頭單位',
  '牵头部门',
  '牽頭部門',
  '责任单位',
  '責任單位',
  '责任部门',
  '責任部門',
  '责任部门单位',
  '責任部門單位',
  '负责单位',
  '負責單位',
  '牵头指导处室',
  '牽頭指導處室',
  '主责单位',
  '主責單位',
  '主办单位',
  '主辦單位',
  '推进单位',
  '推進單位',
  '实施单位',
  '實施單位',
  '实施部门',
  '實施部門',
  '相关部门',
  '相關部門',
  '责任科室',
  '責任科室',
  '牵头科室',
  '牽頭科室',
  '责任处室（单位）',
  '责任处室',
  '責任處室',
  '牵头处室',
  '牽頭處室',
];
const PARTNER_LABELS = [
  '配合单位',
  '配合單位',
  '配合部门',
  '配合部門',
  '协办单位',
  '協辦單位',
  '参与单位',
  '参加单位',
  '參加單位',
  '參與單位',
  '协同单位',
  '協同單位',
  '支撑单位',
  '支撐單位',
  '协助单位',
  '協助單位',
  '配合科室',
  '配合處室',
  '配合处室',
];
const LABEL = new RegExp(`(${[...LEAD_LABELS, ...PARTNER_LABELS].join('|')})\\s*[:：]\\s*`, 'g');
const VALUE_END = /[；;。）)\n]/;

// `（X牵头，Y配合。其中：“…工程”由Z牵头组织实施）`: a note after the roles, inside the same brackets;
// `（X牵头负责，Y、各区政府组织落实）`.
const PAREN =
  /[（(]([^（）()，,；;]{1,60}?)牵头(?:负责)?(?:[，,；;、]\s*([^（）()]{1,200}?)(?:等?按职责(?:分工)?(?:配合|负责|组织落实)|等?分工负责|配合|参与|協助|协助|协办|组织实施|组织落实)(?:实施)?)?(?:[。；;]其中[：:][^（）()]{0,80})?[)）]/;
// `（区公安局负责，各片区管理局配合）`: 负责 in the place of 牵头, with the units that help.
const PAREN_DUTY = /[（(]([^（）()，,；;]{1,60}?)负责[，,；;]\s*([^（）()]{1,200}?)(?:配合|参与|協助|协助|协办)[)）]/;
// `（各处室按职责分工负责）`, `（县政府、各乡镇政府组织实施）`: the units that carry the task, without a 牵头.
const SHARED = /[（(]([^（）()，,；;]{2,60}?)等?(?:按职责(?:分工)?)?(?:负责|组织实施)[)）]/;

/** Splits on separators outside parentheses: `区委宣传部（区文明办、区政府新闻办）` stays one item. */
export function splitTopLevel(list: string, separators: RegExp): string[] {
  const items: string[] = [];
  let depth = 0;
  let item = '';
  for (const ch of list) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && separators.test(ch)) {
      items.push(item);
      item = '';
    } else item += ch;
  }
  items.push(item);
  return items.map((i) => i.trim()).filter((i) => i.length > 0);
}

// The second names its own level (`县…`, `各…`); `各乡镇党委和人民政府` is one body.
const UNITS_JOINED =
  /(?<=\p{Script=Han}(?:局|委|办|部|政府|部门|中心|公司|所|站|队|院|海关))[和及](?=[区县市省镇乡各]\p{Script=Han})/u;

/** `区民政局、区财政局` → its units; `等` and empty items are dropped. */
export function splitUnits(list: string): string[] {
  return (
    splitTopLevel(list, /[、，,；;\s]/)
      // `区经济发展局和县交通局`, `市绿化市容局及各区`: two units joined by 和 or 及 (not `住房和城乡建设局`,
      // whose first word is no unit).
      .flatMap((u) => u.split(UNITS_JOINED))
      // `区税务局等`: the 等 says there are others, it is not part of the unit's name.
      // `…筹建组负责配合`: the unit's role, not its name.
      .map((u) => u.replace(/[。.]$/, '').replace(/(?<=\p{Script=Han}{2})(?:负责配合|负责)$/u, ''))
      .map((u) => u.replace(/(?<=\p{Script=Han}{2})等$/u, ''))
      .map(withoutDays)
      .filter((u) => u.length > 0 && u !== '等')
  );
}

export interface TaskUnits {
  leadUnit?: string;
  partnerUnits?: string[];
}

function cleanValue(value: string): string {
  return withoutDays(value.replace(/[，,、\s]+$/, '').trim());
}

/** `危化处（60日）、基础处（104日）`: the days each unit gives to the task are not part of its name. */
function withoutDays(units: string): string {
  return (
    units
      .replace(/(?<=\p{Script=Han})[（(]\s*\d+\s*日[)）](?=[、，,]|$)/gu, '')
      // `各部门按职责分工`, `市房屋管理局按职责牵头`: how the unit takes part, not its name.
      .replace(/(?<=\p{Script=Han}{2})按职责(?:分工)?(?:牵头|负责|组织)?(?=[、，,]|$)/gu, '')
  );
}

/** Where a value ends: at `；。\n` or the `）` that closes the clause, not one it opened (`市水务局（海洋局）`). */
function valueEnd(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i] ?? '';
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (VALUE_END.test(ch)) return i;
  }
  return to;
}

// `…配合单位：区农业农村局完成时限：2019年10月15日前…`: a unit value runs to the next field's label.
// So does a units clause at a page's end, at the attachment list after it (`…党群工作部附件：…`).
const OTHER_FIELD = /(?:完成时限|完成時限|完成时间|完成時間|时间节点|時間節點|完成期限|工作时限|附件)\s*[:：]/g;

/** Every `label：value` in the text, in order. */
function labelled(text: string): { label: string; lead: boolean; value: string }[] {
  const found = [...text.matchAll(LABEL)];
  const fields = [...text.matchAll(OTHER_FIELD)].map((m) => m.index ?? 0);
  return found.map((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const field = fields.find((at) => at >= from);
    const next = Math.min(found[i + 1]?.index ?? text.length, field ?? text.length);
    // `…责任处室（单位）:各村居以上八类整治重点…`: the closing paragraph run on after the last unit.
    const value = text
      .slice(from, valueEnd(text, from, next))
      .replace(/(?<=\p{Script=Han})(?:以上|上述)(?!单位|部门|各)\p{Script=Han}.*$/su, '');
    return { label: m[1] ?? '', lead: LEAD_LABELS.includes(m[1] ?? ''), value: cleanValue(value) };
  });
}

/** `牵头单位：A，责任单位：B`: beside a 牵头 label, 责任单位 names the units that share the work. */
function withSharedDuty(fields: { label: string; lead: boolean; value: string }[]) {
  const leads = fields.filter((f) => f.lead);
  if (leads.length < 2 || !leads.some((f) => /^牵头|^牽頭/.test(f.label))) return fields;
  return fields.map((f) => (f.lead && !/^牵头|^牽頭/.test(f.label) ? { ...f, lead: false } : f));
}

// `（责任处室：办公室牵头，各相关处室配合）`, `责任单位：区行政审批局牵头，区办公室参加，区直各有关部门按职责分别负责`:
// one label, its value's clauses each ending in the role of the units it names.
// `（X牵头落实）`, `X牵头负责`: the lead's clause may say what it does.
const ROLE_CLAUSE =
  /^(.{2,60}?)(?:分别)?(牵头(?:落实|负责)?|等?(?:按职责(?:分工)?(?:分别)?)?(?:配合|参加|参与|协助|负责(?:落实)?))$/;

/** A lead label's value `X牵头，Y配合` (or `…参加`, `…按职责分别负责`) as a lead field and partner fields. */
function withRolesInValue(fields: { label: string; lead: boolean; value: string }[]) {
  return fields.flatMap((f) => {
    if (!f.lead || !/牵头|负责/.test(f.value)) return [f];
    const clauses = f.value.split(/[，,；;]\s*/).map((c) => ROLE_CLAUSE.exec(c.trim()));
    if (clauses.length < 2 || clauses.some((c) => c === null)) return [f];
    // `X负责，Y等参与`: 负责 leads where the units after it only take part.
    const first = clauses[0]?.[2]?.startsWith('牵头') ? '牵头' : clauses[0]?.[2];
    const helped = clauses.slice(1).every((c) => /配合|参加|参与|协助/.test(c?.[2] ?? ''));
    if (first !== '牵头' && !(first === '负责' && helped)) return [f];
    return clauses.map((c, i) => ({
      label: f.label,
      lead: (c?.[2] ?? '').startsWith('牵头') || (i === 0 && first === '负责'),
      value: (c?.[1] ?? '').trim(),
    }));
  });
}

// `…建立农药包装废弃物回收机制。(区农业农村委)`: the units alone in brackets closing the task.
const CLOSING_BRACKET = /[。；;]\s*[（(]([^（）()。，,；;：:]{2,60})[)）]\s*$/;
const UNIT_NAME = /(?:局|委|办|部|中心|政府|院|所|站|队|公司|集团|街道|镇|乡|区|处|科|室|居委会|村委会|海关|协|联)$/;

function closingUnits(text: string): string | undefined {
  const inside = CLOSING_BRACKET.exec(text)?.[1];
  const names = inside ? splitUnits(inside) : [];
  return names.length > 0 && names.every((n) => UNIT_NAME.test(n)) ? inside : undefined;
}

// `牵头指导处室：A，B、C为实施单位，下同`: the units that carry it out, named after the lead.
const CARRIED_BY = /^(.{2,60}?)[，,]\s*([^，,]{2,120}?)为(?:实施|配合|协办|参与)单位(?:[，,]\s*下同)?$/;

function withCarriersInValue(fields: { label: string; lead: boolean; value: string }[]) {
  return fields.flatMap((f) => {
    const m = f.lead ? CARRIED_BY.exec(f.value) : null;
    if (!m) return [f];
    return [
      { ...f, value: (m[1] ?? '').trim() },
      { label: f.label, lead: false, value: (m[2] ?? '').trim() },
    ];
  });
}

/** `…为实施单位，下同`: the task's partners are every later task's too (carryDownPartners). */
export function saysSameBelow(text: string): boolean {
  return /为(?:实施|配合|协办|参与)单位[，,]\s*下同/.test(text);
}

/** The text inside the bracket that closes `text` (brackets inside it kept), or null. */
function closingBracket(text: string): string | null {
  let end = text.length;
  while (end > 0 && /[\s。；;]/.test(text[end - 1] ?? '')) end--;
  if (text[end - 1] !== '）' && text[end - 1] !== ')') return null;
  let depth = 0;
  for (let i = end - 1; i >= 0 && end - i <= 300; i--) {
    const ch = text[i];
    if (ch === '）' || ch === ')') depth++;
    else if ((ch === '（' || ch === '(') && --depth === 0) return text.slice(i + 1, end - 1);
  }
  return null;
}

/**
 * `（区综合执法局（区安监局）牵头，区直各有关部门按职责分工负责，2018年3月底前完成）`: role clauses in the
 * closing bracket, with units that carry brackets of their own and a deadline after them.
 */
function bracketRoles(text: string): TaskUnits | null {
  const inside = closingBracket(text);
  if (inside === null) return null;
  // `…，以下各项工作均需要各单位负责，不再单独列出`: a note about the tasks after it, not a role.
  const parts = splitTopLevel(inside, /[，,；;]/).filter((c) => !/^(?:以下|下同|不再|其中)/.test(c.trim()));
  const clauses = parts.map((c) => ROLE_CLAUSE.exec(c.trim()));
  const roles = clauses.filter((c) => c !== null);
  // Every other clause says when (`2018年3月底前完成`, `持续推进`): not a sentence that ends in 负责.
  const others = parts.filter((_, i) => clauses[i] === null);
  const when = (c: string) => c.length <= 30 && /\d{4}\s*年|\d{1,2}\s*月|持续|长期|年底|年内|底前/.test(c);
  if (roles.length === 0 || !others.every(when) || roles.some((r) => (r[1] ?? '').length > 60)) return null;
  const leads = roles.filter((r) => (r[2] ?? '').startsWith('牵头'));
  const lead = leads.length > 0 ? leads : roles.length === 1 ? roles : [];
  if (lead.length === 0) return null;
  const units: TaskUnits = { leadUnit: lead.map((r) => (r[1] ?? '').trim()).join('、') };
  const partners = roles.filter((r) => !lead.includes(r)).flatMap((r) => splitUnits(r[1] ?? ''));
  if (partners.length > 0) units.partnerUnits = partners;
  return units;
}

export function findUnits(text: string): TaskUnits {
  const units: TaskUnits = {};
  const fields = withSharedDuty(
    withCarriersInValue(withRolesInValue(labelled(text).filter((f) => f.value.length > 0))),
  );
  const paren = PAREN.exec(text) ?? PAREN_DUTY.exec(text);
  const bracketed = fields.length === 0 && !paren ? bracketRoles(text) : null;
  if (bracketed) return bracketed;
  const lead =
    fields.find((f) => f.lead)?.value ?? paren?.[1]?.trim() ?? SHARED.exec(text)?.[1]?.trim() ?? closingUnits(text);
  if (lead) units.leadUnit = cleanValue(lead);
  const partnerText = fields.filter((f) => !f.lead).map((f) => f.value);
  const partners = partnerText.length > 0 ? partnerText.flatMap(splitUnits) : splitUnits(paren?.[2] ?? '');
  if (partners.length > 0) units.partnerUnits = partners;
  return units;
}

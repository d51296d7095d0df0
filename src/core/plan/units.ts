/**
 * Lead and partner units: `牵头单位：X`, `责任单位：X；配合单位：Y` lines or parentheses, and
 * `（X牵头，Y、Z配合）` attached to a task.
 */

const LEAD =
  /(?:牵头单位|牽頭單位|牵头部门|牽頭部門|责任单位|責任單位|责任部门|責任部門|主责单位|主責單位|主办单位|主辦單位)\s*[:：]\s*([^；;。（）()\n]+)/;
const PARTNER =
  /(?:配合单位|配合單位|配合部门|配合部門|协办单位|協辦單位|参与单位|參與單位|协同单位|協同單位)\s*[:：]\s*([^；;。（）()\n]+)/;
const PAREN = /[（(]([^（）()，,；;]+?)牵头(?:[，,；;]\s*([^（）()]+?)(?:配合|参与|協助|协助|协办))?[)）]/;

function splitUnits(list: string): string[] {
  return list
    .split(/[、，,；;\s]+/)
    .map((u) => u.trim().replace(/[。.]$/, ''))
    .filter((u) => u.length > 0 && u !== '等');
}

export interface TaskUnits {
  leadUnit?: string;
  partnerUnits?: string[];
}

export function findUnits(text: string): TaskUnits {
  const units: TaskUnits = {};
  const lead = LEAD.exec(text);
  const partner = PARTNER.exec(text);
  const paren = PAREN.exec(text);
  const leadText = lead?.[1]?.trim() ?? paren?.[1]?.trim();
  if (leadText) units.leadUnit = leadText.replace(/[，,、\s]+$/, '');
  const partnerText = partner?.[1] ?? paren?.[2];
  if (partnerText) {
    const list = splitUnits(partnerText);
    if (list.length > 0) units.partnerUnits = list;
  }
  return units;
}

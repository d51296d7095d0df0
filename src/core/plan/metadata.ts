/**
 * Document metadata: title, issuer, document number, date and year, read from header fields
 * (发布机构, 来源, 发布日期, 文号…), the title line, the signature and the date line.
 */
import type { Plan } from './types';
import { findDate, isDateLine, isOrgLine, metadataField, signatureOrg } from './lines';
import { isNoiseLine } from './noise';

export type PlanMetadata = Pick<Plan, 'title' | 'year' | 'issuer' | 'docNumber' | 'date'>;

const TITLE_SUFFIX = /(?:要点|要點|目标|目標|计划|計劃|方案|安排|任务|任務|重点|重點|清单|清單|分工)$/;
const DOC_NUMBER = /^[\p{Script=Han}]{1,12}[〔［[【(（]\d{4}[〕］\]】)）]\s*\d{1,4}\s*号$/u;

/** Index of the plan's own title line among `lines[0..end)`, or -1. */
export function findTitleLine(lines: readonly string[], end: number): number {
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.length < 4 || line.length > 50 || /[。《》:：,，]/.test(line) || isNoiseLine(line)) continue;
    if (TITLE_SUFFIX.test(line)) return i;
  }
  return -1;
}

/** Fallback title from a notice line: `关于印发《2021年…工作要点》的通知`. */
function titleFromNotice(lines: readonly string[], end: number): string | null {
  for (let i = 0; i < end; i++) {
    const m = /印发《([^》]{2,50})》/.exec(lines[i] ?? '');
    if (m && TITLE_SUFFIX.test(m[1] ?? '')) return m[1] ?? null;
  }
  return null;
}

function fieldValue(lines: readonly string[], end: number, names: RegExp): string | null {
  for (let i = 0; i < end; i++) {
    const field = metadataField(lines[i] ?? '');
    if (field && names.test(field.name) && field.value) return field.value;
  }
  return null;
}

function signatureIssuer(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const org = signatureOrg(line);
    if (org) return org;
    if (!isOrgLine(line)) continue;
    let next = i + 1;
    while (next < lines.length && (lines[next] ?? '').length === 0) next++;
    if (isDateLine(lines[next] ?? '')) return line;
  }
  return null;
}

function headerDate(lines: readonly string[], end: number): string | null {
  const field = fieldValue(lines, end, /^(?:发布日期|發佈日期|公文生成日期|成文日期|印发日期|发布时间|發佈時間)$/);
  if (field) return findDate(field);
  const line = lines.find((l) => isDateLine(l));
  return line ? findDate(line) : null;
}

function headerDocNumber(lines: readonly string[], end: number): string | null {
  const field = fieldValue(lines, end, /(?:文号|文號|发文字号|發文字號)$/);
  if (field) return field;
  for (let i = 0; i < end; i++) if (DOC_NUMBER.test(lines[i] ?? '')) return lines[i] ?? null;
  return null;
}

function yearOf(title: string | null, preamble: string, date: string | null): number | null {
  const fromTitle = title ? /(\d{4})\s*年/.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  // Plans open with the year they cover: `2013年，全市民政系统…`.
  const opening = /^(\d{4})\s*年/.exec(preamble);
  if (opening) return Number(opening[1]);
  return date ? Number(date.slice(0, 4)) : null;
}

/** `headerEnd` is the index of the first numbered item (or of the first body paragraph). */
export function extractMetadata(
  lines: readonly string[],
  headerEnd: number,
  titleLine: number,
  preamble: string,
): PlanMetadata {
  const title = titleLine >= 0 ? (lines[titleLine] ?? null) : titleFromNotice(lines, headerEnd);
  const issuer =
    fieldValue(lines, headerEnd, /^(?:发布机构|發佈機構|发文机关|發文機關|来源|來源|信息来源|信息來源)$/) ??
    signatureIssuer(lines);
  const date = headerDate(lines, headerEnd);
  return { title, issuer, docNumber: headerDocNumber(lines, headerEnd), date, year: yearOf(title, preamble, date) };
}

/**
 * Which plan a report belongs to, and which revision of it: every unit makes its own workbook
 * from the district's plan, so the workbook id differs per unit, while these stay the same.
 */
import type { Workbook } from '../workbook/types';

/** FNV-1a (32 bit) as 8 hex digits: short, stable, enough to tell plans and revisions apart. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The plan document: title, year, issuer, 文号, date. */
export function planId(workbook: Pick<Workbook, 'name' | 'year' | 'plan'>): string {
  const { plan } = workbook;
  return fingerprint(
    JSON.stringify([plan.title ?? workbook.name, workbook.year, plan.issuer, plan.docNumber, plan.date]),
  );
}

/** The plan's structure as reported on: sections, groups, tasks and their indicators. */
export function planVersion(workbook: Pick<Workbook, 'sections' | 'groups' | 'tasks'>): string {
  const tasks = workbook.tasks
    .filter((t) => !t.archived)
    .map((t) => [
      t.key,
      t.section,
      t.group ?? null,
      t.title,
      t.indicators.map((i) => [i.text, i.value, i.max ?? null, i.unit, i.comparator, i.subject]),
    ]);
  const sections = workbook.sections.map((s) => [s.key, s.title]);
  const groups = workbook.groups.map((g) => [g.key, g.section, g.title]);
  return fingerprint(JSON.stringify([sections, groups, tasks]));
}

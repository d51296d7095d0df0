/**
 * word/document.xml → lines of text, with automatic numbers rendered in front of numbered
 * paragraphs and task tables mapped by docx-table.ts.
 */
import type { NumberingCounter } from './docx-numbering';
import type { NumRef } from './docx-styles';
import { tableToLines } from './docx-table';
import { xmlEvents } from './xml';

interface Paragraph {
  text: string;
  numId: string | null;
  ilvl: number;
  styleId: string | null;
}

interface Table {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
}

export function documentToLines(xml: string, counter: NumberingCounter | null, styles: Map<string, NumRef>): string[] {
  const out: string[] = [];
  const tables: Table[] = [];
  let para: Paragraph | null = null;
  let inText = false;
  const finishParagraph = (p: Paragraph): void => {
    const ref = p.numId !== null ? { numId: p.numId, ilvl: p.ilvl } : p.styleId ? styles.get(p.styleId) : undefined;
    const label = ref && counter ? counter.next(ref.numId, ref.ilvl) : '';
    const line = label + p.text;
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(line);
    else out.push(line);
  };
  for (const ev of xmlEvents(xml)) {
    if (ev.type === 'text') {
      if (para && inText) para.text += ev.text;
      continue;
    }
    const table = tables[tables.length - 1];
    if (ev.type === 'close') {
      if (ev.name === 'w:t') inText = false;
      else if (ev.name === 'w:p' && para) {
        finishParagraph(para);
        para = null;
      } else if (ev.name === 'w:tc' && table?.cell && table.row) {
        table.row.push(table.cell.join('\n'));
        table.cell = null;
      } else if (ev.name === 'w:tr' && table?.row) {
        table.rows.push(table.row);
        table.row = null;
      } else if (ev.name === 'w:tbl') {
        tables.pop();
        const lines = table ? tableToLines(table.rows) : [];
        const outer = tables[tables.length - 1];
        if (outer?.cell) outer.cell.push(...lines);
        else out.push(...lines);
      }
      continue;
    }
    switch (ev.name) {
      case 'w:p':
        if (ev.selfClosing) finishParagraph({ text: '', numId: null, ilvl: 0, styleId: null });
        else para = { text: '', numId: null, ilvl: 0, styleId: null };
        break;
      case 'w:t':
        inText = !ev.selfClosing;
        break;
      case 'w:tab':
        if (para) para.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (para) para.text += '\n';
        break;
      case 'w:pStyle':
        if (para) para.styleId = ev.attrs['w:val'] ?? null;
        break;
      case 'w:numId':
        if (para) para.numId = ev.attrs['w:val'] ?? null;
        break;
      case 'w:ilvl':
        if (para) para.ilvl = Number(ev.attrs['w:val'] ?? 0);
        break;
      case 'w:tbl':
        tables.push({ rows: [], row: null, cell: null });
        break;
      case 'w:tr':
        if (table) table.row = [];
        break;
      case 'w:tc':
        if (table) table.cell = [];
        break;
    }
  }
  return out;
}

/** Paragraph styles that carry numbering (`Heading 1` linked to a list): styleId → numId/ilvl. */
import { xmlEvents } from './xml';

export interface NumRef {
  numId: string;
  ilvl: number;
}

export function parseStyleNumbering(xml: string): Map<string, NumRef> {
  const styles = new Map<string, NumRef>();
  let styleId: string | null = null;
  const ref: NumRef = { numId: '', ilvl: 0 };
  for (const ev of xmlEvents(xml)) {
    if (ev.type === 'close' && ev.name === 'w:style') {
      if (styleId && ref.numId) styles.set(styleId, { ...ref });
      styleId = null;
    }
    if (ev.type !== 'open') continue;
    if (ev.name === 'w:style') {
      styleId = ev.attrs['w:styleId'] ?? null;
      ref.numId = '';
      ref.ilvl = 0;
    } else if (styleId && ev.name === 'w:numId') ref.numId = ev.attrs['w:val'] ?? '';
    else if (styleId && ev.name === 'w:ilvl') ref.ilvl = Number(ev.attrs['w:val'] ?? 0);
  }
  return styles;
}

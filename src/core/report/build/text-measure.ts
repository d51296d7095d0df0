/**
 * Row heights from text: spreadsheet programs other than Excel do not grow wrapped rows on
 * opening, so every wrapped row gets an explicit height computed here.
 */

/** East Asian wide characters take about two width units (one unit = one Latin digit). */
export function charWidth(codePoint: number): number {
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x20000
  ) {
    return 2;
  }
  return 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/**
 * Lines the text takes in a column of the given width, breaking greedily per character
 * (Chinese wraps anywhere); hard line breaks count. Cell padding eats about one unit.
 */
export function wrappedLines(text: string, columnWidth: number): number {
  // Rendered CJK glyphs run slightly wider than two digits (Noto CJK, SimSun): stay on the safe side.
  const room = Math.max(2, (columnWidth - 1.5) * 0.92);
  let lines = 0;
  for (const hardLine of text.split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (const ch of hardLine) {
      const w = charWidth(ch.codePointAt(0) ?? 0);
      if (used + w > room) {
        count += 1;
        used = 0;
      }
      used += w;
    }
    lines += count;
  }
  return lines;
}

/** CJK fonts (SimSun, Noto CJK) need about 1.45 em per line once the cell's padding is added. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.ceil((lines * fontSize * 1.45 + 6) * 4) / 4;
}

/** Height in points for a row whose cells have these texts in columns of these widths. */
export function rowHeight(texts: readonly string[], widths: readonly number[], fontSize: number, minimum = 20): number {
  let lines = 1;
  texts.forEach((text, i) => {
    if (text) lines = Math.max(lines, wrappedLines(text, widths[i] ?? 10));
  });
  return Math.max(minimum, heightForLines(lines, fontSize));
}

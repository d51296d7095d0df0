/**
 * Row heights from text: spreadsheet programs other than Excel do not grow wrapped rows on
 * opening, so every wrapped row gets an explicit height computed here. The measure is Excel's
 * (the narrowest columns of the programs we know): a row sized here is never cut in Excel or WPS,
 * and LibreOffice, whose columns print wider, only shows some space below the text.
 */

/** The font every report sheet's body uses (五号). */
export const BODY_FONT_SIZE = 10.5;

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
 * Width units of text one line holds. Units are 11 pt digits; cell padding eats about one and a
 * half, and rendered CJK glyphs run slightly wider than two digits (SimSun, Noto CJK).
 */
function room(columnWidth: number, fontSize: number): number {
  return Math.max(2, (columnWidth - 1.5) * 0.92 * (11 / fontSize));
}

/**
 * Where each line after the first starts (indices into `Array.from(line)`), breaking greedily per
 * character (Chinese wraps anywhere). `line` must not contain line breaks.
 */
export function lineStarts(line: string, columnWidth: number, fontSize = 11): number[] {
  const limit = room(columnWidth, fontSize);
  const starts: number[] = [];
  let used = 0;
  Array.from(line).forEach((ch, i) => {
    const w = charWidth(ch.codePointAt(0) ?? 0);
    if (used + w > limit) {
      starts.push(i);
      used = 0;
    }
    used += w;
  });
  return starts;
}

/** Lines the text takes in a column of the given width; hard line breaks count. */
export function wrappedLines(text: string, columnWidth: number, fontSize = 11): number {
  let lines = 0;
  for (const hardLine of text.split(/\r?\n/)) lines += 1 + lineStarts(hardLine, columnWidth, fontSize).length;
  return lines;
}

/** CJK fonts (SimSun, Noto CJK) need about 1.45 em per line once the cell's padding is added. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.ceil((lines * fontSize * 1.45 + 6) * 4) / 4;
}

/** The most lines a row of at most `height` points holds (at least one). */
export function linesWithin(height: number, fontSize: number): number {
  let lines = Math.max(1, Math.floor((height - 6) / (fontSize * 1.45)));
  while (lines > 1 && heightForLines(lines, fontSize) > height) lines -= 1;
  return lines;
}

/** Height in points for a row whose cells have these texts in columns of these widths. */
export function rowHeight(texts: readonly string[], widths: readonly number[], fontSize: number, minimum = 20): number {
  let lines = 1;
  texts.forEach((text, i) => {
    if (text) lines = Math.max(lines, wrappedLines(text, widths[i] ?? 10, fontSize));
  });
  return Math.max(minimum, heightForLines(lines, fontSize));
}

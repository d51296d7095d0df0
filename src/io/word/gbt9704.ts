/**
 * The 公文 layout of GB/T 9704-2012 in Word's units: A4, the standard's margins, 2号 小标宋 for
 * the title, 3号 仿宋_GB2312 for the body, 黑体 and 楷体 for the two heading levels, 22 lines a page.
 */

/** Twips (1/20 pt) per millimetre. */
const MM = 56.7;

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: Math.round(37 * MM),
    bottom: Math.round(35 * MM),
    left: Math.round(28 * MM),
    right: Math.round(26 * MM),
  },
} as const;

/** Each face and the font Word, WPS or LibreOffice should use where it is not installed. */
export const FONTS = {
  title: { name: '方正小标宋简体', fallback: '黑体' },
  heading1: { name: '黑体', fallback: 'SimHei' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
} as const;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28 } as const;

/** 22 lines on the type area (225 mm): exactly 28.9 pt per line. */
export const LINE_TWIPS = 578;

/** Two characters of 3号 text. */
export const FIRST_LINE_INDENT = 640;

/**
 * word/fontTable.xml declaring each face with its fallback (`w:altName`) and the GB2312 charset,
 * so a program without the face substitutes the named one rather than a Latin font. The docx
 * library writes this part only for embedded fonts, so it is handed over as an override.
 */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}` +
    '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
    '</w:fonts>'
  );
}

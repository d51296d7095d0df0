/** Headings of sections, tasks and subtasks: the text up to the first `。`, tidied. */

// Unit assignments in parentheses belong to leadUnit/partnerUnits, not to the heading.
const UNIT_PAREN = /[（(][^（()）]*(?:牵头|責任|责任|配合|协办|協辦|主办|主辦)[^（()）]*[)）]\s*$/;
const TRAILING = /[\s，,、；;：:]+$/;

/** Heading of an item whose text is `rest`; always a substring of `rest`. */
export function headingOf(rest: string): string {
  const stop = rest.indexOf('。');
  let title = stop >= 0 ? rest.slice(0, stop) : rest;
  title = title.replace(UNIT_PAREN, '').replace(TRAILING, '');
  return title.trim();
}

/** Section and group headings are whole lines; a trailing `。` is dropped. */
export function sectionHeading(rest: string): string {
  return headingOf(rest);
}

/**
 * Web copies of traditional-Chinese pages often carry ruby annotations flattened into the text:
 * `業(yè)務` means `業務`. A parenthesis holding one pinyin syllable with a tone mark is dropped;
 * requiring the tone mark keeps ordinary parentheses such as `(社区食堂)` or `(a)` intact.
 */

const SYLLABLE = /\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})\)/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

export function stripPinyin(line: string): string {
  if (!line.includes('(')) return line;
  return line.replace(SYLLABLE, (whole: string, syllable: string) => (TONE_MARK.test(syllable) ? '' : whole));
}

/**
 * A heading run into its paragraph with nothing between them (a page that lost its paragraph
 * breaks): where the heading ends, by the heading's last word or by how the paragraph opens.
 */
import { isUnitList } from './flat-table';

// A heading and its paragraph were two paragraphs of the page, joined here with nothing between:
// `工作时限2023年5月25日…`, `行动小组为了加强…`, `重点整治区域根据《…》`. The heading is the shortest
// run of a few characters that ends in a heading's last word, or that a sentence's opening follows.
const HEADING_END =
  /^[\p{Script=Han}]{2,8}?(?:要求|目标|重点|内容|安排|措施|方法|时限|时间|步骤|机制|机构|职责|责任|分工|任务|原则|思想|主题|范围|对象|小组|标准|组织领导|队伍建设|经费保障|资金保障|宣传引导|督查考核|督促检查|统筹协调)(?![所的之和与及等人])(?=\s?[\p{Script=Han}\d“"《])/u;
// A heading of one or two clauses (`统筹学习，加强政治思想教育`) before a sentence's usual opening,
// also `以X为…` (not `以民宿为主的`), `在X基础上`, `借助…` (`以商招商借助企业的信息渠道…`).
export const SENTENCE_OPENS =
  /^(?:[^\s，,。；;：:、（）()]{2,12}[，,])?[^\s，,。；;：:、（）()]{4,16}?(?=\s?(?:根据|按照|依照|为了|为切实|为进一步|为全面|为保障|为保证|为确保|为加快|为推动|紧紧围绕|由区|由片区|由各|由[^\s，,。；;：:]{2,12}?(?:牵头|负责)|以习近平|以[^\s，,。；;：:]{2,24}?为(?!主的)|在[^\s，,。；;：:]{1,20}?(?:基础上|范围内|期间)|借助|依托|发扬|深刻吸取))/u;

// `强化宣传活动党政办要牵头…`: a heading ending in a word of work, then a unit told what it must do.
const UNIT_MUST =
  /^[^\s，,。；;：:、（）()]{2,12}(?:活动|工作|总结|宣传|建设|管理|治理|整治|行动)(?=[\p{Script=Han}]{0,8}?(?:办|处|局|科|室|站|所|中心|委会|村)要)/u;

const MODAL_END = /[需要应将可须]$/;

/**
 * `各学校需根据…`, `区党群工作部按照…`: the words before the opening are the sentence's subject (with
 * its modal verb, or a unit before 按照), not a heading glued to it.
 */
export function subjectOpens(opened: string, sentence: string): boolean {
  // `各学校要切实落实以校长为…`: a subject and its modal verb already opened the sentence.
  if (MODAL_END.test(opened) || /^各\p{Script=Han}{1,8}?[要需应须]/u.test(opened)) return true;
  return /^\s?(?:按照|依照)/.test(sentence.slice(opened.length)) && isUnitList(opened);
}

// The paragraph opens with its subject (`各所出资企业`, `办公室要`) or a usual opening (`结合…`).
const PAIRED_PHRASES =
  /^\p{Script=Han}{4}，\p{Script=Han}{4,6}?(?=各|结合|利用|通过|按照|根据|围绕|\p{Script=Han}{2,5}要(?!求))/u;

/** The heading of a glued heading and paragraph, when its text before the first 。 is long. */
export function gluedHeading(text: string): string | null {
  const sentence = text.split('。')[0] ?? '';
  const word = HEADING_END.exec(sentence)?.[0];
  // `工作时限2023年5月25日-12月31日`: a heading and a period alone, however short.
  // `行动时间自发文之日起至11月30日`: so is a period that opens with 自.
  // `专项整治实施步骤本次专项整治工作分四个阶段实施`: so is one before 本次 / 此次.
  if (word && /^\s?(?:\d{4}\s*年|自|本次|此次)/.test(sentence.slice(word.length))) return word;
  if (sentence.length <= 24) return null;
  // `加强领导，精心组织各所出资企业要…`: a heading of two four-character phrases, then its paragraph.
  const paired = PAIRED_PHRASES.exec(sentence)?.[0];
  if (paired) return paired;
  const opened = SENTENCE_OPENS.exec(sentence)?.[0];
  // `各乡镇人民政府要根据…`: a subject and its modal verb start the sentence; there is no heading.
  const heading = opened && !subjectOpens(opened, sentence) ? opened : undefined;
  return word ?? heading ?? UNIT_MUST.exec(sentence)?.[0] ?? null;
}

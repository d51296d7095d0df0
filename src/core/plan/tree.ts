/**
 * The outline as the text writes it, read the way a person does: a numbering level not seen yet
 * opens inside the item above it; a level already open closes everything below it and adds a
 * sibling. So depth comes from the document, not from a fixed scheme — `1.` can be a task in one
 * section and sit under `（一）` in the next. The conventional order (一、 › （一） › 1. › （1） › ①)
 * only breaks ties: a `（一）` after a stray `1.` is not put inside it.
 */
import type { Entry } from './body-lines';
import { LEVEL_RANK, type Marker } from './markers';

export interface OutlineNode {
  marker: Marker;
  /** 0-based index into the cleaned lines. */
  line: number;
  parent: OutlineNode | null;
  children: OutlineNode[];
  /** Unnumbered lines that follow the item before anything deeper (0-based indexes). */
  body: number[];
  /** Position among all nodes, in document order. */
  order: number;
}

export interface Outline {
  roots: OutlineNode[];
  /** Every node in document order. */
  nodes: OutlineNode[];
  /** Text lines before the first numbered line. */
  preamble: number[];
  /** Lists run into one line (`1、甲；2、乙`), with their place among the nodes. */
  lists: { marker: Marker; line: number; order: number }[];
}

function rank(level: string): number | undefined {
  return LEVEL_RANK[level];
}

function isClosedShi(node: OutlineNode | undefined): boolean {
  return node?.marker.level === 'shi' && !/[:：]$/.test(node.marker.rest.trim());
}

/** Pops the stack to where an item of `level` belongs. */
function placeFor(stack: OutlineNode[], level: string): void {
  // `一是` paragraphs hold nothing (any other item closes them) unless they end by announcing a list:
  // `一是扎实推进产业强镇。…共谋划农业项目5个：` holds the `（一）…（五）` after it.
  while (level !== 'shi' && isClosedShi(stack[stack.length - 1])) stack.pop();
  const open = stack.findIndex((n) => n.marker.level === level);
  if (open >= 0) {
    stack.length = open;
    return;
  }
  const own = rank(level);
  if (own === undefined) return;
  while (stack.length > 0) {
    const top = rank(stack[stack.length - 1]?.marker.level ?? '');
    // Top levels (一、, 第一条…) never sit inside a word marker such as 任务1：.
    const pop = top === undefined ? own <= 0 : top > own;
    if (!pop) return;
    stack.pop();
  }
}

export function buildOutline(entries: readonly Entry[]): Outline {
  const outline: Outline = { roots: [], nodes: [], preamble: [], lists: [] };
  const stack: OutlineNode[] = [];
  for (const entry of entries) {
    if (entry.kind === 'item') {
      placeFor(stack, entry.marker.level);
      const parent = stack[stack.length - 1] ?? null;
      const node: OutlineNode = {
        marker: entry.marker,
        line: entry.i,
        parent,
        children: [],
        body: [],
        order: outline.nodes.length,
      };
      (parent ? parent.children : outline.roots).push(node);
      outline.nodes.push(node);
      stack.push(node);
    } else if (entry.kind === 'list') {
      outline.lists.push({ marker: entry.marker, line: entry.i, order: outline.nodes.length - 0.5 });
      if (stack.length > 0) stack[stack.length - 1]?.body.push(entry.i);
      else if (outline.nodes.length === 0) outline.preamble.push(entry.i);
    } else if (entry.kind === 'close') {
      stack.length = 0;
    } else if (stack.length > 0) {
      stack[stack.length - 1]?.body.push(entry.i);
    } else if (outline.nodes.length === 0) {
      outline.preamble.push(entry.i);
    }
  }
  return outline;
}

/** All lines of `node` and its descendants, in document order. */
export function linesOf(node: OutlineNode): number[] {
  const out: number[] = [];
  const visit = (n: OutlineNode): void => {
    out.push(n.line);
    for (const b of n.body) out.push(b);
    for (const c of n.children) visit(c);
  };
  visit(node);
  return out;
}

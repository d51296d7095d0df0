/**
 * The input as cleaned lines: markdown turned into plain text (its front matter kept aside as
 * fallback metadata), every line cleaned, and text that lost its line structure (a PDF copy)
 * given it back. These lines are what task and problem line numbers refer to.
 */
import type { PlanMetadata } from './metadata';
import { fromMarkdown, looksLikeMarkdown } from './markdown';
import { cleanPlanText } from './normalize';
import { splitRunIn } from './run-in';

export interface Source {
  lines: string[];
  front: Partial<PlanMetadata>;
}

export function readSource(text: string): Source {
  const markdown = looksLikeMarkdown(text) ? fromMarkdown(text) : null;
  const lines = splitRunIn(cleanPlanText(markdown ? markdown.text : text));
  return { lines, front: markdown?.meta ?? {} };
}

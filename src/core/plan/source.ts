/**
 * The input as cleaned lines: markdown turned into plain text (its front matter kept aside as
 * fallback metadata) and every line cleaned. These lines are what task and problem line numbers
 * refer to.
 */
import type { PlanMetadata } from './metadata';
import { fromMarkdown, looksLikeMarkdown } from './markdown';
import { cleanPlanText } from './normalize';

export interface Source {
  lines: string[];
  front: Partial<PlanMetadata>;
}

export function readSource(text: string): Source {
  const markdown = looksLikeMarkdown(text) ? fromMarkdown(text) : null;
  const lines = cleanPlanText(markdown ? markdown.text : text);
  return { lines, front: markdown?.meta ?? {} };
}

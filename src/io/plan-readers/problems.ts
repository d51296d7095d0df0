/** Reader problems: what the user sees (Chinese) and what we log. */
import type { Problem } from '../../core/plan/types';

export function readerProblem(code: string, message: string, detail?: string): Problem {
  return detail === undefined ? { code, message } : { code, message, detail };
}

export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

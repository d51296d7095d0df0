/**
 * Undo/redo as a pure value. It holds operations, not grid rows, so sorting or filtering the grid
 * never touches it; undoing applies the stored inverse through the same applyOperation.
 */
import { applyOperation, isNoop, type ApplyResult, type Operation } from './operations';
import type { Workbook } from './types';

export interface HistoryEntry {
  label: string;
  /** Re-does the step. */
  forward: Operation;
  /** Undoes the step. */
  backward: Operation;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  readonly limit: number;
}

export function createHistory(limit = 200): History {
  return { past: [], future: [], limit };
}

/** Record an applied operation; a new step clears what could be redone. No-ops are not recorded. */
export function push(history: History, op: Operation, result: ApplyResult): History {
  if (isNoop(result)) return history;
  const past = [...history.past, { label: op.label, forward: op, backward: result.inverse }];
  return { ...history, past: past.slice(-history.limit), future: [] };
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

/** For the button's tooltip: 撤销“粘贴”. */
export function undoLabel(history: History): string | null {
  return history.past.at(-1)?.label ?? null;
}

export function redoLabel(history: History): string | null {
  return history.future.at(-1)?.label ?? null;
}

export interface Step {
  history: History;
  result: ApplyResult;
}

export function undo(history: History, workbook: Workbook, now: string): Step | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  const result = applyOperation(workbook, entry.backward, now);
  const redoEntry: HistoryEntry = { label: entry.label, forward: result.inverse, backward: entry.backward };
  return {
    history: { ...history, past: history.past.slice(0, -1), future: [...history.future, redoEntry] },
    result,
  };
}

export function redo(history: History, workbook: Workbook, now: string): Step | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  const result = applyOperation(workbook, entry.forward, now);
  const undoEntry: HistoryEntry = { label: entry.label, forward: entry.forward, backward: result.inverse };
  return {
    history: { ...history, past: [...history.past, undoEntry], future: history.future.slice(0, -1) },
    result,
  };
}

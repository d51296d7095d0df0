/**
 * The open workbook as a model that emits its changes: the document plus its undo history. Every
 * edit goes through `apply` (or undo/redo), which records the step and tells every listener —
 * storage saves `applied`, the grid refreshes the changed rows, the detail panel, status bar and
 * charts redraw. A change read from storage (another tab) comes in through `adopt`: it is shown
 * but neither recorded for undo nor saved again.
 */
import { createEmitter } from '../emitter';
import { createHistory, push, redo, undo, type History, type Step } from './history';
import { applyOperation, isNoop, type ApplyResult, type Operation } from './operations';
import type { Workbook } from './types';

export interface WorkbookChange {
  workbook: Workbook;
  /** Tasks whose rows changed; undefined when anything may have (structure, a whole reload). */
  changedKeys?: readonly string[];
  /** The applied step, for storage; absent for a change that came from storage itself. */
  applied?: ApplyResult;
}

export interface OpenWorkbook {
  get(): Workbook;
  history(): History;
  apply(op: Operation, now: string): ApplyResult;
  /** False when there is nothing to undo. */
  undo(now: string): boolean;
  redo(now: string): boolean;
  adopt(workbook: Workbook, changedKeys?: readonly string[]): void;
  subscribe(listener: (change: WorkbookChange) => void): () => void;
}

function keysOf(result: ApplyResult): readonly string[] | undefined {
  return result.metaChanged ? undefined : result.changedKeys;
}

export function openWorkbookModel(initial: Workbook): OpenWorkbook {
  let workbook = initial;
  let history = createHistory();
  const changes = createEmitter<WorkbookChange>();

  function commit(result: ApplyResult): void {
    // Retyping a cell's own value changes nothing: nothing to redraw or save.
    if (isNoop(result)) return;
    workbook = result.workbook;
    changes.emit({ workbook, changedKeys: keysOf(result), applied: result });
  }

  function step(s: Step | null): boolean {
    if (!s) return false;
    history = s.history;
    commit(s.result);
    return true;
  }

  return {
    get: () => workbook,
    history: () => history,
    apply(op, now) {
      const result = applyOperation(workbook, op, now);
      history = push(history, op, result);
      commit(result);
      return result;
    },
    undo: (now) => step(undo(history, workbook, now)),
    redo: (now) => step(redo(history, workbook, now)),
    adopt(next, changedKeys) {
      workbook = next;
      changes.emit(changedKeys ? { workbook, changedKeys } : { workbook });
    },
    subscribe: changes.subscribe,
  };
}

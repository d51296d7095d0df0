/** UI state (how the app was left) kept apart from the document, in one record for the app. */
import { PERIODS } from '../../core/workbook/types';
import type { WorkbookStore } from '../../storage';
import type { UiState } from '../ui-state';

const SCOPE = 'app';

export interface UiStateStore {
  get(): UiState;
  set(patch: Partial<UiState>): Promise<void>;
}

export async function openUiState(store: WorkbookStore): Promise<UiStateStore> {
  let state: UiState = { period: '半年', ...((await store.loadUiState<UiState>(SCOPE)) ?? {}) };
  // Stored by an older or damaged version: a period we do not know falls back to the default.
  if (!PERIODS.includes(state.period)) state = { ...state, period: '半年' };
  return {
    get: () => state,
    async set(patch) {
      state = { ...state, ...patch };
      await store.saveUiState(SCOPE, state);
    },
  };
}

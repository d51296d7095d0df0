/**
 * Units' workbooks of the app's own sample plan (public/sample-plan.txt), made the way the app
 * makes them, so their reports belong to exactly the plan the app has open (same revision).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/core/plan/parse-plan';
import { createWorkbook } from '../../src/core/workbook/create-workbook';
import { applyOperation, type CellChange } from '../../src/core/workbook/operations';
import type { Workbook } from '../../src/core/workbook/types';

const SAMPLE = readFileSync(fileURLToPath(new URL('../../public/sample-plan.txt', import.meta.url)), 'utf8');
const PLAN = parsePlan(SAMPLE).plan;

/** A unit's workbook of the sample plan with these cells filled in. */
export function sampleUnit(unit: string, changes: CellChange[] = []): Workbook {
  const wb = createWorkbook(PLAN, { id: `wb-${unit}`, unit, sourceText: SAMPLE, now: '2021-06-01T00:00:00.000Z' });
  return applyOperation(wb, { type: 'setCells', label: '填写', changes }, '2021-07-01T00:00:00.000Z').workbook;
}

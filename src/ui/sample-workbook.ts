/**
 * The sample workbook of a first run: the built-in plan read by the parser and filled in as a
 * street office would by mid-year. Imported with `import()`: the plan parser is needed only here
 * and on 导入工作要点, never for the first screen of a later run.
 */
import { parsePlan } from '../core/plan/parse-plan';
import { createWorkbook } from '../core/workbook/create-workbook';
import type { Workbook } from '../core/workbook/types';
import { loadSampleText } from './sample';
import { withSampleEntries } from './sample-entries';

export async function sampleWorkbook(now: string): Promise<Workbook> {
  const text = await loadSampleText();
  const { plan } = parsePlan(text);
  const blank = createWorkbook(plan, { id: 'sample', unit: '殿前街道', sourceText: text, now, sample: true });
  return withSampleEntries(blank, now);
}

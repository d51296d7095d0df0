/**
 * `window.__planLedger`: the running app, exposed for browser tests, benchmarks and support
 * ("open the console and type __planLedger"). Declared once, here; the charts and the 汇总 view
 * publish themselves on it while they are open.
 */
import type { App } from '../ui/app';
import type { ChartsView } from '../ui/charts/charts-view';
import type { ConsolidationProbe } from '../ui/reports/consolidation-view';

export type PlanLedgerHook = App & {
  charts?: ChartsView;
  consolidation?: ConsolidationProbe;
};

declare global {
  interface Window {
    __planLedger?: PlanLedgerHook;
  }
}

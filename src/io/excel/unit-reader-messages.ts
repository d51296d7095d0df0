/** What the page and the 汇总 reading worker say to each other (structured-cloned). */
import type { UnitFile } from '../../core/report/consolidate/consolidate';

export interface UnitReadRequest {
  id: number;
  /** A File or Blob: its bytes are read in the worker, never on the page. */
  file: File;
}

/** Sent when 汇总 is clicked: load the reader while the user is still choosing files. */
export interface UnitWarmRequest {
  warm: true;
}

export type UnitReadReply = { id: number; unit: UnitFile } | { id: number; error: string };

/**
 * Everything stored or exported is a versioned envelope `{type, version, …}`. The shapes live
 * here, the numbers in ../versions.ts, and `readEnvelope` is the type guard at the boundary.
 */
import type { Problem } from '../plan/types';
import { ENVELOPE_TYPES, VERSIONS } from '../versions';
import { isRecord, type Json } from './coerce';
import type { Workbook } from './types';

export interface WorkbookEnvelope {
  type: typeof ENVELOPE_TYPES.workbook;
  version: number;
  workbook: Workbook;
}

export interface BackupEnvelope {
  type: typeof ENVELOPE_TYPES.backup;
  version: number;
  /** ISO timestamp. */
  exportedAt: string;
  workbooks: WorkbookEnvelope[];
}

export function workbookEnvelope(workbook: Workbook): WorkbookEnvelope {
  return { type: ENVELOPE_TYPES.workbook, version: VERSIONS.workbook, workbook };
}

export type EnvelopeKind = keyof typeof ENVELOPE_TYPES;

export type EnvelopeCheck = { ok: true; version: number; body: Json } | { ok: false; problem: Problem; newer: boolean };

/** What a user is told when data comes from a newer program: refuse rather than guess. */
export function newerVersionMessage(what: string, version: number, supported: number): string {
  return `${what}由更新版本的要点台账保存（数据格式第${version}版，本程序只支持到第${supported}版），为免损坏，未予读取。请更新要点台账后再打开。`;
}

/**
 * Is `value` an envelope of this kind that this program can read? Version 0 stands for data
 * written before envelopes existed; a version above ours is refused and marked `newer`.
 */
export function readEnvelope(value: unknown, kind: EnvelopeKind, what: string): EnvelopeCheck {
  if (!isRecord(value) || value.type !== ENVELOPE_TYPES[kind]) {
    return {
      ok: false,
      newer: false,
      problem: { code: 'foreign-data', message: `${what}不是要点台账的数据`, detail: describe(value) },
    };
  }
  const version = value.version;
  const supported = VERSIONS[kind];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      newer: false,
      problem: { code: 'bad-version', message: `${what}的版本号已损坏`, detail: JSON.stringify(version) },
    };
  }
  if (version > supported) {
    return {
      ok: false,
      newer: true,
      problem: { code: 'newer-version', message: newerVersionMessage(what, version, supported) },
    };
  }
  return { ok: true, version, body: value };
}

function describe(value: unknown): string {
  if (!isRecord(value)) return typeof value;
  return `type=${JSON.stringify(value.type)} keys=${Object.keys(value).slice(0, 8).join(',')}`;
}

/** 台账设置: the names a report's sign-off line prints and its title, with their defaults. */
import { isRecord, str } from './coerce';
import type { ReportSettings, Workbook } from './types';

export const DEFAULT_REPORT_SETTINGS: Readonly<ReportSettings> = {
  title: '',
  preparer: '',
  phone: '',
  reviewer: '',
  content: 'title',
};

/** The workbook's settings, defaults for what it does not have (data written before 台账设置). */
export function reportSettings(workbook: Pick<Workbook, 'report'>): ReportSettings {
  return { ...DEFAULT_REPORT_SETTINGS, ...workbook.report };
}

/** From untrusted data: each field defaulted, unknown fields kept; absent stays absent. */
export function restoreReportSettings(raw: unknown): ReportSettings | undefined {
  if (raw === undefined || raw === null) return undefined;
  const settings = isRecord(raw) ? raw : {};
  return {
    ...settings,
    title: str(settings.title).trim(),
    preparer: str(settings.preparer).trim(),
    phone: str(settings.phone).trim(),
    reviewer: str(settings.reviewer).trim(),
    content: settings.content === 'text' ? 'text' : 'title',
  };
}

export function sameSettings(a: ReportSettings, b: ReportSettings): boolean {
  return (Object.keys(DEFAULT_REPORT_SETTINGS) as (keyof ReportSettings)[]).every((k) => a[k] === b[k]);
}

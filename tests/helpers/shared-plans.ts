/**
 * The five real plans in ../shared/plans with their hand-checked expectations.
 * Read from disk on every run; never copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SHARED_PLANS_DIR = fileURLToPath(new URL('../../../shared/plans/', import.meta.url));

export const SHARED_PLAN_NAMES = [
  'huli-2021',
  'changzhou-2024',
  'sichuan-2021',
  'weihai-2013-traditional',
  'xianning-essay',
] as const;
export type SharedPlanName = (typeof SHARED_PLAN_NAMES)[number];

export interface ExpectedPlan {
  title: string | null;
  year: number | null;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  sections: { key: string; title: string }[];
  tasks: {
    key: string;
    section: string | null;
    title: string;
    optional?: boolean;
    subtasks?: { key: string; title: string }[];
  }[];
}

export function sharedPlanPath(name: SharedPlanName): string {
  return join(SHARED_PLANS_DIR, `${name}.txt`);
}

export function readSharedPlan(name: SharedPlanName): string {
  return readFileSync(sharedPlanPath(name), 'utf8');
}

export function readExpectedPlan(name: SharedPlanName): ExpectedPlan {
  return JSON.parse(readFileSync(join(SHARED_PLANS_DIR, `${name}.expected.json`), 'utf8')) as ExpectedPlan;
}

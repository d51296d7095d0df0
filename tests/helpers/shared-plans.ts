/**
 * Real plans with hand-checked expectations: the eight in ../shared/plans (read from disk on every
 * run, never copied into the repository) and the fixtures in tests/fixtures/plans (real documents
 * kept in the repository with their sources, see a-SOURCES.md and b-SOURCES.md there).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SHARED_PLANS_DIR = fileURLToPath(new URL('../../../shared/plans/', import.meta.url));
export const FIXTURE_PLANS_DIR = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));

export const SHARED_PLAN_NAMES = [
  'huli-2021',
  'changzhou-2024',
  'sichuan-2021',
  'weihai-2013-traditional',
  'xianning-essay',
  'shanghai-urban-renewal-2026',
  'gumei-elderly-fire-2022',
  'chongming-illegal-land-2020',
] as const;
export type SharedPlanName = (typeof SHARED_PLAN_NAMES)[number];

export interface ExpectedSubtask {
  key: string;
  title: string;
  optional?: boolean;
}

export interface ExpectedTask {
  key: string;
  section: string | null;
  title: string;
  optional?: boolean;
  /** The group's number as written: `(一)`, `行动1`. */
  group?: string;
  subtasks?: ExpectedSubtask[];
  deadline?: string;
  deadlineText?: string;
  lead?: string[];
  support?: string[];
}

export interface ExpectedPlan {
  title: string | null;
  year: number | null;
  years?: [number, number];
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  sections: { key: string; title: string }[];
  groups?: { number: string; section: string | null; title: string }[];
  tasks: ExpectedTask[];
}

export interface PlanCase {
  name: string;
  origin: 'shared' | 'fixture';
  path: string;
  text: string;
  expected: ExpectedPlan;
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

/** Names of the fixtures in tests/fixtures/plans that have an expectation. */
export function fixturePlanNames(): string[] {
  const files = readdirSync(FIXTURE_PLANS_DIR);
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .filter((name) => files.includes(`${name}.txt`))
    .sort();
}

function readCase(dir: string, name: string, origin: PlanCase['origin']): PlanCase {
  const path = join(dir, `${name}.txt`);
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedPlan;
  return { name, origin, path, text: readFileSync(path, 'utf8'), expected };
}

/** Every real plan with its expectation: the shared ones first, then the fixtures. */
export function planCases(): PlanCase[] {
  return [
    ...SHARED_PLAN_NAMES.map((name) => readCase(SHARED_PLANS_DIR, name, 'shared')),
    ...fixturePlanNames().map((name) => readCase(FIXTURE_PLANS_DIR, name, 'fixture')),
  ];
}

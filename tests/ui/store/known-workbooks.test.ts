import { describe, expect, it } from 'vitest';
import type { WorkbookStore } from '../../../src/storage';
import { lostWorkbooksMessage, rememberingList } from '../../../src/ui/store/known-workbooks';

/** A window whose localStorage is a Map (Node has none). */
type FakeWindow = Window & { items: Map<string, string>; writes: number };

function fakeWindow(initial: Record<string, string> = {}): FakeWindow {
  const items = new Map(Object.entries(initial));
  const win = { items, writes: 0 } as unknown as FakeWindow;
  const localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void (items.set(k, v), win.writes++),
  };
  return Object.assign(win, { localStorage });
}

function fakeStore(names: string[], durable = true): WorkbookStore {
  const rows = names.map((name, i) => ({ id: `wb${i}`, name }));
  return { durable, list: async () => rows } as unknown as WorkbookStore;
}

const KEY = 'plan-ledger.known-workbooks';

describe('the workbooks of the last run', () => {
  it('remembers each listing, an empty one too, and reads it back at the next start', async () => {
    const win = fakeWindow();
    expect(rememberingList(fakeStore([]), win).knownAtStart).toEqual({ count: 0, names: [] });
    await rememberingList(fakeStore(['甲台账', '乙台账']), win).list();
    expect(rememberingList(fakeStore([]), win).knownAtStart).toEqual({ count: 2, names: ['甲台账', '乙台账'] });
    // Deleting every workbook is not a loss: the next start knows of none.
    await rememberingList(fakeStore([]), win).list();
    expect(rememberingList(fakeStore([]), win).knownAtStart.count).toBe(0);
  });

  it('writes only when the list changed', async () => {
    const win = fakeWindow();
    const lib = rememberingList(fakeStore(['甲台账']), win);
    await lib.list();
    await lib.list();
    await lib.list();
    expect(win.writes).toBe(1);
    await rememberingList(fakeStore(['甲台账', '乙台账']), win).list();
    expect(win.writes).toBe(2);
  });

  it('says nothing for the memory store, which starts empty by design', async () => {
    const win = fakeWindow({ [KEY]: JSON.stringify({ count: 3, names: ['甲'] }) });
    const memory = rememberingList(fakeStore(['内存台账'], false), win);
    expect(memory.knownAtStart.count).toBe(0);
    await memory.list();
    expect(JSON.parse(win.items.get(KEY)!)).toEqual({ count: 3, names: ['甲'] });
  });

  it.each([
    ['not JSON', '{'],
    ['a number', '5'],
    ['a negative count', JSON.stringify({ count: -1, names: [] })],
    ['names not a list', JSON.stringify({ count: 1, names: '甲' })],
  ])('reads %s as nothing known', (_, stored) => {
    expect(rememberingList(fakeStore([]), fakeWindow({ [KEY]: stored })).knownAtStart).toEqual({ count: 0, names: [] });
  });

  it('names up to 20 workbooks and counts the rest', async () => {
    const win = fakeWindow();
    await rememberingList(fakeStore(Array.from({ length: 25 }, (_, i) => `台账${i + 1}`)), win).list();
    const known = rememberingList(fakeStore([]), win).knownAtStart;
    expect(known.names).toHaveLength(20);
    const message = lostWorkbooksMessage(known);
    expect(message).toContain('“台账1”、“台账2”');
    expect(message).toContain('等 25 本台账');
    expect(message).not.toContain('台账21');
    expect(lostWorkbooksMessage({ count: 1, names: ['甲'] })).toContain('“甲”共 1 本台账');
  });
});

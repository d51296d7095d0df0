/**
 * A reader that cannot be loaded (a blocked chunk, a stale offline copy) and a file the reader
 * cannot read are different troubles with different remedies: reload the page, or save the file
 * again. The lazy loader must never wrap the reader's own error as a load failure.
 */
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';

const DOCX = { name: '要点.docx', bytes: zipSync({ 'word/document.xml': new Uint8Array([0x3c]) }) };

afterEach(() => {
  vi.doUnmock('../../../src/io/plan-readers/read-docx');
  vi.resetModules();
});

async function freshReader() {
  vi.resetModules();
  return (await import('../../../src/io/plan-readers/read-plan-file')).readPlanFile;
}

describe('readPlanFile: load failure versus content error', () => {
  it('a reader module that fails to load says: reload the page', async () => {
    vi.doMock('../../../src/io/plan-readers/read-docx', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const result = await (await freshReader())(DOCX);
    expect(result.problems).toMatchObject([
      { code: 'reader-load-failed', message: expect.stringContaining('刷新页面') },
    ]);
  });

  it('a reader that throws on the file says: the file, save it again', async () => {
    vi.doMock('../../../src/io/plan-readers/read-docx', () => ({
      readDocx: () => {
        throw new RangeError('Invalid array length');
      },
    }));
    const result = await (await freshReader())(DOCX);
    expect(result.problems).toMatchObject([{ code: 'reader-failed', message: expect.stringContaining('另存一份') }]);
    expect(result.problems[0]?.message).not.toContain('加载');
  });

  it('a refusal of the reader itself comes through as it is', async () => {
    const result = await (await freshReader())({ name: '要点.docx', bytes: DOCX.bytes.slice(0, 30) });
    expect(result.problems.map((p) => p.code)).toEqual(['archive-damaged']);
  });
});

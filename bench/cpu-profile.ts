/**
 * A Chromium CPU profile (CDP Profiler) around one step of a benchmark, summarised as the
 * functions with the most self time: where the milliseconds went, not a flame graph to open.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  fn: string;
  ms: number;
  share: number;
}

/** `name file:line` of a frame, through the build's source maps when the bench built with them. */
type Namer = (frame: ProfileNode['callFrame']) => string;

function plainName({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const file =
    url
      .split('/')
      .pop()
      ?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Names from `dist`'s .map files: the source file and line (and original name) of minified code. */
export function sourceMapNamer(dist: string): Namer {
  const maps = new Map<string, SourceMapConsumer | null>();
  const consumer = (url: string) => {
    const file = join(dist, new URL(url).pathname);
    if (!maps.has(file))
      maps.set(
        file,
        existsSync(`${file}.map`)
          ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap)
          : null,
      );
    return maps.get(file) ?? null;
  };
  return (frame) => {
    if (!frame.url.startsWith('http')) return plainName(frame);
    const map = consumer(frame.url);
    const at = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!at?.source) return plainName(frame);
    const source = at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    const name =
      frame.functionName && frame.functionName.length > 2 ? frame.functionName : (at.name ?? frame.functionName);
    return `${name || '(anonymous)'} ${relative('.', source)}:${at.line}`;
  };
}

/** Self time per function (name + file), largest first. */
export function summarise(profile: Profile, top = 15, nameOf: Namer = plainName): SelfTime[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const name = nameOf(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  });
  return [...self]
    .map(([fn, ms]) => ({ fn, ms, share: total > 0 ? ms / total : 0 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

/** Profile `step` in the page; print and store the top self-time functions. */
export async function profiled<T>(page: Page, label: string, step: () => Promise<T>, nameOf?: Namer): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await step();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  const top = summarise(profile, 15, nameOf);
  const lines = top.map(
    (t) => `| ${t.fn.replaceAll('|', '\\|')} | ${t.ms.toFixed(1)} | ${(t.share * 100).toFixed(1)} % |`,
  );
  const text = [
    `Profile: ${label} (top self time)`,
    '',
    '| function | self (ms) | share |',
    '|---|---:|---:|',
    ...lines,
  ].join('\n');
  console.log(`\n${text}\n`);
  mkdirSync(join('bench', 'results'), { recursive: true });
  writeFileSync(join('bench', 'results', `profile-${label.replace(/\W+/g, '-')}.md`), `${text}\n`);
  return result;
}

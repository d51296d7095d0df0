/**
 * Word automatic numbering from numbering.xml: the numbers live there, not in the text, so a
 * reader that ignores them loses every `一、` and `1.` (mammoth#92, #228). Counters run per
 * abstract list, as in Word: a second w:num on the same abstractNum continues the count unless
 * its w:lvlOverride/w:startOverride restarts it.
 */
import { formatNumber } from './docx-number-format';
import { xmlEvents } from './xml';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suff: 'tab' | 'space' | 'nothing';
}

interface NumberingDefinitions {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

function newLevel(): Level {
  return { start: 1, numFmt: 'decimal', lvlText: '', suff: 'tab' };
}

export function parseNumbering(xml: string): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), nums: new Map() };
  let abstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; overrides: Map<number, number> } | null = null;
  let overrideLevel = -1;
  for (const ev of xmlEvents(xml)) {
    if (ev.type === 'close') {
      if (ev.name === 'w:abstractNum') abstract = null;
      else if (ev.name === 'w:lvl') level = null;
      else if (ev.name === 'w:num') num = null;
      else if (ev.name === 'w:lvlOverride') overrideLevel = -1;
      continue;
    }
    if (ev.type !== 'open') continue;
    const val = ev.attrs['w:val'] ?? '';
    switch (ev.name) {
      case 'w:abstractNum':
        abstract = new Map();
        defs.abstracts.set(ev.attrs['w:abstractNumId'] ?? '', abstract);
        break;
      case 'w:lvl':
        if (abstract && !num) {
          level = newLevel();
          abstract.set(Number(ev.attrs['w:ilvl'] ?? 0), level);
        }
        break;
      case 'w:start':
        if (level) level.start = Number(val) || 0;
        break;
      case 'w:numFmt':
        if (level) level.numFmt = val;
        break;
      case 'w:lvlText':
        if (level) level.lvlText = val;
        break;
      case 'w:suff':
        if (level && (val === 'tab' || val === 'space' || val === 'nothing')) level.suff = val;
        break;
      case 'w:num':
        num = { abstractId: '', overrides: new Map() };
        defs.nums.set(ev.attrs['w:numId'] ?? '', num);
        break;
      case 'w:abstractNumId':
        if (num) num.abstractId = val;
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(ev.attrs['w:ilvl'] ?? 0);
        break;
      case 'w:startOverride':
        if (num && overrideLevel >= 0) num.overrides.set(overrideLevel, Number(val) || 0);
        break;
    }
  }
  return defs;
}

const SUFFIX = { tab: '\t', space: ' ', nothing: '' } as const;

/** Hands out the rendered number of each numbered paragraph in document order. */
export class NumberingCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly overridden = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label a paragraph with (numId, ilvl) shows, e.g. `（三）\t`; '' when it has none. */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    const levels = num ? this.defs.abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || numId === '0') return '';
    const counts = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counts);
    const override = num.overrides.get(ilvl);
    const overrideKey = `${numId}/${ilvl}`;
    if (override !== undefined && !this.overridden.has(overrideKey)) {
      this.overridden.add(overrideKey);
      counts[ilvl] = override - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) counts[deeper] = undefined;
    const text = level.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const kLevel = levels.get(k);
      return formatNumber(counts[k] ?? kLevel?.start ?? 1, kLevel?.numFmt ?? 'decimal');
    });
    if (level.numFmt === 'bullet' || level.numFmt === 'none' || text === '') return '';
    return text + SUFFIX[level.suff];
  }
}

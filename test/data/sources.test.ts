// Every value of the rule data rests on a source, and every source can be found again: it has a
// date and an address. A document with no address to give says why in a note starting
// "no address:", and only the documents listed in NO_ADDRESS may do so.
import { describe, expect, it } from 'vitest';
import * as program from 'regional-innovation-rnd/program';
import * as regions from 'regional-innovation-rnd/regions';
import * as industries from 'regional-innovation-rnd/industries';
import { DPI_2026 } from '../../src/industries/sources';
import * as ktop from 'regional-innovation-rnd/ktop';
import * as sources from 'regional-innovation-rnd/sources';
import type { SourceRef } from 'regional-innovation-rnd/rules';

/** The documents that have no address, each saying why (the official code table was not seen). */
// The code table is community-consistent, not one document; the 대구 research report was seen only
// through a summary.
const NO_ADDRESS: readonly SourceRef[] = [sources.REGION_CODE_TABLE, DPI_2026];

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;

interface Found {
  /** Evidence-like objects (they carry a confidence) by path. */
  readonly evidence: [string, Record<string, unknown>][];
  /** Source records (a title and a publisher) by path. */
  readonly sourceRefs: [string, Record<string, unknown>][];
}

/** Walks any data generically, as examples/guides/new-edition.ts's evidenceOf does. */
function collect(value: unknown, path: string, found: Found = { evidence: [], sourceRefs: [] }): Found {
  if (typeof value !== 'object' || value === null) return found;
  const node = value as Record<string, unknown>;
  if ('confidence' in node) found.evidence.push([path, node]);
  if (typeof node['title'] === 'string' && typeof node['publisher'] === 'string') {
    found.sourceRefs.push([path, node]);
  }
  for (const [key, child] of Object.entries(node)) collect(child, `${path}.${key}`, found);
  return found;
}

/** What is wrong with a piece of evidence, or `undefined`. */
function evidenceProblem(node: Record<string, unknown>): string | undefined {
  const list = node['sources'];
  if (!Array.isArray(list)) return 'no sources';
  return list.length === 0 ? 'an empty source list' : undefined;
}

/** What is wrong with a source record, or `undefined`. */
function sourceProblem(node: Record<string, unknown>): string | undefined {
  const { date, url, note } = node;
  if (typeof date !== 'string' || !DATE.test(date)) return 'no date (YYYY, YYYY-MM or YYYY-MM-DD)';
  if (url !== undefined)
    return typeof url === 'string' && url.startsWith('https://') ? undefined : 'a bad url';
  const documented = typeof note === 'string' && note.startsWith('no address:');
  if (!documented) return 'no url, and no note starting "no address:"';
  const listed = NO_ADDRESS.some((ref) => ref.title === node['title'] && ref.publisher === node['publisher']);
  return listed ? undefined : 'no url: not one of the documents known to have none';
}

/** Every problem in the data, as `path: problem`: with `evidence`, evidence without a source too. */
function problems(data: unknown, name: string, { evidence = true } = {}): string[] {
  const found = collect(data, name);
  return [
    ...(evidence ? found.evidence : []).flatMap(([path, node]) => {
      const problem = evidenceProblem(node);
      return problem === undefined ? [] : [`${path}: ${problem}`];
    }),
    ...found.sourceRefs.flatMap(([path, node]) => {
      const problem = sourceProblem(node);
      return problem === undefined ? [] : [`${path}: ${problem}`];
    }),
  ];
}

/** The data a module exports: its non-function values. */
const dataOf = (module: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(module).filter(([, value]) => typeof value === 'object' && value !== null),
  );

/** The rule data of the editions and the program: every value there has evidence with a source. */
const RULE_DATA = { EDITIONS: program.EDITIONS, PROGRAM: program.PROGRAM } as const;

/** Everything the library ships that cites a source: each source record has a date and an address. */
const CITING_DATA = {
  program: dataOf(program),
  regions: dataOf(regions),
  industries: dataOf(industries),
  ktop: dataOf(ktop),
  sources: dataOf(sources),
} as const;

describe('the checks themselves', () => {
  it('find evidence without a source, and sources without a date or an address', () => {
    const bad = {
      a: { confidence: 'confirmed', sources: [] },
      b: { confidence: 'reported' },
      c: {
        sources: [{ title: 't', publisher: 'p', date: '2025-13', url: 'https://x.kr' }],
        confidence: 'derived',
      },
      d: { title: 't', publisher: 'p', date: '2025-01-30' },
      e: { title: 't', publisher: 'p', date: '2025-01-30', note: 'no address: a printed notice' },
      f: { title: 't', publisher: 'p', date: '2025', url: 'http://x.kr' },
    };
    expect(problems(bad, 'bad')).toEqual([
      'bad.a: an empty source list',
      'bad.b: no sources',
      'bad.c.sources.0: no date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'bad.d: no url, and no note starting "no address:"',
      'bad.e: no url: not one of the documents known to have none',
      'bad.f: a bad url',
    ]);
  });

  it('accept a dated source with an address, and the documented source without one', () => {
    const good = {
      evidence: {
        confidence: 'confirmed',
        sources: [sources.MSS_PRESS_RELEASE_2025_01_24, sources.REGION_CODE_TABLE],
      },
    };
    expect(problems(good, 'good')).toEqual([]);
  });
});

describe('rule data: every value has a source', () => {
  it.each(Object.keys(RULE_DATA))('%s: each evidence record has at least one source', (name) => {
    const data = RULE_DATA[name as keyof typeof RULE_DATA];
    const { evidence } = collect(data, name);
    // The walk reaches the data: with no evidence found the test would pass vacuously.
    expect(evidence.length).toBeGreaterThanOrEqual(10);
    expect(problems(data, name)).toEqual([]);
  });

  it('reaches the evidence of every edition value', () => {
    for (const id of program.EDITION_IDS) {
      const paths = collect(program.EDITIONS[id], id).evidence.map(([path]) => path);
      for (const expected of [
        `${id}.applicationWindow.provenance`,
        `${id}.tracks.capability.provenance.maxGrantTotal`,
        `${id}.costSharing.large.provenance`,
        `${id}.tracks.supply-chain.consortium.requirements.0.countsLeadProvenance`,
        `${id}.eligibility.salesRule.provenance`,
        `${id}.call.provenance.announced`,
      ]) {
        expect(paths, expected).toContain(expected);
      }
    }
  });
});

describe('sources: every source record has a date and an address', () => {
  it.each(Object.keys(CITING_DATA))('%s', (name) => {
    const data = CITING_DATA[name as keyof typeof CITING_DATA];
    const { sourceRefs } = collect(data, name);
    expect(sourceRefs.length).toBeGreaterThan(0);
    expect(problems(data, name, { evidence: false })).toEqual([]);
  });

  it('knows exactly the documented documents without an address, each saying why', () => {
    const missing = collect(CITING_DATA, 'data').sourceRefs.filter(([, node]) => node['url'] === undefined);
    const titles = new Set(missing.map(([, node]) => node['title']));
    expect([...titles]).toEqual(NO_ADDRESS.map((ref) => ref.title));
    for (const ref of NO_ADDRESS) expect(ref.note).toMatch(/^no address: ./u);
  });
});

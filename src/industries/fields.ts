import type { Confidence, SourceRef } from '../rules/types';
import { readList } from '../rules/readList';

/** A path below the value being read. */
export type Path = readonly (string | number)[];

/** Throws the reader's error for the value at `path`. */
export type Refuse = (input: unknown, path: Path) => never;

/** The most industries a catalogue or an addition may hold, and the most names or sources one may have. */
export const MAX_INDUSTRIES = 10_000;
export const MAX_NAMES = 1_000;

/** A plain record: an object literal (or one without a prototype), not an array, a Date or a Map. */
export function isFields(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Whether a value is one of the three confidences. */
export function isConfidence(value: unknown): value is Confidence {
  return value === 'confirmed' || value === 'reported' || value === 'derived';
}

/** A list of at most `maxLength` items, copied; anything else is refused at `path` (or at its first hole). */
export function listAt(value: unknown, path: Path, maxLength: number, refuse: Refuse): unknown[] {
  return readList(value, maxLength, (index) =>
    refuse(index === null ? value : undefined, index === null ? path : [...path, index]),
  );
}

function readSource(value: unknown, path: Path, refuse: Refuse): SourceRef {
  if (!isFields(value)) return refuse(value, path);
  const source: { -readonly [K in keyof SourceRef]: SourceRef[K] } = { title: '', publisher: '', date: '' };
  for (const field of ['title', 'publisher', 'date'] as const) {
    const text = value[field];
    if (typeof text !== 'string' || text.trim() === '') return refuse(text, [...path, field]);
    source[field] = text.trim();
  }
  for (const field of ['url', 'locator', 'note'] as const) {
    const text = value[field];
    if (text !== undefined && typeof text !== 'string') return refuse(text, [...path, field]);
    if (text !== undefined) source[field] = text;
  }
  return source;
}

/** A list of sources (title, publisher and date required; url, locator and note optional), copied. */
export function readSources(value: unknown, path: Path, refuse: Refuse): SourceRef[] {
  return listAt(value, path, MAX_NAMES, refuse).map((source, j) => readSource(source, [...path, j], refuse));
}

/**
 * Annotations the analyst makes by hand: a claim, source, quote or note on a range of the
 * current text, with the answers of the command's prompts (or its argument object).
 */
import type { Identity } from '../analysis/types';
import { describe } from '../anchoring';
import { newAnnotationId, seedFor } from '../sidecar/annotation-id';
import type { Annotation, AnnotationKind, AnnotationStatus } from '../sidecar/types';
import { isHighSurrogate, isLowSurrogate } from '../text/surrogates';
import { AnnotateError } from './annotate-error';
import { stampNew, type Stamp } from './placed-annotation';

/** What a new annotation is made of (offsets: UTF-16 code units into `text`, end exclusive). */
export interface NewAnnotationInput {
  readonly kind: AnnotationKind;
  readonly start: number;
  readonly end: number;
  /** Sources: required. */
  readonly identity?: Identity;
  readonly role?: string;
  readonly reason?: string;
  /** Quotes: the speaker's source annotation id. */
  readonly speaker?: string;
  /** Quotes: direct speech; absent: guessed from quotation marks around the words. */
  readonly direct?: boolean;
  /** Claims: the source annotation id it rests on. */
  readonly source?: string;
  readonly status?: AnnotationStatus;
  readonly note?: string;
  readonly tags?: readonly string[];
}

/** Opening and closing quotation marks of Arabic, English and French text. */
const OPENING = new Set(['"', '«', '“', '„', '‘', '‹', "'"]);
const CLOSING = new Set(['"', '»', '”', '“', '’', '›', "'"]);

/**
 * Checks that `[start, end)` is a non-empty range of `text` that splits no surrogate pair.
 * @throws AnnotateError `range` otherwise.
 */
export function checkRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new AnnotateError('range', 'range', `[${start}, ${end}) in a text of ${text.length}`);
  }
  const splits = (at: number): boolean => at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
  if (splits(start) || splits(end)) throw new AnnotateError('range', 'range', 'splits a surrogate pair');
  if (text.slice(start, end).trim() === '') throw new AnnotateError('range', 'range', 'white space only');
}

/** Whether the words at `[start, end)` stand between quotation marks (inside or just outside). */
export function looksDirect(text: string, start: number, end: number): boolean {
  const inner = OPENING.has(text.charAt(start)) && CLOSING.has(text.charAt(end - 1));
  const outer = start > 0 && OPENING.has(text.charAt(start - 1)) && CLOSING.has(text.charAt(end));
  return inner || outer;
}

/**
 * A new annotation of `input` on `text`, `unverified` unless a status is given, its id new
 * (not in `taken`: pass the sidecar's ids and retired ids). References are not checked here
 * (the sidecar document checks them when it is added).
 * @throws AnnotateError `range` for a bad range, `missing` for a source without identity.
 */
export function newAnnotation(text: string, input: NewAnnotationInput, taken: ReadonlySet<string>, stamp: Stamp): Annotation {
  checkRange(text, input.start, input.end);
  if (input.kind === 'source' && input.identity === undefined) throw new AnnotateError('identity', 'missing');
  const target = describe(text, input.start, input.end);
  const id = newAnnotationId(input.kind, taken, seedFor(input.kind, target.exact, input.start));
  const base = { id, kind: input.kind, target };
  const common = {
    status: input.status ?? 'unverified',
    ...(input.note !== undefined && input.note !== '' ? { note: input.note } : {}),
    ...(input.tags !== undefined && input.tags.length > 0 ? { tags: [...input.tags] } : {}),
    ...stampNew(stamp),
  };
  switch (input.kind) {
    case 'source':
      return {
        ...base, identity: input.identity,
        ...(input.role ? { role: input.role } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
        ...common,
      } as Annotation;
    case 'quote':
      return {
        ...base,
        ...(input.speaker !== undefined ? { speaker: input.speaker } : {}),
        direct: input.direct ?? looksDirect(text, input.start, input.end),
        ...common,
      } as Annotation;
    case 'claim':
      return { ...base, ...(input.source !== undefined ? { source: input.source } : {}), ...common } as Annotation;
    case 'note':
      return { ...base, ...common } as Annotation;
  }
}

/**
 * Where a source typed by its label is in the text: the occurrence of `label` nearest to
 * `near` (before it preferred on a tie, as a speaker is usually named before the quote);
 * `null` when the label is not in the text. Matching is exact (case and diacritics count).
 */
export function findLabel(text: string, label: string, near: number): { start: number; end: number } | null {
  const needle = label.trim();
  if (needle === '') return null;
  let best: number | null = null;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const distance = (x: number): number => (x + needle.length <= near ? near - (x + needle.length) : x >= near ? x - near + 0.5 : 0);
    if (best === null || distance(at) < distance(best)) best = at;
  }
  return best === null ? null : { start: best, end: best + needle.length };
}

/**
 * Cases for store.test.ts: atomic writes that fail part-way, and sidecars changed on disk
 * between load and save.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import type { SidecarDocument } from '../../../src/core/sidecar';
import type { Sidecar } from '../../../src/core/sidecar/types';
import type { WriteData } from '../../../src/io/atomic-write';
import { offsetOf, SEED_TEXT, targetAt } from './temp-sidecars';

/** A write that must fail and leave the target (and the folder) as they were. */
export interface FailingWriteCase {
  readonly name: string;
  /** Prepares `dir`; returns the path to write to. */
  readonly setup: (dir: string) => string;
  readonly data: WriteData;
  readonly overwrite?: boolean;
  /** What the rejection must look like: an error code (`EISDIR`) or a message pattern. */
  readonly expect: { readonly code?: readonly string[]; readonly message?: RegExp };
}

const OLD = 'version: 1 # the old content, byte for byte\n';

/** Yields half of a long text, then fails like a disk that fills up mid-write. */
function* failingHalfway(): Generator<string> {
  yield 'x'.repeat(64 * 1024);
  yield 'y'.repeat(64 * 1024);
  throw new Error('simulated failure while producing the data');
}

export const FAILING_WRITES: readonly FailingWriteCase[] = [
  {
    name: 'data that throws half-way through writing an existing file',
    setup: (dir) => writeOld(dir, 'a.yaml'),
    data: failingHalfway(),
    expect: { message: /simulated failure/ },
  },
  {
    name: 'data that throws half-way through writing a new file',
    setup: (dir) => path.join(dir, 'new.yaml'),
    data: failingHalfway(),
    expect: { message: /simulated failure/ },
  },
  {
    name: 'the target is a folder (the rename fails after the temp file was written)',
    setup: (dir) => {
      const target = path.join(dir, 'folder.yaml');
      fs.mkdirSync(target);
      fs.writeFileSync(path.join(target, 'inside.txt'), 'keep me');
      return target;
    },
    data: 'replacement',
    expect: { code: ['EISDIR', 'ENOTEMPTY', 'EEXIST', 'EPERM'] },
  },
  {
    name: 'the folder does not exist',
    setup: (dir) => path.join(dir, 'missing', 'a.yaml'),
    data: 'replacement',
    expect: { code: ['ENOENT'] },
  },
  {
    name: 'the folder is a file',
    setup: (dir) => path.join(writeOld(dir, 'plain'), 'a.yaml'),
    data: 'replacement',
    expect: { code: ['ENOTDIR', 'ENOENT'] },
  },
  {
    name: 'overwrite: false and the file exists',
    setup: (dir) => writeOld(dir, 'a.yaml'),
    data: 'replacement',
    overwrite: false,
    expect: { code: ['EEXIST'] },
  },
];

function writeOld(dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, OLD);
  return file;
}

/** A change made to the loaded document in memory ("ours"). */
type OurChange = (doc: SidecarDocument) => void;
/** A change another editor made to the file on disk ("theirs"), on its YAML text. */
type TheirChange = (yamlText: string) => string;

/** Two writers, one merge. */
export interface MergeCase {
  readonly name: string;
  readonly ours: OurChange;
  readonly theirs: TheirChange;
  readonly expectConflicts: readonly string[];
  /** Checks the sidecar read back from disk after the save. */
  readonly check: (saved: Sidecar, savedText: string) => void;
}

/** Sets `field` of annotation `id` in YAML text with the `yaml` package (as a hand edit would). */
export function setField(id: string, field: string, value: unknown): TheirChange {
  return (text) => {
    const doc = parseDocument(text);
    const index = (doc.toJS() as Sidecar).annotations.findIndex((a) => a.id === id);
    if (index < 0) throw new Error(`test setup: no annotation ${id}`);
    doc.setIn(['annotations', index, field], value);
    return doc.toString({ lineWidth: 0 });
  };
}

/** Adds a note annotation on `phrase` at the end of the list (a hand edit; order not kept). */
export function addNote(id: string, phrase: string, note: string): TheirChange {
  return (text) => {
    const doc = parseDocument(text);
    const start = offsetOf(SEED_TEXT, phrase);
    doc.addIn(['annotations'], { id, kind: 'note', target: targetAt(SEED_TEXT, start, start + phrase.length), status: 'unverified', note });
    return doc.toString({ lineWidth: 0 });
  };
}

/** Deletes annotation `id` from YAML text. */
export function deleteAnnotation(id: string): TheirChange {
  return (text) => {
    const doc = parseDocument(text);
    const index = (doc.toJS() as Sidecar).annotations.findIndex((a) => a.id === id);
    doc.deleteIn(['annotations', index]);
    return doc.toString({ lineWidth: 0 });
  };
}

function byId(sidecar: Sidecar, id: string) {
  const found = sidecar.annotations.find((a) => a.id === id);
  if (!found) throw new Error(`annotation ${id} is missing from the saved sidecar`);
  return found;
}

export const MERGE_CASES: readonly MergeCase[] = [
  {
    name: 'different annotations: A changed in memory; B changed and C added on disk -> all three survive',
    ours: (doc) => doc.updateAnnotation('qt-peskov', { note: 'ours: checked against TASS' }),
    theirs: (t) => addNote('note-wagner', 'مجموعة فاغنر', 'theirs: added')(setField('clm-2019', 'status', 'verified')(t)),
    expectConflicts: [],
    check: (saved) => {
      if (byId(saved, 'qt-peskov').note !== 'ours: checked against TASS') throw new Error('our note was lost');
      if (byId(saved, 'clm-2019').status !== 'verified') throw new Error('their status change was lost');
      if (byId(saved, 'note-wagner').note !== 'theirs: added') throw new Error('their new annotation was lost');
    },
  },
  {
    name: 'the same field of the same annotation -> a conflict, both versions in the file',
    ours: (doc) => doc.updateAnnotation('qt-peskov', { note: 'OURS-NOTE' }),
    theirs: setField('qt-peskov', 'note', 'THEIRS-NOTE'),
    expectConflicts: ['qt-peskov'],
    check: (saved, text) => {
      const a = byId(saved, 'qt-peskov');
      if (!a.conflict) throw new Error('no conflict block on qt-peskov');
      if (!text.includes('OURS-NOTE') || !text.includes('THEIRS-NOTE')) throw new Error('one version is not in the file');
    },
  },
  {
    name: 'deleted on disk, changed in memory -> kept, with the conflict visible',
    ours: (doc) => doc.updateAnnotation('clm-2019', { note: 'ours: still needed' }),
    theirs: deleteAnnotation('clm-2019'),
    expectConflicts: ['clm-2019'],
    check: (saved, text) => {
      if (!text.includes('ours: still needed')) throw new Error('our change was lost');
      const a = saved.annotations.find((x) => x.id === 'clm-2019');
      if (!a?.conflict) throw new Error('the delete/change conflict is not visible on clm-2019');
    },
  },
  {
    name: 'removed in memory, untouched on disk; another annotation changed on disk -> removal and change both kept',
    ours: (doc) => doc.removeAnnotation('clm-2019'),
    theirs: setField('qt-no-fight', 'note', 'theirs: second source?'),
    expectConflicts: [],
    check: (saved) => {
      if (saved.annotations.some((a) => a.id === 'clm-2019')) throw new Error('our removal was undone');
      if (byId(saved, 'qt-no-fight').note !== 'theirs: second source?') throw new Error('their change was lost');
    },
  },
  {
    name: 'only a comment added on disk -> the comment and our change both kept',
    ours: (doc) => doc.updateAnnotation('qt-peskov', { status: 'verified' }),
    theirs: (t) => t.replace('annotations:\n', 'annotations: # reviewed by the desk\n'),
    expectConflicts: [],
    check: (saved, text) => {
      if (byId(saved, 'qt-peskov').status !== 'verified') throw new Error('our change was lost');
      if (!text.includes('# reviewed by the desk')) throw new Error('their comment was lost');
    },
  },
];

/** Article encodings whose offsets must stay exact. */
export interface EncodingCase {
  readonly name: string;
  readonly bom: boolean;
  readonly crlf: boolean;
}

export const ENCODING_CASES: readonly EncodingCase[] = [
  { name: 'UTF-8, LF', bom: false, crlf: false },
  { name: 'UTF-8 with BOM, LF', bom: true, crlf: false },
  { name: 'UTF-8, CRLF', bom: false, crlf: true },
  { name: 'UTF-8 with BOM, CRLF', bom: true, crlf: true },
];

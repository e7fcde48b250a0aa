import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analysis';
import {
  AnnotateError, addReply, deleteReply, editReply, findingAt, findLabel, looksDirect, newAnnotation, planAcceptAll, planAcceptFinding,
  retargetDocument, type PlacedAnnotation,
} from '../../../src/core/annotate';
import { describe as describeTarget } from '../../../src/core/anchoring';
import { createSidecarDocument, type Annotation } from '../../../src/core/sidecar';
import { ACCEPT_ALL_CASES, ANALYSIS, BAD_RANGES, LABELS, TEXT } from './annotate.cases';

const SEED = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'haftar-moscow.ar.txt'), 'utf8');
const STAMP = { author: 'amal', now: '2026-12-01T10:00:00Z' };

function placedFrom(existing: readonly ['source' | 'quote' | 'claim' | 'note', number | null, number | null][]): PlacedAnnotation[] {
  return existing.map(([kind, start, end], i) => ({
    annotation: { id: `x-${i}`, kind, status: 'unverified', target: describeTarget(TEXT, start ?? 0, end ?? 1), ...(kind === 'source' ? { identity: 'named' } : {}) } as Annotation,
    start, end,
  }));
}

describe('planAcceptAll', () => {
  for (const c of ACCEPT_ALL_CASES) {
    it(c.name, () => {
      const placed = placedFrom(c.existing);
      const plan = planAcceptAll(ANALYSIS, { text: TEXT, placed, taken: new Set(placed.map((p) => p.annotation.id)), stamp: STAMP });
      assert.deepEqual(plan.added.map((a) => a.kind), c.added);
      // Every reference points at a source added before it, or an existing one.
      const known = new Set(placed.filter((p) => p.annotation.kind === 'source').map((p) => p.annotation.id));
      for (const a of plan.added) {
        for (const ref of [a.speaker, a.source]) if (ref !== undefined) assert.ok(known.has(ref), `${a.id} -> ${ref}`);
        if (a.kind === 'source') known.add(a.id);
        assert.equal(a.author, 'amal');
        assert.equal(a.created, STAMP.now);
      }
    });
  }

  it('on the seed article: a valid sidecar, and running it again adds nothing', () => {
    const analysis = analyze(SEED);
    const first = planAcceptAll(analysis, { text: SEED, placed: [], taken: new Set(), stamp: STAMP });
    assert.ok(first.added.length > 20);
    const doc = createSidecarDocument({ version: 1, article: { path: 'a.txt' }, annotations: [] });
    for (const a of first.added) doc.addAnnotation(a);
    const placed = doc.sidecar.annotations.map((a) => ({ annotation: a, start: a.target.start, end: a.target.end }));
    const second = planAcceptAll(analysis, { text: SEED, placed, taken: new Set(placed.map((p) => p.annotation.id)), stamp: STAMP });
    assert.deepEqual(second.added, []);
    // The specialist's 8 quotes name one anonymous source.
    const anonymous = doc.sidecar.annotations.filter((a) => a.kind === 'source' && a.identity === 'anonymous').map((a) => a.id);
    const quotes = doc.sidecar.annotations.filter((a) => a.kind === 'quote' && a.speaker !== undefined && anonymous.includes(a.speaker));
    assert.ok(quotes.length >= 8, `${quotes.length} quotes of anonymous sources`);
  });

  it('new ids avoid taken and retired ids', () => {
    const first = planAcceptAll(ANALYSIS, { text: TEXT, placed: [], taken: new Set(), stamp: {} });
    const taken = new Set(first.added.map((a) => a.id));
    const again = planAcceptAll(ANALYSIS, { text: TEXT, placed: [], taken, stamp: {} });
    for (const a of again.added) assert.ok(!taken.has(a.id), a.id);
  });
});

describe('planAcceptFinding', () => {
  it('a quote brings its speaker along', () => {
    const plan = planAcceptFinding(ANALYSIS, { kind: 'quote', id: 'q2' }, { text: TEXT, placed: [], taken: new Set(), stamp: {} });
    assert.deepEqual(plan.added.map((a) => [a.kind, a.target.exact]), [['source', 'A source'], ['quote', '1,000 fighters left']]);
    assert.equal(plan.added[1]?.speaker, plan.added[0]?.id);
    assert.equal(plan.added[0]?.identity, 'anonymous');
    assert.equal(plan.added[0]?.reason, 'asked not to be named');
    assert.equal(plan.id, plan.added[1]?.id);
  });
  it('an already annotated finding adds nothing and names the annotation', () => {
    const placed = placedFrom([['quote', 12, 33]]);
    const plan = planAcceptFinding(ANALYSIS, { kind: 'quote', id: 'q1' }, { text: TEXT, placed, taken: new Set(['x-0']), stamp: {} });
    assert.deepEqual(plan.added, []);
    assert.equal(plan.id, 'x-0');
  });
  it('an unknown finding is refused', () => {
    assert.throws(() => planAcceptFinding(ANALYSIS, { kind: 'claim', id: 'c9' }, { text: TEXT, placed: [], taken: new Set(), stamp: {} }),
      (e: unknown) => e instanceof AnnotateError && e.problem === 'no-finding');
  });
});

describe('findingAt', () => {
  const cases: [number, string | null][] = [[3, 's1'], [20, 'q1'], [80, 'q2'], [34, null], [6, 's1']];
  for (const [offset, id] of cases) it(`at ${offset}: ${id ?? 'nothing'}`, () => assert.equal(findingAt(ANALYSIS, offset)?.id ?? null, id));
});

describe('newAnnotation', () => {
  for (const c of BAD_RANGES) {
    it(`refuses a range: ${c.name}`, () => {
      assert.throws(() => newAnnotation(c.text, { kind: 'claim', start: c.start, end: c.end }, new Set(), {}), (e: unknown) => e instanceof AnnotateError && e.problem === c.problem);
    });
  }
  it('a source needs its identity', () => {
    assert.throws(() => newAnnotation(TEXT, { kind: 'source', start: 0, end: 6 }, new Set(), {}), (e: unknown) => e instanceof AnnotateError && e.field === 'identity');
  });
  it('a quote between quotation marks is direct; its target describes the text', () => {
    const a = newAnnotation(TEXT, { kind: 'quote', start: 12, end: 33, speaker: 'src-x', tags: ['kremlin'] }, new Set(), STAMP);
    assert.equal(a.direct, true);
    assert.deepEqual(a.target, describeTarget(TEXT, 12, 33));
    assert.deepEqual([a.kind, a.speaker, a.status, a.tags, a.author, a.created], ['quote', 'src-x', 'unverified', ['kremlin'], 'amal', STAMP.now]);
    assert.equal(looksDirect(TEXT, 74, 94), false);
  });
});

describe('findLabel', () => {
  for (const c of LABELS) {
    it(`${JSON.stringify(c.label)} near ${c.near} in ${JSON.stringify(c.text)}`, () => {
      const found = findLabel(c.text, c.label, c.near);
      assert.deepEqual(found ? [found.start, found.end] : null, c.found);
    });
  }
});

describe('retargetDocument', () => {
  it('rewrites the targets of moved annotations only; orphans stay as they were', () => {
    const plan = planAcceptAll(ANALYSIS, { text: TEXT, placed: [], taken: new Set(), stamp: {} });
    const doc = createSidecarDocument({ version: 1, article: { path: 'a.txt' }, annotations: [...plan.added] });
    const saved = `Update. ${TEXT}`;
    const [first, second, ...rest] = doc.sidecar.annotations as [Annotation, Annotation, ...Annotation[]];
    const placed: PlacedAnnotation[] = [
      { annotation: first, start: first.target.start + 8, end: first.target.end + 8 },
      { annotation: second, start: null, end: null },
      ...rest.map((a) => ({ annotation: a, start: a.target.start + 8, end: a.target.end + 8 })),
    ];
    const changed = retargetDocument(doc, placed, saved);
    assert.equal(changed.length, doc.sidecar.annotations.length - 1);
    for (const a of doc.sidecar.annotations) {
      if (a.id === second.id) assert.deepEqual(a.target, second.target);
      else assert.equal(saved.slice(a.target.start, a.target.end), a.target.exact);
    }
    assert.deepEqual(retargetDocument(doc, placed, saved), [], 'a second pass changes nothing');
  });
});

describe('replies', () => {
  const a: Annotation = { id: 'clm-a', kind: 'claim', status: 'unverified', note: 'n', target: describeTarget(TEXT, 74, 94) };
  it('add, edit, delete', () => {
    const one = addReply(a, 'first', STAMP);
    assert.match(one.reply.id, /^r-[0-9a-f]{8}$/);
    assert.deepEqual(one.reply, { id: one.reply.id, body: 'first', author: 'amal', created: STAMP.now });
    const two = addReply({ ...a, replies: one.replies }, 'second', { author: 'omar' });
    const [r1, r2] = [one.reply.id, two.reply.id];
    assert.notEqual(r1, r2);
    const edited = editReply({ ...a, replies: two.replies }, r1, 'first, edited', { now: '2026-12-01T11:00:00Z' });
    assert.deepEqual(edited.replies.map((r) => [r.id, r.body, r.modified]), [[r1, 'first, edited', '2026-12-01T11:00:00Z'], [r2, 'second', undefined]]);
    assert.deepEqual(deleteReply({ ...a, replies: edited.replies }, r1)?.map((r) => r.id), [r2]);
    assert.equal(deleteReply({ ...a, replies: [one.reply] }, r1), undefined);
  });
  it('never gives a deleted reply\'s id again (the newest deleted, then a reply added)', () => {
    const one = addReply(a, 'first', STAMP);
    const two = addReply({ ...a, replies: one.replies }, 'second', { author: 'amal', now: '2026-12-01T10:05:00Z' });
    const left = deleteReply({ ...a, replies: two.replies }, two.reply.id)!;
    const three = addReply({ ...a, replies: left }, 'second', { author: 'amal', now: '2026-12-01T10:06:00Z' });
    assert.notEqual(three.reply.id, two.reply.id);
    assert.notEqual(three.reply.id, one.reply.id);
  });
  it('refuses an empty body and an unknown reply', () => {
    assert.throws(() => addReply(a, '  ', {}), AnnotateError);
    assert.throws(() => editReply(a, 'r9', 'x', {}), AnnotateError);
    assert.throws(() => deleteReply(a, 'r9'), AnnotateError);
  });
});

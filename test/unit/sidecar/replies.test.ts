import * as assert from 'node:assert/strict';
import { newReplyId, parseSidecar, SidecarEditError } from '../../../src/core/sidecar';
import { diffLines } from './line-diff';

/** A thread written by hand, with comments inside it. */
const THREAD = `version: 1
article:
  path: a.txt
annotations:
  - id: clm-a
    kind: claim
    target: {exact: "a thousand", prefix: "", suffix: "", start: 0, end: 10}
    status: unverified
    note: check
    replies:
      # asked the desk first
      - id: r1
        body: Who else reports this?   # still open
        author: amal
      - id: r2
        body: TASS.
`;

describe('replies in the sidecar', () => {
  it('are read by the fast path and the full parser alike', () => {
    const doc = parseSidecar(THREAD, 'thread.yaml');
    assert.deepEqual(doc.sidecar.annotations[0]?.replies, [
      { id: 'r1', body: 'Who else reports this?', author: 'amal' },
      { id: 'r2', body: 'TASS.' },
    ]);
  });

  it('editing one reply changes its line only; comments in the thread stay', () => {
    const doc = parseSidecar(THREAD, 'thread.yaml');
    const replies = doc.sidecar.annotations[0]?.replies ?? [];
    doc.updateAnnotation('clm-a', { replies: [replies[0]!, { ...replies[1]!, body: 'TASS and RIA.', modified: '2026-12-01T10:00:00Z' }] });
    assert.deepEqual(diffLines(THREAD, doc.toString()), {
      removed: ['        body: TASS.'],
      added: ['        body: TASS and RIA.', '        modified: 2026-12-01T10:00:00Z'],
    });
  });

  it('deleting a reply removes its lines only', () => {
    const doc = parseSidecar(THREAD, 'thread.yaml');
    const replies = doc.sidecar.annotations[0]?.replies ?? [];
    doc.updateAnnotation('clm-a', { replies: [replies[1]!] });
    const saved = doc.toString();
    assert.ok(saved.includes('# asked the desk first'), saved);
    assert.deepEqual(diffLines(THREAD, saved).added, []);
    assert.deepEqual(parseSidecar(saved, 'saved.yaml').sidecar.annotations[0]?.replies, [{ id: 'r2', body: 'TASS.' }]);
  });

  it('refuses a duplicate reply id and leaves the document as it was', () => {
    const doc = parseSidecar(THREAD, 'thread.yaml');
    assert.throws(() => doc.updateAnnotation('clm-a', { replies: [{ id: 'r1', body: 'a' }, { id: 'r1', body: 'b' }] }), SidecarEditError);
    assert.equal(doc.toString(), THREAD);
  });

  const ids: readonly { replies: readonly { id: string; body: string }[]; also?: string[]; expected: string }[] = [
    { replies: [], expected: 'r1' },
    { replies: [{ id: 'r1', body: 'a' }, { id: 'r2', body: 'b' }], expected: 'r3' },
    { replies: [{ id: 'r7', body: 'a' }, { id: 'note-by-hand', body: 'b' }], expected: 'r8' },
    { replies: [{ id: 'r1', body: 'a' }], also: ['r4'], expected: 'r5' },
  ];
  for (const c of ids) {
    it(`newReplyId(${c.replies.map((r) => r.id).join(', ') || 'none'}${c.also ? ` + ${c.also.join(', ')}` : ''}) is ${c.expected}`, () => {
      assert.equal(newReplyId(c.replies, c.also), c.expected);
    });
  }
  it('with a seed: r- and its hash, a suffix on collision, the same seed the same id', () => {
    const id = newReplyId([], [], 'clm-a\u00002026-12-01T10:00:00Z\u0000amal\u00000\u0000first');
    assert.match(id, /^r-[0-9a-f]{8}$/);
    assert.equal(newReplyId([], [], 'clm-a\u00002026-12-01T10:00:00Z\u0000amal\u00000\u0000first'), id);
    assert.equal(newReplyId([{ id, body: 'x' }], [], 'clm-a\u00002026-12-01T10:00:00Z\u0000amal\u00000\u0000first'), `${id}-2`);
  });
});

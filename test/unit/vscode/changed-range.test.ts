/**
 * changedRange: the union of a sequence of editor changes, checked against the texts themselves
 * on random edit sequences (everything outside the range is the same in both texts).
 */
import { strict as assert } from 'node:assert';
import { changedRange } from '../../../src/vscode/article/run-analysis';
import type { TextChange } from '../../../src/core/anchoring';

describe('changedRange', () => {
  it('is null for no changes', () => assert.equal(changedRange([]), null));

  it('covers exactly one change', () => {
    assert.deepEqual(changedRange([{ rangeOffset: 3, rangeLength: 2, text: 'xyz' }]), { start: 3, oldEnd: 5, newEnd: 6 });
  });

  it('leaves the texts equal outside it, for 2,000 random sequences', () => {
    let seed = 11;
    const random = (n: number): number => Math.floor(((seed = (seed * 48271) % 2147483647) / 2147483647) * n);
    for (let run = 0; run < 2000; run++) {
      const original = 'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, 5 + random(30));
      let text = original;
      const changes: TextChange[] = [];
      for (let k = 1 + random(4); k > 0; k--) {
        const a = random(text.length + 1);
        const len = random(Math.min(4, text.length - a) + 1);
        const insert = 'XYZ'.slice(0, random(4));
        changes.push({ rangeOffset: a, rangeLength: len, text: insert });
        text = text.slice(0, a) + insert + text.slice(a + len);
      }
      const r = changedRange(changes)!;
      assert.equal(original.slice(0, r.start), text.slice(0, r.start), `prefix, run ${run}`);
      assert.equal(original.slice(r.oldEnd), text.slice(r.newEnd), `suffix, run ${run}`);
      assert.equal(original.length - r.oldEnd, text.length - r.newEnd);
    }
  });
});

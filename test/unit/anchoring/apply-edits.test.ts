import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../src/core/anchoring';
import { APPLY_EDITS_CASES } from './apply-edits.cases';

describe('applyEdits', () => {
  for (const c of APPLY_EDITS_CASES) {
    it(c.name, () => {
      const range = { id: 'a1', ...(c.range ?? { start: 10, end: 20 }) };
      const [got] = applyEdits([range], c.changes, { simultaneous: c.simultaneous ?? false });
      if (c.want === null) {
        assert.equal(got, null);
      } else {
        assert.deepEqual(got, { id: 'a1', ...c.want });
      }
    });
  }

  it('keeps a surviving range\'s text: the same words before and after, whatever the changes', () => {
    const text = 'the quick brown fox jumps over the lazy dog';
    const ranges = [
      { start: 4, end: 9 }, // quick
      { start: 16, end: 19 }, // fox
      { start: 35, end: 39 }, // lazy
    ];
    const changes = [
      { rangeOffset: 0, rangeLength: 3, text: 'A' }, // "A quick ..."
      { rangeOffset: 8, rangeLength: 6, text: ' red' }, // "A quick red fox ..." (" brown" -> " red")
      { rangeOffset: 26, rangeLength: 5, text: 'under' }, // "over " -> "under"
    ];
    let edited = text;
    for (const c of changes) edited = edited.slice(0, c.rangeOffset) + c.text + edited.slice(c.rangeOffset + c.rangeLength);
    const after = applyEdits(ranges, changes);
    assert.deepEqual(
      after.map((r) => r && edited.slice(r.start, r.end)),
      ['quick', 'fox', 'lazy'],
      edited,
    );
  });

  it('returns the same object for a range no change touched, and one entry per range', () => {
    const r = { start: 0, end: 3 };
    const out = applyEdits([r, { start: 5, end: 8 }], [{ rangeOffset: 4, rangeLength: 0, text: 'x' }]);
    assert.equal(out[0], r);
    assert.equal(out.length, 2);
  });

  it('throws RangeError on a negative offset', () => {
    assert.throws(() => applyEdits([{ start: 0, end: 1 }], [{ rangeOffset: -1, rangeLength: 0, text: '' }]), RangeError);
  });
});

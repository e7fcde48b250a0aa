import * as assert from 'node:assert/strict';
import { MAX_SIDECAR_LENGTH, parseSidecar, SidecarParseError } from '../../../src/core/sidecar';
import { INVALID_CASES, VALID } from './parse-sidecar.cases';

function parseError(yaml: string, file = 'dir/x.annotations.yaml'): SidecarParseError {
  try {
    parseSidecar(yaml, file);
  } catch (e) {
    if (e instanceof SidecarParseError) return e;
    throw e;
  }
  assert.fail('expected a SidecarParseError');
}

describe('parseSidecar', () => {
  it('accepts a valid sidecar and returns its data', () => {
    const doc = parseSidecar(VALID, 'x.yaml');
    assert.equal(doc.sidecar.version, 1);
    assert.equal(doc.sidecar.article.path, 'article.txt');
    assert.deepEqual(doc.sidecar.annotations.map((a) => a.id), ['src-peskov', 'qt-1']);
    assert.equal(doc.sidecar.annotations[1]?.speaker, 'src-peskov');
    assert.equal(doc.toString(), VALID, 'an unchanged document is the text it came from');
  });

  for (const c of INVALID_CASES) {
    it(`refuses: ${c.name}`, () => {
      const e = parseError(c.yaml);
      assert.equal(e.file, 'dir/x.annotations.yaml');
      assert.match(e.message, c.message);
      assert.deepEqual([e.line, e.column], [c.line, c.column], e.message);
      const first = e.problems[0];
      assert.ok(first);
      assert.equal(first.message.startsWith(`dir/x.annotations.yaml:${c.line}:${c.column}: `), true, first.message);
    });
  }

  it('reports every schema problem, in file order', () => {
    const yaml = VALID.replace('kind: quote', 'kind: quotation').replace('start: 0', 'start: -1');
    const e = parseError(yaml);
    assert.ok(e.problems.length >= 2);
    const lines = e.problems.map((p) => p.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
  });

  it('refuses 50 MB before parsing it, fast', () => {
    const huge = 'a'.repeat(50 * 1024 * 1024);
    const t0 = Date.now();
    const e = parseError(huge);
    assert.match(e.message, /too large/);
    assert.equal(e.line, 1);
    assert.ok(huge.length > MAX_SIDECAR_LENGTH);
    // Not a benchmark: a generous bound that only a parse of 50 MB would exceed.
    assert.ok(Date.now() - t0 < 1000);
  });

  it('accepts a merge conflict block', () => {
    const yaml = VALID.replace('    direct: true\n', '    direct: true\n    conflict:\n      values: {status: verified, note: ours}\n      absent: [tags]\n      author: amal\n      modified: 2026-11-30T11:00:00Z\n');
    const a = parseSidecar(yaml, 'x.yaml').getAnnotation('qt-1');
    assert.deepEqual(a?.conflict, { values: { status: 'verified', note: 'ours' }, absent: ['tags'], author: 'amal', modified: '2026-11-30T11:00:00Z' });
  });

  it('accepts x- extension keys and keeps them', () => {
    const doc = parseSidecar(VALID.replace('version: 1', 'version: 1\nx-tool: {a: 1}'), 'x.yaml');
    assert.deepEqual((doc.sidecar as unknown as Record<string, unknown>)['x-tool'], { a: 1 });
  });
});

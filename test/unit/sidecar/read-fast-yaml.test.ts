import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe as describeTarget } from '../../../src/core/anchoring';
import { stringifySidecar, type Annotation } from '../../../src/core/sidecar';
import { readFastYaml } from '../../../src/core/sidecar/read-fast-yaml';
import { YAML_PARSE_OPTIONS } from '../../../src/core/sidecar/yaml-options';
import { INVALID_CASES, VALID } from './parse-sidecar.cases';
import { FAST_YAML_CASES } from './read-fast-yaml.cases';
import { EXAMPLE_SIDECAR, readSeed } from './sidecar-files';

/** Whatever the fast reader reads, the real parser reads the same way, without error. */
function assertAgrees(text: string): unknown {
  const fast = readFastYaml(text);
  if (fast === null) return null;
  const doc = parseDocument(text, YAML_PARSE_OPTIONS);
  assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], `the fast reader accepted what yaml refuses: ${JSON.stringify(text)}`);
  assert.deepEqual(fast, doc.toJS(), JSON.stringify(text));
  return fast;
}

describe('readFastYaml (the fast path)', () => {
  for (const c of FAST_YAML_CASES) {
    it(c.name, () => {
      assert.deepEqual(readFastYaml(c.yaml), c.data);
      assertAgrees(c.yaml);
    });
  }

  it('reads the sidecars the tool writes, and the example sidecar, as yaml does', () => {
    assert.notEqual(assertAgrees(fs.readFileSync(EXAMPLE_SIDECAR, 'utf8')), null);
    assert.notEqual(assertAgrees(VALID), null);
    assertAgrees(fs.readFileSync(path.join(__dirname, 'fixtures', 'hand-commented.annotations.yaml'), 'utf8'));
  });

  it('takes the fast path for what the tool writes: random spans of the seed, notes, tags', () => {
    const seed = readSeed();
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.integer({ min: 1, max: 300 }), fc.constantFrom('', 'check: “this”', 'رأي: لا', '#1 - yes')), { minLength: 1, maxLength: 20 }), (spans) => {
      const annotations: Annotation[] = spans.map(([start, length, note], i) => ({
        id: `note-${i}`, kind: 'note', status: 'unverified', tags: ['bench', 'واغنر'],
        target: describeTarget(seed, start, Math.min(seed.length, start + length)),
        ...(note ? { note } : {}),
      }));
      const text = stringifySidecar({ version: 1, article: { path: 'a.txt', language: 'ar' }, annotations });
      assert.notEqual(assertAgrees(text), null, text);
    }), { numRuns: 200 });
  });

  it('never accepts a sidecar the real parser refuses', () => {
    for (const c of INVALID_CASES) assertAgrees(c.yaml);
  });

  it('agrees with yaml on random YAML-like text (property)', () => {
    const piece = fc.constantFrom(
      'a', 'b', 'id', 'x-y', ':', ': ', ' ', '  ', '- ', '-', '\n', '\n  ', '\n    ', '#', ' #', '"', "'", '\\', '\\n', '\\u0627',
      '[', ']', '{', '}', ',', ', ', '&', '*', '!', '|', '>', '?', '~', 'null', 'true', '12', '-3', '0x1', '1.5', 'قال', '“', '”',
      '\u00a0', '😀', '%', '@', '`', '---', '__proto__',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      assertAgrees(pieces.join(''));
    }), { numRuns: 3000 });
  });

  it('agrees with yaml on random line-structured text (property)', () => {
    const key = fc.constantFrom('a', 'b', 'id', 'kind', 'tags', 'x-1');
    const scalar = fc.constantFrom('x', 'قال : x', '"q"', "'s'", '[a, b]', '{a: 1}', '12', 'true', '', '# c', 'x # c', '"a\\"b"', 'a:b', '- x');
    const line = fc.tuple(fc.constantFrom('', '  ', '    ', '- ', '  - ', '    - '), key, fc.constantFrom(':', ': ', ':  '), scalar)
      .map(([indent, k, colon, v]) => `${indent}${k}${colon}${v}`);
    fc.assert(fc.property(fc.array(fc.oneof(line, fc.constantFrom('', '# comment', '  - x', '-')), { maxLength: 12 }), (lines) => {
      assertAgrees(lines.join('\n') + '\n');
    }), { numRuns: 3000 });
  });

  it('agrees with yaml on random indented text: block scalars, flow keys, empty items, long lines (property)', () => {
    const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '      ');
    const content = fc.constantFrom(
      'a: |', 'a: >', 'a: |-', 'a: >+', 'a: | #c', '- |', '- >-', 'x', 'x y', '- x', 'b: c', '', ' ', '# c', 'a:', '-', '- - ',
      '"q"', "'s'", '"x', 'y"', '[a,', 'b]', '{a: 1}', 'k: "v"', 'k: [a, b]', '- a: b', 'c: d # e', 'ق: “ت”', 'x\u00a0',
      '~: a', '{~}', '[a]: b', '{[a], b}', 'a: "x"#', 'a: 0b1', 'a: 0o7', 'a: -0', 'a: "\\U0010FFFF"', '__proto__: 1',
      `${'k'.repeat(1020)}: v`, `k${' '.repeat(1020)}: v`, 'a: &x', '*x', '- !!str', 'a: ! x', 'a: "p !"', 'b: x & y', '!!map', '&a b: c',
    );
    fc.assert(fc.property(fc.array(fc.tuple(indent, content).map(([i, c]) => i + c), { maxLength: 10 }), fc.boolean(), (lines, newline) => {
      assertAgrees(lines.join('\n') + (newline ? '\n' : ''));
    }), { numRuns: 3000 });
  });
});

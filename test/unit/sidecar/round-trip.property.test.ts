/**
 * Property tests: random annotations survive stringify -> parse unchanged, and random edit
 * sequences keep a document valid and round-trippable.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { readFastYaml } from '../../../src/core/sidecar/read-fast-yaml';
import { YAML_PARSE_OPTIONS } from '../../../src/core/sidecar/yaml-options';
import {
  parseSidecar, SidecarEditError, stringifySidecar, type Annotation, type AnnotationKind, type AnnotationStatus, type Sidecar,
} from '../../../src/core/sidecar';

/** Characters that stress YAML quoting: Arabic, marks, quotes of every kind, YAML indicators, emoji, newlines. */
const PIECES = [
  'قال', 'المتحدث باسم الكرملين', 'فرانس24', 'ـ', 'َ', 'ً', '١٢٣', '“', '”', '«', '»', '"', "'", '`', '‘', '’',
  ':', ': ', ' #', '#', '- ', '-', '?', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '\\', '\t',
  '\n', '\r\n', ' ', '  ', 'yes', 'no', 'null', '~', 'true', '0x1F', '1e3', '.5', '2026-11-30', '😀', '👩🏽‍💻',
  'Putin', 'said', 'x', '\u200f', '\u00a0', '---', '...',
];
const str = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
const nonEmpty = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
const stamp = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());

const target = fc.record({
  exact: nonEmpty, prefix: str, suffix: str,
  start: fc.nat({ max: 100_000 }), length: fc.nat({ max: 500 }),
}).map(({ length, ...t }) => ({ ...t, end: t.start + length }));

const common = {
  status: fc.constantFrom<AnnotationStatus[]>('unverified', 'verified', 'disputed', 'false', 'misleading'),
  note: str, tags: fc.array(nonEmpty, { maxLength: 4 }), author: str, created: stamp, modified: stamp,
};
const sourceFields = fc.record({ ...common, identity: fc.constantFrom('named', 'vague', 'anonymous' as const), role: str, reason: str }, { requiredKeys: ['status'] });
const quoteFields = fc.record({ ...common, direct: fc.boolean(), speak: fc.boolean() }, { requiredKeys: ['status', 'speak'] });
const claimFields = fc.record({ ...common, attributed: fc.boolean() }, { requiredKeys: ['status', 'attributed'] });
const noteFields = fc.record(common, { requiredKeys: ['status'] });

/** A valid sidecar: sources first get ids, quotes and claims may point at them. */
const sidecarArb = fc.tuple(
  fc.array(fc.tuple(sourceFields, target), { maxLength: 4 }),
  fc.array(fc.tuple(quoteFields, target), { maxLength: 4 }),
  fc.array(fc.tuple(claimFields, target), { maxLength: 4 }),
  fc.array(fc.tuple(noteFields, target), { maxLength: 2 }),
  fc.constantFrom('ar', 'en', 'mixed', undefined),
).map(([sources, quotes, claims, notes, language]): Sidecar => {
  const annotations: Annotation[] = [];
  const ids: string[] = [];
  sources.forEach(([f, t], i) => { ids.push(`src-${i}`); annotations.push({ id: `src-${i}`, kind: 'source', target: t, ...f }); });
  quotes.forEach(([{ speak, ...f }, t], i) => annotations.push({ id: `qt-${i}`, kind: 'quote', target: t, ...f, ...(speak && ids[0] ? { speaker: ids[i % ids.length] } : {}) }));
  claims.forEach(([{ attributed, ...f }, t], i) => annotations.push({ id: `clm-${i}`, kind: 'claim', target: t, ...f, ...(attributed && ids[0] ? { source: ids[i % ids.length] } : {}) }));
  notes.forEach(([f, t], i) => annotations.push({ id: `note-${i}`, kind: 'note' as AnnotationKind, target: t, ...f }));
  return { version: 1, article: { path: 'article.txt', ...(language ? { language } : {}) }, annotations };
});

const byId = (s: Sidecar) => Object.fromEntries(s.annotations.map((a) => [a.id, a]));

describe('sidecar round trip (property)', () => {
  it('random annotations -> stringify -> parseSidecar -> the same data', () => {
    fc.assert(fc.property(sidecarArb, (sidecar) => {
      const text = stringifySidecar(sidecar);
      const fast = readFastYaml(text);
      if (fast !== null) assert.deepEqual(fast, parseDocument(text, YAML_PARSE_OPTIONS).toJS(), 'the fast reader agrees with yaml');
      const back = parseSidecar(text, 'random.yaml').sidecar;
      assert.deepEqual(byId(back), byId(sidecar));
      assert.deepEqual(back.article, sidecar.article);
    }), { numRuns: 300 });
  });

  type Op =
    | { op: 'note'; i: number; note: string }
    | { op: 'tags'; i: number; tags: string[] }
    | { op: 'target'; i: number; exact: string; prefix: string; start: number }
    | { op: 'remove'; i: number }
    | { op: 'add'; exact: string; start: number; note: string }
    | { op: 'speaker'; i: number; j: number };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('note' as const), i: fc.nat(), note: str }),
    fc.record({ op: fc.constant('tags' as const), i: fc.nat(), tags: fc.array(nonEmpty, { maxLength: 3 }) }),
    fc.record({ op: fc.constant('target' as const), i: fc.nat(), exact: nonEmpty, prefix: str, start: fc.nat({ max: 5000 }) }),
    fc.record({ op: fc.constant('remove' as const), i: fc.nat() }),
    fc.record({ op: fc.constant('add' as const), exact: nonEmpty, start: fc.nat({ max: 5000 }), note: str }),
    fc.record({ op: fc.constant('speaker' as const), i: fc.nat(), j: fc.nat() }),
  );

  it('random edit sequences keep the document valid, in step with its text, and never lose data', () => {
    fc.assert(fc.property(sidecarArb, fc.array(opArb, { maxLength: 12 }), (sidecar, ops) => {
      const doc = parseSidecar(stringifySidecar(sidecar), 'random.yaml');
      let added = 0;
      for (const op of ops) {
        const list = doc.sidecar.annotations;
        const pick = (i: number) => list[i % Math.max(list.length, 1)];
        try {
          if (op.op === 'add') doc.addAnnotation({ id: `note-new-${added++}`, kind: 'note', status: 'unverified', note: op.note, target: { exact: op.exact, prefix: '', suffix: '', start: op.start, end: op.start + op.exact.length } });
          const a = pick(op.op === 'add' ? 0 : op.i);
          if (!a) continue;
          if (op.op === 'note') doc.updateAnnotation(a.id, { note: op.note });
          if (op.op === 'tags') doc.updateAnnotation(a.id, { tags: op.tags });
          if (op.op === 'target') doc.setTarget(a.id, { exact: op.exact, prefix: op.prefix, suffix: '', start: op.start, end: op.start + op.exact.length });
          if (op.op === 'remove') doc.removeAnnotation(a.id);
          if (op.op === 'speaker' && a.kind === 'quote') {
            const s = list.filter((b) => b.kind === 'source')[op.j % 4];
            if (s) doc.updateAnnotation(a.id, { speaker: s.id });
          }
        } catch (e) {
          // Refused edits (removing a source that is a speaker) must be typed and harmless.
          if (!(e instanceof SidecarEditError) || e.problem !== 'referenced') throw e;
        }
        const text = doc.toString();
        const back = parseSidecar(text, 'edited.yaml').sidecar;
        assert.deepEqual(byId(back), byId(doc.sidecar));
        assert.deepEqual(back.retired ?? [], doc.sidecar.retired ?? []);
      }
    }), { numRuns: 150 });
  });
});

/**
 * Structural checks every {@link Analysis} must pass, whatever the text: spans in bounds with
 * `text === input.slice(start, end)`, unique ids, references to existing sources, paragraphs
 * in order.
 */
import { strict as assert } from 'node:assert';
import type { Analysis, Span } from '../../src/core/analysis/types';

/**
 * Asserts that `analysis` is a well-formed analysis of `input`.
 * @throws AssertionError naming the first offending item.
 */
export function assertWellFormed(input: string, analysis: Analysis): void {
  const span = (s: Span, what: string): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= input.length, `${what}: [${s.start}, ${s.end}) within [0, ${input.length}]`);
    assert.ok(s.text === input.slice(s.start, s.end), `${what}: text equals the slice [${s.start}, ${s.end})`);
  };
  const sourceIds = new Set<string>();
  for (const s of analysis.sources) {
    assert.ok(!sourceIds.has(s.id), `source id ${s.id} is unique`);
    sourceIds.add(s.id);
    assert.ok(s.mentions.length > 0, `source ${s.id} has a mention`);
    s.mentions.forEach((m, i) => span(m, `source ${s.id} mention ${i}`));
  }
  const quoteIds = new Set<string>();
  for (const q of analysis.quotes) {
    assert.ok(!quoteIds.has(q.id), `quote id ${q.id} is unique`);
    quoteIds.add(q.id);
    span(q, `quote ${q.id}`);
    if (q.cue) span(q.cue, `quote ${q.id} cue`);
    assert.ok(q.speaker === null || sourceIds.has(q.speaker), `quote ${q.id} speaker ${q.speaker} exists`);
  }
  const claimIds = new Set<string>();
  for (const c of analysis.claims) {
    assert.ok(!claimIds.has(c.id), `claim id ${c.id} is unique`);
    claimIds.add(c.id);
    span(c, `claim ${c.id}`);
    assert.ok(c.attributedTo === null || sourceIds.has(c.attributedTo), `claim ${c.id} source ${c.attributedTo} exists`);
  }
  let previousEnd = 0;
  analysis.paragraphs.forEach((p, i) => {
    assert.ok(previousEnd <= p.start && p.start <= p.end && p.end <= input.length, `paragraph ${i} [${p.start}, ${p.end}) in order and in bounds`);
    previousEnd = p.end;
  });
}

/**
 * brat standoff parsed back gives the same spans (in code points, on text with emoji and 𝔸),
 * relations and attributes as the report model.
 */
import { strict as assert } from 'node:assert';
import { BRAT_CONF, bratNames, formatBrat, type WorkspaceReport } from '../../../src/core/report';
import { seedReport, workspaceReport } from './report-fixtures';

interface ParsedAnn {
  spans: Map<string, { type: string; fragments: [number, number][]; text: string }>;
  attributes: { name: string; target: string; value: string | null }[];
  relations: { type: string; arg1: string; arg2: string }[];
  notes: Map<string, string>;
}

/** A small reader of the brat standoff format (https://brat.nlplab.org/standoff.html). */
function parseAnn(ann: string): ParsedAnn {
  const out: ParsedAnn = { spans: new Map(), attributes: [], relations: [], notes: new Map() };
  for (const line of ann.split('\n')) {
    if (line === '') continue;
    const [id, middle, rest] = line.split('\t') as [string, string, string | undefined];
    if (id.startsWith('T')) {
      const space = middle.indexOf(' ');
      const fragments = middle
        .slice(space + 1)
        .split(';')
        .map((f) => f.split(' ').map(Number) as [number, number]);
      out.spans.set(id, { type: middle.slice(0, space), fragments, text: rest ?? '' });
    } else if (id.startsWith('A')) {
      const [name, target, value] = middle.split(' ') as [string, string, string | undefined];
      out.attributes.push({ name, target, value: value ?? null });
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = middle.split(' ') as [string, string, string];
      out.relations.push({ type, arg1: a1.replace('Arg1:', ''), arg2: a2.replace('Arg2:', '') });
    } else if (id.startsWith('#')) {
      out.notes.set(middle.replace('AnnotatorNotes ', ''), rest ?? '');
    } else assert.fail(`unexpected line ${JSON.stringify(line)}`);
  }
  return out;
}

function check(report: WorkspaceReport): void {
  const files = new Map(formatBrat(report).map((f) => [f.path, f.content]));
  assert.equal(files.get('annotation.conf'), BRAT_CONF);
  for (const a of report.articles) {
    const names = bratNames(a.path);
    const txt = files.get(names.txt);
    assert.equal(txt, a.text, 'the .txt is the article text');
    const chars = Array.from(txt);
    const parsed = parseAnn(files.get(names.ann)!);
    const placed = a.items.filter((i) => i.start !== null && i.end !== null && i.end > i.start);
    assert.equal(parsed.spans.size, placed.length, `${a.path}: one T line per placed annotation (orphans left out)`);
    // T ids by sidecar id, through the id= note
    const tOf = new Map<string, string>();
    for (const [t, note] of parsed.notes) tOf.set(/^id=([^ ]+)/.exec(note)![1]!, t);
    for (const i of placed) {
      const t = tOf.get(i.id);
      assert.ok(t, `${i.id} has a T line`);
      const span = parsed.spans.get(t)!;
      assert.equal(span.type.toLowerCase(), i.kind);
      // code-point offsets: the fragments cover exactly the annotation's words
      const first = span.fragments[0]![0];
      const last = span.fragments[span.fragments.length - 1]![1];
      assert.equal(first, Array.from(a.text.slice(0, i.start!)).length, `${i.id} start in code points`);
      assert.equal(last, Array.from(a.text.slice(0, i.end!)).length, `${i.id} end in code points`);
      assert.equal(chars.slice(first, last).join(''), i.text);
      assert.equal(span.text, span.fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' '));
      for (const [s, e] of span.fragments) assert.ok(!/[\r\n]/.test(chars.slice(s, e).join('')), 'no fragment holds a line break');
      const attrs = parsed.attributes.filter((x) => x.target === t);
      assert.deepEqual(attrs.find((x) => x.name === 'Status')?.value, i.status);
      if (i.kind === 'source') assert.equal(attrs.find((x) => x.name === 'Identity')?.value, i.identity);
      if (i.kind === 'quote') assert.equal(attrs.some((x) => x.name === 'Direct'), i.direct !== false);
      assert.equal(attrs.some((x) => x.name === 'Finding'), i.origin === 'finding');
      const ref = i.kind === 'quote' ? i.speaker : i.kind === 'claim' ? i.source : undefined;
      const rel = parsed.relations.filter((r) => r.arg1 === t);
      if (ref !== undefined && tOf.has(ref)) assert.deepEqual(rel, [{ type: i.kind === 'quote' ? 'SpokenBy' : 'AttributedTo', arg1: t, arg2: tOf.get(ref) }]);
      else assert.deepEqual(rel, []);
      if (i.note !== undefined) assert.ok(parsed.notes.get(t)!.includes(i.note.replace(/\s*\n\s*/g, ' ')), `${i.id} note`);
      for (const r of i.replies) assert.ok(parsed.notes.get(t)!.includes(r.body), `${i.id} reply ${r.id}`);
    }
  }
}

describe('brat report', () => {
  it('the seed parses back to the same spans, relations and attributes', () => check(seedReport()));
  it('the seed with findings (Finding attribute)', () => check(seedReport(true)));
  it('the workspace: emoji and 𝔸 outside the BMP, a span across a paragraph break', () => {
    const w = workspaceReport();
    const en = w.articles.find((a) => a.path.startsWith('en/'))!;
    assert.ok(/[\u{10000}-\u{10FFFF}]/u.test(en.text), 'the English article has astral characters');
    assert.ok(en.items.some((i) => i.id === 'note-across' && /\n/.test(i.text)));
    check(w);
  });
  it('file names: NAME.txt keeps its name, another extension gains .txt', () => {
    assert.deepEqual(bratNames('ar/a.ar.txt'), { txt: 'ar/a.ar.txt', ann: 'ar/a.ar.ann' });
    assert.deepEqual(bratNames('x.md'), { txt: 'x.md.txt', ann: 'x.md.ann' });
  });
});

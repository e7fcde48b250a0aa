/**
 * The report model on the seed and the workspace: the numbers every format prints.
 */
import { strict as assert } from 'node:assert';
import { buildArticleReport, countWords, sourceKey, articleTitle } from '../../../src/core/report';
import { seedInput, seedReport, workspaceReport } from './report-fixtures';

describe('report model', () => {
  it('the seed: 8 of 11 quotes from the one anonymous specialist', () => {
    const a = seedReport().articles[0]!;
    assert.equal(a.quotes.length, 11);
    const top = a.sources[0]!;
    assert.equal(top.id, 'src-libya-specialist');
    assert.equal(top.identity, 'anonymous');
    assert.equal(top.quotes, 8);
    assert.equal(top.claims, 1);
    assert.equal(a.mix.total, a.quotes.reduce((n, q) => n + q.words, 0));
    assert.equal(top.share, top.quotedWords / a.mix.total);
    assert.equal(a.anonymousShare, (a.mix.anonymous + a.mix.vague) / a.mix.total);
    assert.equal(a.language, 'ar');
    assert.equal(a.title, 'أخبار عالمية تقارير');
  });

  it('flags the orphan, keeps its words, gives it no range', () => {
    const a = seedReport().articles[0]!;
    assert.deepEqual(a.orphans.map((o) => o.id), ['clm-removed-sentence']);
    const o = a.orphans[0]!;
    assert.equal(o.start, null);
    assert.equal(o.text, 'وأعلن المتحدث أن الزيارة ستستمر ثلاثة أيام');
  });

  it('resolves against the article as it is now: an edit above moves every range', () => {
    const input = seedInput();
    const edited = { ...input, text: 'سطر جديد\n\n' + input.text };
    const before = buildArticleReport(input);
    const after = buildArticleReport(edited);
    for (const [i, item] of after.items.entries()) {
      const old = before.items[i]!;
      if (old.start === null) continue;
      assert.equal(item.start, old.start + 10, item.id);
      assert.equal(edited.text.slice(item.start!, item.end!), old.text);
      assert.equal(item.anchor, 'moved');
    }
  });

  it('notes and replies are kept, in order', () => {
    const a = seedReport().articles[0]!;
    const specialist = a.notes.find((n) => n.id === 'src-libya-specialist')!;
    assert.deepEqual(specialist.replies.map((r) => r.id), ['r1', 'r2']);
    assert.ok(a.notes.some((n) => n.kind === 'note'));
  });

  it('--include-findings adds only what no annotation of the same kind overlaps, marked as findings', () => {
    const plain = seedReport().articles[0]!;
    const withFindings = seedReport(true).articles[0]!;
    const findings = withFindings.items.filter((i) => i.origin === 'finding');
    assert.ok(findings.length > 0, 'the engine finds something the analyst did not annotate');
    assert.equal(withFindings.items.length - findings.length, plain.items.length);
    for (const f of findings) {
      assert.ok(f.id.startsWith('finding-'));
      const covered = plain.items.some((a) => a.kind === f.kind && a.start !== null && a.start < f.end! && f.start! < a.end!);
      assert.ok(!covered, `${f.id} overlaps an annotation of kind ${f.kind}`);
    }
  });

  it('the workspace: ranking by anonymous + vague share, recurring sources across Arabic spellings', () => {
    const w = workspaceReport();
    assert.equal(w.articles.length, 3);
    const shares = w.ranking.map((r) => r.share);
    assert.deepEqual(shares, [...shares].sort((x, y) => y - x));
    const tass = w.recurring.find((r) => r.identity === 'named');
    assert.ok(tass, 'وكالة “تاس” الروسية and وكالة تاس الروسيّة are one source');
    assert.deepEqual(tass.articles.map((a) => a.path), ['ar/benghazi-aid.ar.txt', 'ar/sirte-port.ar.txt']);
    assert.ok(w.recurring.some((r) => r.identity === 'anonymous' && r.articles.length === 2));
    // same label, different identity: not the same source
    assert.notEqual(sourceKey('مصادر محلية', 'vague'), sourceKey('مصادر محلية', 'anonymous'));
    assert.equal(w.totals.quotes, w.articles.reduce((n, a) => n + a.quotes.length, 0));
  });

  const WORDS: [string, number][] = [
    ['', 0],
    ['“”، .', 0],
    ['لا يمكن أن يقع الاقتتال', 5],
    ["don't stop al-Sisi now", 4],
    ['the 𝔸-grade shelters 🏥', 3],
    ['تطرّق إلى', 2],
  ];
  for (const [text, n] of WORDS) it(`countWords(${JSON.stringify(text)}) = ${n}`, () => assert.equal(countWords(text), n));

  it('articleTitle: first heading or first line', () => {
    assert.equal(articleTitle('\n\n# Flood relief\nbody', 'x'), 'Flood relief');
    assert.equal(articleTitle('  first   line \nsecond', 'x'), 'first line');
    assert.equal(articleTitle(' \n\t', 'fallback.txt'), 'fallback.txt');
    assert.ok(articleTitle('a'.repeat(500), 'x').endsWith('…'));
  });
});

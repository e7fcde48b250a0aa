import * as assert from 'node:assert/strict';
import { analyze, LexiconError, parseLexicon } from '../../../src/core/analysis';
import { BAD_LEXICON_CASES } from './lexicon.cases';
import { useCueModel } from '../../../src/core/analysis/cue-model/learned-cue';

describe('analysis: lexicon files', () => {
  for (const c of BAD_LEXICON_CASES) {
    it(`rejects ${c.name} at ${c.line}:${c.column}`, () => {
      assert.throws(
        () => parseLexicon(c.text, 'words.yaml'),
        (e: unknown) => {
          assert.ok(e instanceof LexiconError, String(e));
          assert.equal(e.file, 'words.yaml');
          assert.deepEqual([e.line, e.column], [c.line, c.column], e.message);
          assert.match(e.message, c.message);
          assert.ok(e.message.startsWith('words.yaml'), e.message);
          return true;
        },
      );
    });
  }

  it('rejects an empty file', () => {
    assert.throws(() => parseLexicon('', 'empty.yaml'), LexiconError);
  });

  it('parses YAML and JSON alike', () => {
    const y = parseLexicon('language: en\ncues:\n  - opined\n  - text: quipped\n    kind: say\n', 'a.yaml');
    const j = parseLexicon('{"language": "en", "cues": ["opined", {"text": "quipped", "kind": "say"}]}', 'a.json');
    assert.deepEqual(y.lists, j.lists);
    assert.equal(y.language, 'en');
    assert.deepEqual(y.lists.cues, [{ text: 'opined' }, { text: 'quipped', kind: 'say' }]);
  });

  it("a workspace lexicon adds its words: a new outlet and a new cue", () => {
    const text = 'Harbour Herald reporter Jane Doe opined that the port would reopen within 48 hours.';
    // rules only: the learned cue model (cue-model/) may read "opined" as a cue by itself
    useCueModel(null);
    let a;
    try {
      assert.equal(analyze(text).quotes.length, 0);
      const lex = parseLexicon('language: en\ncues:\n  - text: opined\n    kind: say\nroles:\n  - reporter\n', 'newsroom.yaml');
      a = analyze(text, { lexicons: [lex] });
    } finally {
      useCueModel(undefined);
    }
    assert.deepEqual(a.quotes.map((q) => q.text), ['the port would reopen within 48 hours']);
    assert.deepEqual(a.sources.map((s) => s.label), ['Harbour Herald reporter Jane Doe']);
  });

  it('an Arabic workspace lexicon adds an anonymity phrase', () => {
    const text = 'وقال مسؤول فضّل البقاء مجهولا إن المفاوضات ستستأنف الأسبوع المقبل.';
    const lex = parseLexicon('language: ar\nanonymity:\n  - فضل البقاء مجهولا\n', 'ar.yaml');
    assert.equal(analyze(text, { lexicons: [lex] }).sources[0]?.identity, 'anonymous');
  });
});

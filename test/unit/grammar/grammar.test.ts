/**
 * The article grammar, run in the real TextMate engine VS Code uses (vscode-textmate +
 * vscode-oniguruma), on the table in grammar.cases.ts, the seed article, every word of the
 * word list, and hostile lines.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { parse as parseYaml } from 'yaml';
import {
  GRAMMAR_PATH,
  countCaptureGroups,
  compileTrie,
  readGrammarWords,
  renderGrammar,
} from '../../../scripts/build-grammar';
import {
  CAPTURE_GROUP_CASES,
  CUE,
  ANON,
  GRAMMAR_CASES,
  HOSTILE_LINES,
  SEED_CHECKS,
  STRING,
  TRIE_CASES,
  type Expectation,
} from './grammar.cases';
import { REPO_ROOT, loadArticleGrammar, tokenizeLines, type LineToken } from './load-grammar';

/** The scopes of each UTF-16 code unit of a line, from its tokens. */
function scopesPerUnit(line: string, tokens: LineToken[]): string[][] {
  const out: string[][] = Array.from({ length: line.length }, () => []);
  for (const t of tokens) for (let i = t.start; i < t.end && i < line.length; i++) out[i] = t.scopes;
  return out;
}

function hasPrefix(scopes: string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
}

/** Start of the `occurrence`-th (1-based) `text` in `line`; throws if absent, so a typo in a case fails. */
function locate(line: string, text: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = line.indexOf(text, at + 1);
    if (at < 0) throw new Error(`case error: occurrence ${occurrence} of ${JSON.stringify(text)} not in line`);
  }
  return at;
}

/** Which occurrence of `text` in `line` is the one inside the first `context`. */
function occurrenceIn(line: string, context: string, text: string): number {
  const at = line.indexOf(context) + context.indexOf(text);
  let n = 0;
  for (let i = line.indexOf(text); i >= 0 && i <= at; i = line.indexOf(text, i + 1)) n++;
  return n;
}

/** Checks one expectation; returns a message describing the failure, or null. */
function checkExpectation(line: string, perUnit: string[][], exp: Expectation): string | null {
  const start = locate(line, exp.text, exp.occurrence);
  const end = start + exp.text.length;
  const inside = perUnit.slice(start, end);
  const show = (i: number): string => `${JSON.stringify(line[i])}@${i}: ${(perUnit[i] ?? []).slice(1).join(' ') || '(none)'}`;
  if (exp.check === 'not') {
    const bad = inside.findIndex((s) => hasPrefix(s, exp.scope));
    return bad < 0 ? null : `${JSON.stringify(exp.text)} should not carry ${exp.scope}, but ${show(start + bad)}`;
  }
  const missing = inside.findIndex((s) => !hasPrefix(s, exp.scope));
  if (missing >= 0) return `${JSON.stringify(exp.text)} should carry ${exp.scope}, but ${show(start + missing)}`;
  if (exp.check === 'exact') {
    // The full scope name the span carries; a neighbour carrying the same one means the span is wider.
    const full = (perUnit[start] ?? []).find((s) => s === exp.scope || s.startsWith(exp.scope + '.')) as string;
    if (start > 0 && (perUnit[start - 1] ?? []).includes(full)) return `${full} starts before ${JSON.stringify(exp.text)}: ${show(start - 1)}`;
    if (end < line.length && (perUnit[end] ?? []).includes(full)) return `${full} goes on after ${JSON.stringify(exp.text)}: ${show(end)}`;
  }
  return null;
}

describe('article grammar (vscode-textmate + vscode-oniguruma)', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadArticleGrammar();
  });

  describe('scopes', () => {
    for (const c of GRAMMAR_CASES) {
      it(c.name, () => {
        const { tokens, endsAtRoot } = tokenizeLines(grammar, c.lines);
        const failures: string[] = [];
        for (const exp of c.expect) {
          const index = exp.line ?? c.lines.length - 1;
          const line = c.lines[index] as string;
          const problem = checkExpectation(line, scopesPerUnit(line, tokens[index] as LineToken[]), exp);
          if (problem) failures.push(`line ${index}: ${problem}`);
        }
        assert.deepEqual(failures, []);
        assert.ok(endsAtRoot.every(Boolean), 'every line ends with no rule left open');
      });
    }
  });

  describe('the seed article', () => {
    const article = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/haftar-moscow.ar.txt'), 'utf8');
    const expected = parseYaml(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/haftar-moscow.expected.yaml'), 'utf8')) as {
      quotes: { text: string; direct?: boolean }[];
    };
    const lines = article.split(/\r?\n/);

    /** The line holding `text` and the scopes of its code units. */
    function scopesOf(tokens: LineToken[][], text: string): { line: string; perUnit: string[][] } {
      const index = lines.findIndex((l) => l.includes(text));
      assert.ok(index >= 0, `fixture text not found: ${text}`);
      const line = lines[index] as string;
      return { line, perUnit: scopesPerUnit(line, tokens[index] as LineToken[]) };
    }

    it('tokenises every line and ends each at the root state', () => {
      const { tokens, endsAtRoot } = tokenizeLines(grammar, lines);
      assert.equal(tokens.length, lines.length);
      assert.ok(endsAtRoot.every(Boolean));
      // Tokens tile each line exactly: no gap, no overlap.
      tokens.forEach((ts, i) => {
        let at = 0;
        for (const t of ts) {
          assert.equal(t.start, at);
          at = t.end;
        }
        assert.equal(at, (lines[i] as string).length);
      });
    });

    it('scopes every direct quote of the expected list as a string, and the indirect one not', () => {
      const { tokens } = tokenizeLines(grammar, lines);
      const quotes = expected.quotes;
      assert.equal(quotes.length, 11);
      const failures: string[] = [];
      for (const q of quotes) {
        const { line, perUnit } = scopesOf(tokens, q.text);
        const problem = checkExpectation(line, perUnit, { text: q.text, scope: STRING, check: q.direct === false ? 'not' : 'has' });
        if (problem) failures.push(problem);
      }
      assert.deepEqual(failures, []);
    });

    it('scopes the anonymity phrase, cues without a subject, and every 2019 as a year', () => {
      const { tokens } = tokenizeLines(grammar, lines);
      const failures: string[] = [];
      for (const exp of SEED_CHECKS) {
        const { line, perUnit } = scopesOf(tokens, exp.context);
        const problem = checkExpectation(line, perUnit, { ...exp, occurrence: occurrenceIn(line, exp.context, exp.text) });
        if (problem) failures.push(problem);
      }
      assert.deepEqual(failures, []);
    });
  });

  describe('every word of syntaxes/grammar-words.json', () => {
    const words = readGrammarWords(REPO_ROOT);
    const table: { line: string; text: string; scope: string }[] = [];
    for (const w of words.reportingCues.ar.words) {
      table.push({ line: `ثم ${w} في`, text: w, scope: CUE });
      for (const p of words.reportingCues.ar.proclitics) table.push({ line: `ثم ${p}${w} في`, text: `${p}${w}`, scope: CUE });
    }
    for (const w of words.reportingCues.ar.fixed) table.push({ line: `ثم ${w} في`, text: w, scope: CUE });
    for (const w of words.reportingCues.en) table.push({ line: `Then ${w} it.`, text: w, scope: CUE });
    for (const w of words.anonymityPhrases.ar) {
      table.push({ line: `ثم ${w} في`, text: w, scope: ANON });
      for (const p of words.anonymityPhrases.proclitics) table.push({ line: `ثم ${p}${w} في`, text: `${p}${w}`, scope: ANON });
    }
    for (const w of words.anonymityPhrases.en) table.push({ line: `Then ${w} spoke.`, text: w, scope: ANON });

    it(`scopes each of ${table.length} word forms exactly, alone on a line and mid-sentence`, () => {
      const failures: string[] = [];
      for (const row of table) {
        for (const line of [row.line, row.text]) {
          const { tokens } = tokenizeLines(grammar, [line]);
          const problem = checkExpectation(line, scopesPerUnit(line, tokens[0] as LineToken[]), { text: row.text, scope: row.scope, check: 'exact' });
          if (problem) failures.push(problem);
        }
      }
      assert.deepEqual(failures, []);
    });
  });

  describe('hostile lines', () => {
    for (const h of HOSTILE_LINES) {
      it(`${h.name}: tokenises, covers the line, and the next line starts clean`, () => {
        const next = 'وقالت إن 2019';
        const { tokens, endsAtRoot } = tokenizeLines(grammar, [h.line, next]);
        const first = tokens[0] as LineToken[];
        assert.equal(first[first.length - 1]?.end, h.line.length);
        assert.deepEqual(endsAtRoot, [true, true]);
        const perUnit = scopesPerUnit(next, tokens[1] as LineToken[]);
        assert.equal(checkExpectation(next, perUnit, { text: 'وقالت', scope: CUE, check: 'exact' }), null);
        assert.equal(checkExpectation(next, perUnit, { text: next, scope: STRING, check: 'not' }), null);
      });
    }
  });
});

describe('scripts/build-grammar.ts', () => {
  it('the committed grammar is exactly what the script generates from the word list', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, GRAMMAR_PATH), 'utf8');
    assert.equal(committed, renderGrammar(readGrammarWords(REPO_ROOT)), 'run `npx tsx scripts/build-grammar.ts`');
  });

  for (const c of TRIE_CASES) {
    it(`compileTrie(${JSON.stringify(c.words)}) = ${c.expected}`, () => {
      assert.equal(compileTrie(c.words.map((w) => Array.from(w))), c.expected);
    });
  }

  for (const c of CAPTURE_GROUP_CASES) {
    it(`countCaptureGroups(${c.source}) = ${c.count}`, () => {
      assert.equal(countCaptureGroups(c.source), c.count);
    });
  }
});

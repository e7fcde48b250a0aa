/**
 * The `grammar` section of `npm run bench`: what the article grammar costs VS Code's
 * tokeniser (vscode-textmate 9 + vscode-oniguruma 2, the engine VS Code ships), line by line
 * as VS Code tokenises a document, on the seed article and on the grammar test lines, each
 * repeated to about 2 MB, and on the hostile 200 KB lines of the grammar tests. Figures are
 * throughput, never pass/fail.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as textmate from 'vscode-textmate';
import { GRAMMAR_CASES, HOSTILE_LINES } from '../test/unit/grammar/grammar.cases';
import { loadArticleGrammar, REPO_ROOT } from '../test/unit/grammar/load-grammar';

/** Size the seed article is repeated to: measured-facts.md's TextMate figure is on MB-scale text. */
const TARGET_BYTES = 2_000_000;

/** An empty grammar with the same scope: the engine's own floor, for comparison. */
const EMPTY_GRAMMAR = JSON.stringify({ scopeName: 'text.news-article', patterns: [] });

interface Throughput {
  mb: number;
  ms: number;
  mbPerS: number;
}

/** Tokenises `lines` with `tokenizeLine2` (what VS Code calls), carrying the state across lines. */
function measure(grammar: textmate.IGrammar, lines: string[]): Throughput {
  const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0);
  let stack = textmate.INITIAL;
  const t0 = process.hrtime.bigint();
  for (const line of lines) stack = grammar.tokenizeLine2(line, stack).ruleStack;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const mb = bytes / 1e6;
  return { mb: round(mb), ms: round(ms), mbPerS: round(mb / (ms / 1000)) };
}

/**
 * Counts scoped tokens with `tokenizeLine` (tokenizeLine2 merges neighbours that a theme
 * would colour alike, so its count depends on the theme) and times that call too.
 */
function countTokens(grammar: textmate.IGrammar, lines: string[]): { tokens: number; tokensPerS: number } {
  let stack = textmate.INITIAL;
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack);
    tokens += r.tokens.length;
    stack = r.ruleStack;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { tokens, tokensPerS: Math.round(tokens / (ms / 1000)) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Repeats `lines` until they hold about TARGET_BYTES of UTF-8. */
function repeatToSize(lines: string[]): string[] {
  const size = lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0);
  const out: string[] = [];
  for (let n = 0; n * size < TARGET_BYTES; n++) out.push(...lines);
  return out;
}

/** Runs the grammar benchmark; returns plain JSON-able figures (MB of UTF-8, ms, per second). */
export async function benchGrammar(): Promise<Record<string, unknown>> {
  const grammar = await loadArticleGrammar();
  const empty = await loadArticleGrammar(EMPTY_GRAMMAR);
  const article = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'haftar-moscow.ar.txt'), 'utf8');
  const seed = repeatToSize(article.split(/\r?\n/));
  // Mixed Arabic, English and French lines dense in quotes, cues and numbers.
  const mixed = repeatToSize(GRAMMAR_CASES.flatMap((c) => c.lines));
  // Warm up: regexes compile on first use, and the JIT settles.
  measure(grammar, seed.slice(0, 200));
  measure(empty, seed.slice(0, 200));
  const hostileFigures: Record<string, Throughput> = {};
  for (const h of HOSTILE_LINES) hostileFigures[h.name] = measure(grammar, [h.line]);
  return {
    engine: 'vscode-textmate 9 + vscode-oniguruma 2, tokenizeLine2 line by line',
    seedArticleRepeated: { ...measure(grammar, seed), ...countTokens(grammar, seed) },
    seedArticleRepeatedEmptyGrammar: measure(empty, seed),
    mixedCaseLinesRepeated: { ...measure(grammar, mixed), ...countTokens(grammar, mixed) },
    hostileLines: hostileFigures,
  };
}

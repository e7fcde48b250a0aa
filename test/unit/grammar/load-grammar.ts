/**
 * Loads the article grammar into the real TextMate engine VS Code uses (vscode-textmate +
 * vscode-oniguruma's WebAssembly Oniguruma), for the grammar tests and the grammar benchmark.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/** The grammar's root scope, as in syntaxes/news-article.tmLanguage.json. */
export const ARTICLE_SCOPE = 'text.news-article';

/** Repository root: this file sits in test/unit/grammar/, bundled bench code in dist/. */
function findRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'syntaxes', 'news-article.tmLanguage.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`syntaxes/news-article.tmLanguage.json not found above ${__dirname}`);
}

/** Absolute path of the repository root (the folder holding syntaxes/). Throws if not found. */
export const REPO_ROOT = findRoot();

let onigLib: Promise<textmate.IOnigLib> | null = null;

/** Loads onig.wasm once per process (vscode-oniguruma allows a single initialisation). */
function loadOnigLib(): Promise<textmate.IOnigLib> {
  if (!onigLib) {
    // A path, not require.resolve: esbuild bundles this file into dist/bench.js.
    const wasmPath = path.join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
    const wasm = fs.readFileSync(wasmPath);
    const bytes = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
    onigLib = oniguruma.loadWASM(bytes).then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }));
  }
  return onigLib;
}

/** Absolute path of the committed grammar. */
export const GRAMMAR_FILE = path.join(REPO_ROOT, 'syntaxes', 'news-article.tmLanguage.json');

/**
 * Loads a grammar with scope `text.news-article` into a fresh registry: by default the
 * committed syntaxes/news-article.tmLanguage.json, or the JSON text `grammarText` (the
 * benchmark's baselines). Throws if the file is missing or the engine rejects the grammar;
 * regexes compile lazily, on first tokenisation, so a bad regex throws there.
 */
export async function loadArticleGrammar(grammarText?: string): Promise<textmate.IGrammar> {
  const text = grammarText ?? fs.readFileSync(GRAMMAR_FILE, 'utf8');
  const registry = new textmate.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName: string) =>
      scopeName === ARTICLE_SCOPE ? textmate.parseRawGrammar(text, GRAMMAR_FILE) : null,
  });
  const grammar = await registry.loadGrammar(ARTICLE_SCOPE);
  if (!grammar) throw new Error(`the registry did not load ${ARTICLE_SCOPE}`);
  return grammar;
}

/** One token of a tokenised line: its text, [start, end) in UTF-16 code units, and its scopes. */
export interface LineToken {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

/**
 * Tokenises `lines` one after the other, each starting from the previous line's rule stack,
 * as VS Code does. Returns the tokens of each line and whether each line ended back at the
 * root state (no rule left open for the next line).
 */
export function tokenizeLines(
  grammar: textmate.IGrammar,
  lines: string[],
): { tokens: LineToken[][]; endsAtRoot: boolean[] } {
  // INITIAL has no scope yet; after any line the root frame carries the grammar's scope.
  const root = grammar.tokenizeLine('', textmate.INITIAL).ruleStack;
  let stack = textmate.INITIAL;
  const tokens: LineToken[][] = [];
  const endsAtRoot: boolean[] = [];
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, stack);
    tokens.push(
      result.tokens.map((t) => ({
        text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
        start: t.startIndex,
        end: Math.min(t.endIndex, line.length),
        scopes: t.scopes,
      })),
    );
    stack = result.ruleStack;
    endsAtRoot.push(stack.equals(root));
  }
  return { tokens, endsAtRoot };
}

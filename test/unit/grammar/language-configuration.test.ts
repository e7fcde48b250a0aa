/**
 * syntaxes/language-configuration.json: the word pattern selects whole Arabic words (with
 * their diacritics) and English contractions, never quote marks or Arabic punctuation; every
 * quote-mark style auto-closes and surrounds.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOUBLE_CLICK_CASES, QUOTE_PAIRS, RECOMMENDED_WORD_SEPARATORS, WORD_CASES } from './language-configuration.cases';
import { REPO_ROOT } from './load-grammar';

interface LanguageConfiguration {
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  autoCloseBefore: string;
  wordPattern: string;
}

const config = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'syntaxes', 'language-configuration.json'), 'utf8'),
) as LanguageConfiguration;

/**
 * The word at `offset` as VS Code finds it: the wordPattern string compiled as a RegExp with
 * no flags (VS Code's reading of a string wordPattern), made global, and the match that
 * contains the offset. Returns null when the offset is in no word.
 */
function wordAt(line: string, offset: number): string | null {
  const re = new RegExp(config.wordPattern, 'g');
  for (const m of line.matchAll(re)) {
    if (m.index <= offset && offset < m.index + m[0].length) return m[0];
  }
  return null;
}

/**
 * The selection a double-click at `offset` makes under `separators`, as VS Code's word
 * operations do: the run of characters around it that are neither separators nor white space.
 */
function doubleClickAt(line: string, offset: number, separators: string): string {
  const inWord = (ch: string | undefined): boolean => ch !== undefined && !separators.includes(ch) && !/\s/.test(ch);
  let start = offset;
  let end = offset;
  while (inWord(line[start - 1])) start--;
  while (inWord(line[end])) end++;
  return line.slice(start, end);
}

describe('syntaxes/language-configuration.json', () => {
  describe('wordPattern (word at a position)', () => {
    for (const c of WORD_CASES) {
      it(c.name, () => {
        const offset = c.line.indexOf(c.at);
        assert.ok(offset >= 0, `case error: ${c.at} not in line`);
        assert.equal(wordAt(c.line, offset), c.word);
      });
    }

    it('never matches an empty string (VS Code would loop)', () => {
      assert.equal(new RegExp(config.wordPattern).test(''), false);
    });
  });

  describe('recommended editor.wordSeparators (double-click)', () => {
    for (const c of DOUBLE_CLICK_CASES) {
      it(c.name, () => {
        const offset = c.line.indexOf(c.at);
        assert.ok(offset >= 0, `case error: ${c.at} not in line`);
        assert.equal(doubleClickAt(c.line, offset, RECOMMENDED_WORD_SEPARATORS), c.word);
      });
    }

    it("keeps VS Code's default separators", () => {
      for (const ch of '`~!@#$%^&*()-=+[{]}\\|;:\'",.<>/?') assert.ok(RECOMMENDED_WORD_SEPARATORS.includes(ch), ch);
    });

    it('is what package.json sets for [news-article], once it sets one', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        contributes?: { configurationDefaults?: Record<string, Record<string, unknown>> };
      };
      const set = manifest.contributes?.configurationDefaults?.['[news-article]']?.['editor.wordSeparators'];
      if (set !== undefined) assert.equal(set, RECOMMENDED_WORD_SEPARATORS);
    });
  });

  describe('quote marks', () => {
    for (const [open, close] of QUOTE_PAIRS) {
      it(`${open}…${close} auto-closes and surrounds a selection`, () => {
        assert.ok(config.autoClosingPairs.some((p) => p.open === open && p.close === close), 'auto-closing pair');
        assert.ok(config.surroundingPairs.some(([o, c]) => o === open && c === close), 'surrounding pair');
      });
    }

    it('auto-closes before white space and Arabic punctuation', () => {
      for (const ch of [' ', '\n', '\t', '،', '؛', '؟', '.', ',']) assert.ok(config.autoCloseBefore.includes(ch), JSON.stringify(ch));
    });

    it("' surrounds a selection but never auto-closes (it is mostly an apostrophe)", () => {
      assert.ok(config.surroundingPairs.some(([o, c]) => o === "'" && c === "'"));
      assert.ok(!config.autoClosingPairs.some((p) => p.open === "'"));
    });

    it('brackets pair up', () => {
      assert.deepEqual(config.brackets, [
        ['(', ')'],
        ['[', ']'],
        ['{', '}'],
      ]);
    });
  });
});

/**
 * Finding where a value sits in a YAML text, to point an error at the right line (the CLI's
 * `article.path` problems: a missing article, a path outside the folder).
 */
import { LineCounter, parseDocument } from 'yaml';

/** A 1-based line and column (column in UTF-16 code units + 1). */
export interface YamlPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Where the value at `keyPath` (e.g. `['article', 'path']`) starts in `yamlText`. `null` when
 * the text has no such value. Never throws: a text that does not parse gives `null` (its
 * parse errors are reported elsewhere).
 */
export function findYamlPosition(yamlText: string, keyPath: readonly (string | number)[]): YamlPosition | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, keepSourceTokens: false });
  const node: unknown = doc.getIn(keyPath, true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return null;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}

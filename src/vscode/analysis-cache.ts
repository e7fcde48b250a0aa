/**
 * One analysis per document version, shared by decorations and commands so an edit is
 * analysed once however many features ask.
 */
import type * as vscode from 'vscode';
import { analyze } from '../core/analysis';
import type { Analysis } from '../core/analysis/types';

/** Remembers the analysis of each open document's latest version. */
export interface AnalysisCache {
  /** The analysis of `document` at its current version (computed on first request). */
  analysisFor(document: vscode.TextDocument): Analysis;
  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void;
}

/** Creates an empty cache; the caller forgets documents as they close. */
export function createAnalysisCache(): AnalysisCache {
  const entries = new Map<string, { version: number; analysis: Analysis }>();
  return {
    analysisFor(document) {
      const key = document.uri.toString();
      const hit = entries.get(key);
      if (hit && hit.version === document.version) return hit.analysis;
      const analysis = analyze(document.getText());
      entries.set(key, { version: document.version, analysis });
      return analysis;
    },
    forget(uri) {
      entries.delete(uri.toString());
    },
  };
}

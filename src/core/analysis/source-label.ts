/**
 * A source's display label, one rule for the full and the incremental analysis.
 */
import type { Identity, Span } from './types';

/**
 * The label of a source: an anonymous source's role when the article gives one ("specialist in
 * Libyan affairs"), a vague source's first mention, else the longest mention (the fullest name).
 * `mentions` in text order, at least one.
 */
export function sourceLabel(identity: Identity, role: string | undefined, mentions: readonly Span[]): string {
  if (identity === 'anonymous' && role) return role;
  if (identity === 'vague') return mentions[0]!.text;
  return mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a), mentions[0]!).text;
}

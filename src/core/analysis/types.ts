/**
 * The analysis engine's data model. All offsets are UTF-16 code units into the analysed
 * text (what VS Code's `TextDocument.getText()` returns), end exclusive.
 */

/** Language of a paragraph or article. `mixed`: paragraphs in more than one language; `und`: undetermined (empty, no letters). */
export type Language = 'ar' | 'en' | 'fr' | 'mixed' | 'und';

/** How identifiable a source is. */
export type Identity = 'named' | 'vague' | 'anonymous';

/** A stretch of the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
}

/** Who the information comes from: one entry per real-world source, with all its mentions. */
export interface Source {
  /** Unique within one analysis (`s1`, `s2`, ... in order of first mention). */
  readonly id: string;
  readonly identity: Identity;
  /** A short display label (the fullest mention's text, or the role for anonymous ones). */
  readonly label: string;
  /** The role the article gives an unnamed source ("specialist in Libyan affairs"). */
  readonly role?: string;
  /** The stated reason for anonymity ("لأسباب أمنية"). */
  readonly reason?: string;
  /** Every mention, in text order; at least one. */
  readonly mentions: readonly Span[];
}

/** A direct or indirect quote and who said it. */
export interface Quote {
  /** Unique within one analysis (`q1`, `q2`, ... in text order). */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `true` for text between quotation marks; `false` for reported speech. */
  readonly direct: boolean;
  /** Source id, or `null` when the article gives no speaker. */
  readonly speaker: string | null;
  /** The reporting cue ("قالت", "said"), when there is one. */
  readonly cue?: Span;
  /**
   * What is reported, by the cue: `speech` (said, told, according to), `thought` (a belief,
   * feeling or intention: think, fear, want, plan) or `evidence` (what a document, poll or
   * study shows or found). Absent when the engine cannot tell.
   */
  readonly type?: QuoteType;
}

/** What a quote reports: speech, a belief or intention, or what a document or poll shows. */
export type QuoteType = 'speech' | 'thought' | 'evidence';

/** A check-worthy statement of fact. */
export interface Claim {
  /** Unique within one analysis (`c1`, `c2`, ... in text order). */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Source id, or `null` when the article asserts it in its own voice. */
  readonly attributedTo: string | null;
  /** Why it was flagged: `quantity`, `date`, `record`, `comparison`, `causal`, `event`, ... */
  readonly reasons: readonly string[];
}

/** A paragraph and its detected language. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly language: Language;
}

/** What {@link analyze} returns. */
export interface Analysis {
  /** The article's language: the paragraphs' one language, or `mixed`. */
  readonly language: Language;
  readonly paragraphs: readonly Paragraph[];
  readonly sources: readonly Source[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
}

/**
 * The contract of the shell's one model per open article (STYLE.md, "The shell as it grows").
 *
 * Data flows one way:
 *
 *   document change / sidecar change on disk / command
 *     -> ArticleState (one per open article; changes only through its methods; fires onDidChange)
 *     -> decorations, Sources view, status bar, diagnostics, comments, reading view
 *        (each subscribes and redraws from the state; none keeps its own copy)
 *   commands -> ArticleState.modify(...) -> the sidecar store (atomic write, merge) -> onDidChange
 *
 * Offsets are UTF-16 code units into the document's CURRENT text (unsaved edits included),
 * end exclusive — what `document.offsetAt` gives.
 *
 * This file is types only; `article-state.ts` implements them and `article-registry.ts` keeps
 * one state per open article document.
 */
import type * as vscode from 'vscode';
import type { Analysis, Identity } from '../../core/analysis/types';
import type { AnchorStatus, Annotation, SidecarDocument, SidecarProblem } from '../../core/sidecar';

/** Which layer a mark belongs to: the analyst's annotations (sidecar) or the engine's automatic findings. */
export type Layer = 'annotation' | 'finding';

/** One sidecar annotation as it stands in the editor now. */
export interface TrackedAnnotation {
  /** The annotation as stored in the sidecar (the last version that parsed). */
  readonly annotation: Annotation;
  /**
   * Where its words are in the document's current text; `null` for an orphan (its words are
   * gone, or were deleted by an edit: it is listed and counted, never drawn in the text).
   */
  readonly start: number | null;
  readonly end: number | null;
  /** How it was found when the sidecar was last resolved against the text. */
  readonly anchor: AnchorStatus;
}

/** The state of the article's sidecar file. */
export type SidecarStatus =
  /** No sidecar file beside the article (yet). */
  | { readonly kind: 'none'; readonly path: string | null }
  /** Loaded and valid. */
  | { readonly kind: 'loaded'; readonly path: string }
  /**
   * The file on disk does not parse or validate: `problems` say where (1-based line/column).
   * The last good annotations (if any) stay in `annotations`; nothing is ever written.
   */
  | { readonly kind: 'invalid'; readonly path: string; readonly problems: readonly SidecarProblem[]; readonly message: string };

/** Why `onDidChange` fired (a listener may redraw everything; this only lets it skip work). */
export interface ArticleChange {
  /** The findings (analysis) changed. */
  readonly analysis: boolean;
  /** The annotations (content, ranges or the set) changed. */
  readonly annotations: boolean;
  /** The sidecar's status changed (created, became invalid, valid again). */
  readonly sidecar: boolean;
  /**
   * A text edit moved ranges (annotations and findings shifted with their words; nothing was
   * re-read or re-analysed). Fired on every keystroke: a listener that draws into the editor
   * may redraw only the annotations (VS Code moves its decorations with the text), and wait
   * for the re-analysis (`analysis` without `edited`) for the findings.
   */
  readonly edited: boolean;
}

/** What a finding is, with a stable key for the current analysis (`q3`, `s2`, `c5`: the engine's ids). */
export type FindingRef =
  | { readonly kind: 'source'; readonly id: string }
  | { readonly kind: 'quote'; readonly id: string }
  | { readonly kind: 'claim'; readonly id: string };

/** Context handed to a {@link ArticleState.modify} callback. */
export interface ModifyContext {
  /** The document's current text (what offsets refer to). */
  readonly text: string;
  /** The annotations as tracked now (current offsets), by id. */
  readonly tracked: ReadonlyMap<string, TrackedAnnotation>;
  /** ISO 8601 time of this change, the same for every annotation it touches. */
  readonly now: string;
  /** The author to record (`newsAnnotator.author`, else git `user.name`, else the OS user). */
  readonly author: string;
}

/**
 * One open article: its text version, the engine's analysis of it, the sidecar's annotations
 * resolved and tracked through edits. Created and disposed by the registry.
 */
export interface ArticleState extends vscode.Disposable {
  readonly uri: vscode.Uri;
  readonly document: vscode.TextDocument;
  /** Fires after any change of analysis, annotations or sidecar status. */
  readonly onDidChange: vscode.Event<ArticleChange>;

  /**
   * The engine's findings for the document. Recomputed (debounced, incrementally: only the
   * paragraphs an edit touched) after edits; between an edit and the re-analysis the previous
   * result is returned with its offsets shifted through the edit, so it is always in the
   * current text's coordinates.
   */
  readonly analysis: Analysis;
  /** The sidecar annotations, in text order (orphans last), at their current offsets. */
  readonly annotations: readonly TrackedAnnotation[];
  /** `annotations` by id. */
  annotation(id: string): TrackedAnnotation | undefined;
  readonly sidecar: SidecarStatus;

  /**
   * Findings not already covered by an annotation of the same kind on overlapping words
   * (a covered finding is drawn once, as the annotation), honouring `newsAnnotator.findings.*`
   * and the Toggle Automatic Findings switch.
   */
  readonly visibleFindings: Analysis;

  /** The source identity of a quote's or claim's source, whichever layer it is in; `null` when it has none. */
  identityOfSpeaker(annotationOrQuote: Annotation): Identity | null;

  /**
   * Changes the sidecar: `change` edits `doc` (created with the schema comment line when the
   * article had no sidecar) using current offsets from `context`, and returns what it wants to
   * return to the command. The state then writes the sidecar at once through the store
   * (atomic; external changes merged by id; comments and layout kept), re-tracks the
   * annotations and fires `onDidChange`. Targets written describe the document's current text
   * (exact + prefix/suffix + position), unsaved edits included: an annotation the change left
   * alone that moved with the typing (or was found elsewhere) gets `describe(text, start, end)`
   * written too; one still at its stored range with its words, or an orphan, is left as stored.
   *
   * Calls are serialised (one write at a time, in call order). Each successful call is one step
   * of the "Undo Last Annotation Change" history.
   *
   * @throws the store's typed errors (`SidecarParseError` when the file on disk no longer parses:
   *   nothing is written; `SidecarEditError` when the change breaks a rule); the state is then
   *   as before the call.
   */
  modify<T>(change: (doc: SidecarDocument, context: ModifyContext) => T): Promise<T>;

  /** Re-reads the sidecar from disk and re-anchors against the current text (what the file watcher calls). */
  reload(): Promise<void>;

  /**
   * Settles when the sidecar has been read the first time (the state then holds the sidecar's
   * annotations, or its `none`/`invalid` status). Never rejects: a load that fails is a status.
   */
  readonly ready: Promise<void>;

  /**
   * Settles when every `modify`, `reload` and re-analysis asked for so far has been done (the
   * debounced re-analysis is run at once). For tests and for commands that need the findings of
   * the text as it is now.
   */
  settled(): Promise<void>;
}

/** Keeps one {@link ArticleState} per open article document. */
export interface ArticleRegistry extends vscode.Disposable {
  /** The state of `uri`'s document, when it is an open article. */
  get(uri: vscode.Uri): ArticleState | undefined;
  /** The state of the active editor's document, when it is an article. */
  readonly active: ArticleState | undefined;
  /** All open articles' states. */
  all(): readonly ArticleState[];
  /** Fires when a state is created or disposed, or the active article changes. */
  readonly onDidChangeArticles: vscode.Event<void>;
  /** Fires when any state fires `onDidChange` (with that state). */
  readonly onDidChangeArticle: vscode.Event<ArticleState>;
  /** The state for `document`, created when it is an article and has none yet. */
  open(document: vscode.TextDocument): ArticleState | undefined;
}

/**
 * One open article: the engine's analysis of its current text, its sidecar's annotations
 * resolved once on load and then carried through every edit with the core's `applyEdits`, the
 * sidecar's status, and the one way to change the sidecar (`modify`). Implements the contract
 * of `article-state-types.ts`; created and disposed by the registry.
 *
 * Reading never writes the sidecar. A sidecar that stops parsing leaves the last good
 * annotations in place (status `invalid`, with its problems); a sidecar changed on disk is
 * re-read and re-anchored against the editor's current text.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../../core/analysis';
import type { Analysis, Identity } from '../../core/analysis/types';
import { applyEdits, describe, type TextChange } from '../../core/anchoring';
import {
  createSidecarDocument,
  parseSidecar,
  resolveSidecar,
  SidecarParseError,
  type Annotation,
  type SidecarDocument,
  type SidecarProblem,
} from '../../core/sidecar';
import type { Sidecar } from '../../core/sidecar/types';
import { FileReadError } from '../../io/read-text-file';
import { sidecarPathFor } from '../../io/sidecar-path';
import { createSidecarFile, loadSidecarFile, saveSidecarFile, SidecarExistsError, type LoadedSidecar } from '../../io/sidecar-store';
import type { Log } from '../log';
import type { ArticleChange, ArticleState, ModifyContext, SidecarStatus, TrackedAnnotation } from './article-state-types';
import { runAnalysis } from './run-analysis';
import { shiftAnalysis } from './shift-analysis';
import { switchFindings, uncoveredFindings, type FindingSwitches } from './visible-findings';

/** Wait after the last keystroke before re-analysing: long enough to skip mid-word states. */
export const REANALYSIS_DEBOUNCE_MS = 300;

/**
 * Wait after the last incremental re-analysis before the full one that reconciles it (the
 * incremental one is exact where the engine's decisions are local to paragraphs, nearly
 * everywhere; see analyze-incremental.ts).
 */
export const RECONCILE_IDLE_MS = 2000;

/** Wait after a file-watcher event before re-reading the sidecar: one save often fires create + change. */
export const SIDECAR_RELOAD_DEBOUNCE_MS = 50;

/** What a state needs from the shell around it. */
export interface ArticleStateDeps {
  readonly log: Log;
  /** Which finding kinds are shown now (settings and the toggle). */
  readonly findingSwitches: () => FindingSwitches;
  /** The author to record in annotations a `modify` touches. */
  readonly author: () => string;
  /** The engine's options now (the workspace lexicon, when loaded; engineer 2's `lexicon/workspace-lexicon.ts`). */
  readonly analyzeOptions?: () => AnalyzeOptions;
}

const EMPTY_ANALYSIS: Analysis = { language: 'und', paragraphs: [], sources: [], quotes: [], claims: [] };

/** A change event's changes as the core's `TextChange`s. */
function toTextChanges(changes: readonly vscode.TextDocumentContentChangeEvent[]): TextChange[] {
  return changes.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
}

/** Text order, orphans last (in sidecar order). */
function byPosition(a: TrackedAnnotation, b: TrackedAnnotation): number {
  if (a.start === null || b.start === null) return (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0);
  return a.start - b.start || (a.end ?? 0) - (b.end ?? 0);
}

/** The problems of a sidecar that was not loaded, 1-based (anything but a parse error goes on line 1). */
function problemsOf(err: unknown): readonly SidecarProblem[] {
  if (err instanceof SidecarParseError) return err.problems;
  return [{ message: err instanceof Error ? err.message : String(err), line: 1, column: 1 }];
}

/** The {@link ArticleState} of one open document. */
export class DocumentArticleState implements ArticleState {
  readonly uri: vscode.Uri;
  readonly ready: Promise<void>;
  readonly #emitter = new vscode.EventEmitter<ArticleChange>();
  readonly onDidChange = this.#emitter.event;
  readonly #deps: ArticleStateDeps;
  readonly #disposables: vscode.Disposable[] = [];
  readonly #sidecarPath: string | null;

  /** The last analysis, in the coordinates of the text it was computed on. */
  #analysisBase: Analysis = EMPTY_ANALYSIS;
  /** The text `#analysisBase` is the analysis of (`null` before the first analysis). */
  #analysisBaseText: string | null = null;
  /** The changes since `#analysisBase`, as a sequence (each event's changes sorted end to start). */
  #pending: TextChange[] = [];
  /** `#analysisBase` shifted through `#pending`, computed when asked for. */
  #shifted: Analysis | null = null;
  #visible: Analysis | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #reloadTimer: ReturnType<typeof setTimeout> | undefined;

  #tracked: TrackedAnnotation[] = [];
  #byId = new Map<string, TrackedAnnotation>();
  /** The last sidecar that loaded (kept while the file on disk is invalid). */
  #loaded: LoadedSidecar | null = null;
  #loadError: unknown = null;
  #sidecar: SidecarStatus;
  /** Serialises reloads and writes: each waits for the one before. */
  #queue: Promise<unknown> = Promise.resolve();
  #disposed = false;

  constructor(
    readonly document: vscode.TextDocument,
    deps: ArticleStateDeps,
  ) {
    this.uri = document.uri;
    this.#deps = deps;
    this.#sidecarPath = document.uri.scheme === 'file' ? sidecarPathFor(document.uri.fsPath) : null;
    this.#sidecar = { kind: 'none', path: this.#sidecarPath };
    this.#analyzeNow();
    if (this.#sidecarPath !== null) this.#watch(this.#sidecarPath);
    this.ready = this.reload();
  }

  get analysis(): Analysis {
    this.#shifted ??= shiftAnalysis(this.#analysisBase, this.#pending, this.document.getText());
    return this.#shifted;
  }

  get annotations(): readonly TrackedAnnotation[] {
    return this.#tracked;
  }

  annotation(id: string): TrackedAnnotation | undefined {
    return this.#byId.get(id);
  }

  get sidecar(): SidecarStatus {
    return this.#sidecar;
  }

  get visibleFindings(): Analysis {
    this.#visible ??= switchFindings(
      uncoveredFindings(this.analysis, this.#tracked.map((t) => ({ kind: t.annotation.kind, start: t.start, end: t.end }))),
      this.#deps.findingSwitches(),
    );
    return this.#visible;
  }

  identityOfSpeaker(annotation: Annotation): Identity | null {
    if (annotation.kind === 'source') return annotation.identity ?? null;
    const ref = annotation.kind === 'quote' ? annotation.speaker : annotation.kind === 'claim' ? annotation.source : undefined;
    if (ref === undefined) return null;
    return this.#byId.get(ref)?.annotation.identity ?? null;
  }

  /**
   * Moves annotations and findings through one change event (the registry calls this for every
   * `onDidChangeTextDocument` of the document): `applyEdits` with `simultaneous: true`, no
   * re-read, no search; an annotation whose words were all deleted becomes an orphan. Fires
   * `onDidChange` at once (with `edited`), and schedules the re-analysis.
   */
  applyDocumentChange(event: vscode.TextDocumentChangeEvent): void {
    if (this.#disposed || event.contentChanges.length === 0) return;
    const changes = toTextChanges(event.contentChanges);
    const placed = this.#tracked.filter((t): t is TrackedAnnotation & { start: number; end: number } => t.start !== null && t.end !== null);
    const moved = applyEdits(placed, changes, { simultaneous: true });
    const next = new Map<TrackedAnnotation, TrackedAnnotation>();
    placed.forEach((t, i) => {
      const m = moved[i];
      if (m !== t) next.set(t, m ?? { ...t, start: null, end: null });
    });
    if (next.size > 0) this.#setTracked(this.#tracked.map((t) => next.get(t) ?? t));
    // One event's changes are simultaneous; end to start they are also a valid sequence.
    this.#pending.push(...[...changes].sort((a, b) => b.rangeOffset - a.rangeOffset));
    this.#shifted = null;
    this.#visible = null;
    this.#scheduleAnalysis();
    this.#fire({ analysis: true, annotations: next.size > 0, sidecar: false, edited: true });
  }

  /** The finding switches changed: recompute what is visible and tell listeners. */
  /** The engine's options changed (a workspace lexicon loaded or dropped): analyse the whole text again and tell listeners. */
  reanalyze(): void {
    if (this.#disposed) return;
    this.#analyzeNow(true);
    this.#fire({ analysis: true, annotations: false, sidecar: false, edited: false });
  }

  refreshFindings(): void {
    this.#visible = null;
    this.#fire({ analysis: true, annotations: false, sidecar: false, edited: false });
  }

  reload(): Promise<void> {
    // A load failure is a status (never thrown); anything else is a bug, logged here.
    const run = this.#queue.then(() => this.#reload()).catch((err: unknown) => this.#deps.log.error(`reload of ${this.#sidecarPath} failed`, err));
    this.#queue = run;
    return run;
  }

  modify<T>(change: (doc: SidecarDocument, context: ModifyContext) => T): Promise<T> {
    const run = this.#queue.then(() => this.#modify(change));
    // As in reload: the queue must go on after a failed change; the caller gets the failure.
    this.#queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  async settled(): Promise<void> {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#analyzeNow();
    }
    await this.ready;
    await this.#queue;
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#idleTimer);
    clearTimeout(this.#reloadTimer);
    this.#disposables.forEach((d) => d.dispose());
    this.#emitter.dispose();
  }

  #fire(change: ArticleChange): void {
    if (!this.#disposed) this.#emitter.fire(change);
  }

  #setTracked(tracked: TrackedAnnotation[]): void {
    this.#tracked = tracked.sort(byPosition);
    this.#byId = new Map(tracked.map((t) => [t.annotation.id, t]));
    this.#visible = null;
  }

  #scheduleAnalysis(): void {
    clearTimeout(this.#timer);
    clearTimeout(this.#idleTimer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#disposed) return;
      this.#analyzeNow();
      this.#fire({ analysis: true, annotations: false, sidecar: false, edited: false });
      this.#idleTimer = setTimeout(() => {
        this.#idleTimer = undefined;
        if (this.#disposed || this.#pending.length > 0) return;
        this.#analyzeNow(true);
        this.#fire({ analysis: true, annotations: false, sidecar: false, edited: false });
      }, RECONCILE_IDLE_MS);
    }, REANALYSIS_DEBOUNCE_MS);
  }

  /**
   * Re-analyses the current text: incrementally from the last analysis and the edits since, or
   * from scratch (`full`, when idle). A failure is logged and the shifted findings stay.
   */
  #analyzeNow(full = false): void {
    const text = this.document.getText();
    try {
      const previous = !full && this.#pending.length > 0 && this.#analysisBaseText !== null ? { analysis: this.#analysisBase, text: this.#analysisBaseText } : null;
      this.#analysisBase = runAnalysis(text, previous, this.#pending, this.#deps.analyzeOptions?.());
    } catch (err) {
      this.#deps.log.error(`analysis of ${this.uri.fsPath} failed (the previous findings stay)`, err);
      this.#analysisBase = this.analysis;
    }
    this.#analysisBaseText = text;
    this.#pending = [];
    this.#shifted = null;
    this.#visible = null;
  }

  #watch(sidecarPath: string): void {
    const pattern = new vscode.RelativePattern(vscode.Uri.file(path.dirname(sidecarPath)), path.basename(sidecarPath));
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const onEvent = (): void => {
      clearTimeout(this.#reloadTimer);
      this.#reloadTimer = setTimeout(() => void this.reload(), SIDECAR_RELOAD_DEBOUNCE_MS);
    };
    this.#disposables.push(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
  }

  /** Resolves `sidecar` against the current text and tracks the result. */
  #track(sidecar: Sidecar): void {
    const anchors = resolveSidecar(sidecar, this.document.getText());
    this.#setTracked(
      sidecar.annotations.map((annotation, i) => {
        const a = anchors[i];
        return { annotation, start: a?.start ?? null, end: a?.end ?? null, anchor: a?.status ?? 'orphaned' };
      }),
    );
  }

  async #reload(): Promise<void> {
    if (this.#disposed || this.#sidecarPath === null) return;
    const sidecarPath = this.#sidecarPath;
    const before = this.#sidecar;
    let loaded: LoadedSidecar;
    try {
      loaded = await loadSidecarFile(sidecarPath);
    } catch (err) {
      if (this.#disposed) return;
      if (err instanceof FileReadError && err.problem === 'missing') {
        const had = this.#tracked.length > 0 || before.kind !== 'none';
        this.#loaded = null;
        this.#loadError = null;
        this.#setTracked([]);
        this.#sidecar = { kind: 'none', path: sidecarPath };
        if (had) this.#fire({ analysis: false, annotations: true, sidecar: true, edited: false });
        return;
      }
      // Left as it was on disk; the last good annotations stay on screen.
      this.#loadError = err;
      const message = err instanceof Error ? err.message : String(err);
      this.#sidecar = { kind: 'invalid', path: sidecarPath, problems: problemsOf(err), message };
      this.#deps.log.error(`sidecar ${sidecarPath} was not loaded (left untouched; the last good annotations stay)`, err);
      this.#fire({ analysis: false, annotations: false, sidecar: true, edited: false });
      return;
    }
    if (this.#disposed) return;
    this.#loaded = loaded;
    this.#loadError = null;
    this.#track(loaded.doc.sidecar);
    this.#sidecar = { kind: 'loaded', path: sidecarPath };
    const orphans = this.#tracked.filter((t) => t.start === null).length;
    this.#deps.log.info(`${sidecarPath}: ${this.#tracked.length} annotations, ${orphans} orphaned`);
    this.#fire({ analysis: false, annotations: true, sidecar: before.kind !== 'loaded', edited: false });
  }

  async #modify<T>(change: (doc: SidecarDocument, context: ModifyContext) => T): Promise<T> {
    if (this.#disposed) throw new Error(`${this.uri.fsPath} is closed`);
    if (this.#sidecarPath === null) throw new Error(`${this.uri.toString()} is not a file on disk: it cannot have a sidecar`);
    if (this.#sidecar.kind === 'invalid' && this.#loaded === null) throw this.#loadError;
    for (let attempt = 0; ; attempt++) {
      const text = this.document.getText();
      const context: ModifyContext = {
        text,
        tracked: new Map(this.#byId),
        now: new Date().toISOString(),
        author: this.#deps.author(),
      };
      const base = this.#loaded;
      // A fresh copy, so a change that throws halfway leaves the loaded document as it was.
      const doc = base ? parseSidecar(base.raw, base.path) : createSidecarDocument(this.#newSidecar());
      const targetsBefore = new Map(doc.sidecar.annotations.map((a) => [a.id, a.target]));
      const result = change(doc, context);
      refreshTargets(doc, text, context.tracked, targetsBefore);
      try {
        if (base) {
          const saved = await saveSidecarFile(base, doc);
          if (saved.conflicts.length > 0) this.#deps.log.info(`${base.path}: merged with the file on disk; conflicts on ${saved.conflicts.join(', ')}`);
          this.#loaded = saved.loaded;
        } else {
          this.#loaded = await createSidecarFile(this.uri.fsPath, doc.sidecar);
        }
      } catch (err) {
        // Another editor created the sidecar since it was read: load it and apply the change to it.
        if (err instanceof SidecarExistsError && attempt === 0) {
          await this.#reload();
          if (this.#loaded === null) throw err;
          continue;
        }
        throw err;
      }
      const before = this.#sidecar.kind;
      this.#loadError = null;
      this.#track(this.#loaded.doc.sidecar);
      this.#sidecar = { kind: 'loaded', path: this.#sidecarPath };
      this.#fire({ analysis: false, annotations: true, sidecar: before !== 'loaded', edited: false });
      return result;
    }
  }

  /** A new sidecar for this article: its file name, and its language when the engine knows it. */
  #newSidecar(): Sidecar {
    const language = this.analysis.language;
    const known = language === 'ar' || language === 'en' || language === 'fr';
    return {
      version: 1,
      article: { path: path.basename(this.uri.fsPath), ...(known ? { language } : {}) },
      annotations: [],
    };
  }
}

/**
 * Makes every annotation the change left alone describe the current text: one that moved with
 * the typing (or was found elsewhere) gets `describe(text, start, end)` as its target, so the
 * file written is in step with the editor. Orphans, annotations still at their stored range
 * with their words, and annotations whose target the change set itself, keep theirs.
 */
function refreshTargets(
  doc: SidecarDocument,
  text: string,
  tracked: ReadonlyMap<string, TrackedAnnotation>,
  targetsBefore: ReadonlyMap<string, Annotation['target']>,
): void {
  for (const a of doc.sidecar.annotations) {
    const t = tracked.get(a.id);
    if (!t || t.start === null || t.end === null || targetsBefore.get(a.id) !== a.target) continue;
    // Still where it was stored, with the same words: left as written (a hand-written context stays).
    if (t.start === a.target.start && t.end === a.target.end && text.slice(t.start, t.end) === a.target.exact) continue;
    doc.setTarget(a.id, describe(text, t.start, t.end));
  }
}

/**
 * The Problems panel (source "News Annotator"), computed from each article's state: on the
 * article, the rules of `plan-diagnostics.ts` at the severity `newsAnnotator.diagnostics.*`
 * sets; on the sidecar file, its YAML and schema errors at their line and column (always
 * errors: such a sidecar is not loaded, and left untouched).
 */
import * as vscode from 'vscode';
import { uncoveredFindings } from '../article/visible-findings';
import { SETTINGS_SECTION } from '../article/article-language';
import type { ArticleRegistry, ArticleState, SidecarStatus } from '../article/article-state-types';
import type { Log } from '../log';
import {
  classifySidecarProblem,
  DIAGNOSTIC_CODES,
  DIAGNOSTIC_RULES,
  planArticleDiagnostics,
  toSeverityName,
  type DiagnosticRule,
  type PlannedDiagnostic,
  type SeverityName,
} from './plan-diagnostics';
import { isSchemaProblem, isYamlExtensionPresent } from './yaml-extension';

/** The diagnostics' `source`. */
export const DIAGNOSTIC_SOURCE = 'News Annotator';

/** `newsAnnotator.diagnostics.*`. */
export const DIAGNOSTICS_SETTING = 'diagnostics';

/** Wait after a change before recomputing the article's problems: typing should not make the panel flicker. */
const DIAGNOSTICS_DEBOUNCE_MS = 250;

const SEVERITY: Readonly<Record<Exclude<SeverityName, 'off'>, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The severity of each rule, from the settings. */
export function readSeverities(): Record<DiagnosticRule, SeverityName> {
  const config = vscode.workspace.getConfiguration(`${SETTINGS_SECTION}.${DIAGNOSTICS_SETTING}`);
  return Object.fromEntries(DIAGNOSTIC_RULES.map((rule) => [rule, toSeverityName(config.get<unknown>(rule))])) as Record<DiagnosticRule, SeverityName>;
}

/**
 * The annotation a diagnostic is about, for quick fixes: its `code.target` is the sidecar's
 * URI with the annotation id as fragment. `null` for a finding's diagnostic.
 */
export function annotationIdOf(diagnostic: vscode.Diagnostic): string | null {
  const code = diagnostic.code;
  if (typeof code !== 'object' || code === null) return null;
  return code.target.fragment === '' ? null : decodeURIComponent(code.target.fragment);
}

/** Short quoted words for a message (long stretches cut in the middle of nowhere but at a word). */
function excerpt(words: string, max = 60): string {
  const one = words.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function message(d: PlannedDiagnostic): string {
  switch (d.rule) {
    case 'anonymousOnlyClaim':
      return d.identity === 'anonymous'
        ? vscode.l10n.t('The only source of this claim is anonymous ({0}).', excerpt(d.sourceLabel))
        : vscode.l10n.t('The only source of this claim is vague ({0}).', excerpt(d.sourceLabel));
    case 'quoteWithoutSpeaker':
      return vscode.l10n.t('This quote has no speaker.');
    case 'orphan':
      return vscode.l10n.t('Orphaned annotation {0}: its words are no longer in the article: “{1}”', d.id, excerpt(d.words));
    case 'danglingId':
      return vscode.l10n.t('Annotation {0}: {1} names {2}, which is not a source annotation of this sidecar.', d.id, d.field, d.ref);
  }
}

/** Registers the diagnostics; the collection and listeners are disposed with `context`. */
export function registerDiagnostics(context: vscode.ExtensionContext, registry: ArticleRegistry, log: Log): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('news-annotator');
  const timers = new Map<ArticleState, ReturnType<typeof setTimeout>>();
  /** What each article last reported: its sidecar's URI and status, to clear and to tell transitions. */
  const shown = new Map<string, { sidecar: vscode.Uri | null; status: SidecarStatus['kind']; message: string | null }>();

  const sidecarDiagnostics = (status: SidecarStatus): vscode.Diagnostic[] => {
    if (status.kind !== 'invalid') return [];
    // With the YAML extension installed, its schema validation reports YAML and schema errors (yaml-extension.ts).
    const yamlExtension = isYamlExtensionPresent();
    return status.problems.filter((p) => !(yamlExtension && isSchemaProblem(p.message))).map((p) => {
      // VS Code positions are 0-based; the problems' lines and columns 1-based.
      const at = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = classifySidecarProblem(p.message);
      return d;
    });
  };

  const articleDiagnostics = (state: ArticleState): vscode.Diagnostic[] => {
    const severities = readSeverities();
    const planned = planArticleDiagnostics({
      findings: uncoveredFindings(state.analysis, state.annotations.map((t) => ({ kind: t.annotation.kind, start: t.start, end: t.end }))),
      speakers: state.analysis.sources,
      annotations: state.annotations,
      severities,
    });
    const document = state.document;
    const sidecarPath = state.sidecar.path;
    return planned.map((p) => {
      const severity = severities[p.rule];
      const range =
        'start' in p && p.start !== null && p.end !== null
          ? new vscode.Range(document.positionAt(p.start), document.positionAt(p.end))
          : // An orphan: at the start of line 1 (an empty range, so the squiggle is one word, not the headline).
            new vscode.Range(0, 0, 0, 0);
      const d = new vscode.Diagnostic(range, message(p), SEVERITY[severity === 'off' ? 'information' : severity]);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = p.layer === 'annotation' && sidecarPath !== null
        ? { value: DIAGNOSTIC_CODES[p.rule], target: vscode.Uri.file(sidecarPath).with({ fragment: encodeURIComponent(p.id) }) }
        : DIAGNOSTIC_CODES[p.rule];
      return d;
    });
  };

  const update = (state: ArticleState): void => {
    timers.delete(state);
    const key = state.uri.toString();
    try {
      collection.set(state.uri, articleDiagnostics(state));
      const status = state.sidecar;
      const sidecarUri = status.path === null ? null : vscode.Uri.file(status.path);
      if (sidecarUri) collection.set(sidecarUri, sidecarDiagnostics(status));
      const before = shown.get(key);
      const problem = status.kind === 'invalid' ? status.message : null;
      if (problem !== null && problem !== before?.message) {
        void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: the sidecar was not loaded (left untouched): {0}', problem));
      }
      shown.set(key, { sidecar: sidecarUri, status: status.kind, message: problem });
    } catch (err) {
      log.error(`diagnostics of ${state.uri.fsPath} failed`, err);
    }
  };

  const schedule = (state: ArticleState, now: boolean): void => {
    clearTimeout(timers.get(state));
    if (now) update(state);
    else timers.set(state, setTimeout(() => update(state), DIAGNOSTICS_DEBOUNCE_MS));
  };

  const listening = new WeakSet<ArticleState>();
  const listen = (state: ArticleState): void => {
    if (listening.has(state)) return;
    listening.add(state);
    state.onDidChange((change) => schedule(state, change.sidecar));
    schedule(state, true);
  };
  const forgetClosed = (): void => {
    const open = new Set(registry.all().map((s) => s.uri.toString()));
    for (const [key, entry] of shown) {
      if (open.has(key)) continue;
      collection.delete(vscode.Uri.parse(key));
      if (entry.sidecar) collection.delete(entry.sidecar);
      shown.delete(key);
    }
    for (const [state, timer] of timers) {
      if (!open.has(state.uri.toString())) {
        clearTimeout(timer);
        timers.delete(state);
      }
    }
  };

  context.subscriptions.push(
    collection,
    registry.onDidChangeArticles(() => {
      registry.all().forEach(listen);
      forgetClosed();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${DIAGNOSTICS_SETTING}`)) registry.all().forEach((s) => schedule(s, true));
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  registry.all().forEach(listen);
  return collection;
}

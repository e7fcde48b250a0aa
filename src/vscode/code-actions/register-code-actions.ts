/**
 * Quick fixes (code actions of kind QuickFix) on automatic findings, on annotations and on the
 * reading diagnostics: accept the finding, mark the source as anonymous, link a quote or claim
 * to a source. Each runs one of the annotation commands with an argument object, so a quick
 * fix is exactly what the command does.
 */
import * as vscode from 'vscode';
import { findingsIn, planAcceptFinding, type FindingKey } from '../../core/annotate';
import type { Analysis } from '../../core/analysis/types';
import type { ArticleState } from '../article/article-state-types';
import { applySourceChoice, pickSource, placedOf, takenOf } from '../commands/annotation-choices';
import { articleOf, NOTHING, readArgs, registerCommand, stringArg, type CommandDeps } from '../commands/command-support';
import { AnnotateError } from '../../core/annotate';
import type { Annotation } from '../../core/sidecar';

/** Diagnostic codes of the reading diagnostics (engineer 1's `DIAGNOSTIC_CODES`) that get a fix. */
const QUOTE_WITHOUT_SPEAKER = 'quote-without-speaker';
const ANONYMOUS_ONLY_CLAIM = 'anonymous-only-claim';
const ORPHAN = 'orphaned-annotation';

/** The internal command behind "Link to a source…" on a finding or an annotation: `{uri, id} | {uri, finding}`. */
const LINK_COMMAND = 'newsAnnotator.quickFixLinkSource';

/**
 * A short excerpt for a menu title: cut at a word, and isolated (U+2068 … U+2069) so Arabic
 * words inside an English title keep their order and the guillemets stay around them.
 */
function words(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cut = one.length <= 40 ? one : `${one.slice(0, 40).replace(/\s+\S*$/, '')}…`;
  return `\u2068${cut}\u2069`;
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'string') return c;
  if (typeof c === 'object' && c !== null) return String(c.value);
  return undefined;
}

function findingText(analysis: Analysis, key: FindingKey, start: number, end: number): { text: string; start: number; end: number } {
  if (key.kind === 'quote') { const q = analysis.quotes.find((x) => x.id === key.id); if (q) return q; }
  if (key.kind === 'claim') { const c = analysis.claims.find((x) => x.id === key.id); if (c) return c; }
  const s = analysis.sources.find((x) => x.id === key.id);
  const m = s?.mentions.find((x) => x.start < end && start < x.end) ?? s?.mentions[0];
  return m ?? { text: '', start, end };
}

/** Registers the provider for article documents and the internal link command. */
export function registerCodeActions(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range, ctx) {
      const state = deps.registry.get(document.uri);
      if (!state) return [];
      const uri = document.uri.toString();
      const start = document.offsetAt(range.start), end = document.offsetAt(range.end);
      const actions: vscode.CodeAction[] = [];
      const add = (title: string, command: string, args: unknown, diagnostics?: vscode.Diagnostic[], preferred = false): void => {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command, title, arguments: [args] };
        if (diagnostics) action.diagnostics = diagnostics;
        action.isPreferred = preferred;
        actions.push(action);
      };

      const analysis = state.visibleFindings;
      for (const key of findingsIn(analysis, start, end)) {
        const f = findingText(analysis, key, start, end);
        const kind = key.kind === 'quote' ? vscode.l10n.t('quote') : key.kind === 'claim' ? vscode.l10n.t('claim') : vscode.l10n.t('source');
        add(vscode.l10n.t('Accept finding: {0} «{1}»', kind, words(f.text)), 'newsAnnotator.acceptFinding', { uri, finding: key }, undefined, actions.length === 0);
        if (key.kind === 'source') {
          const s = analysis.sources.find((x) => x.id === key.id);
          if (s && s.identity !== 'anonymous') {
            add(vscode.l10n.t('Mark «{0}» as an anonymous source', words(f.text)), 'newsAnnotator.annotateSource', {
              uri, range: { start: f.start, end: f.end }, identity: 'anonymous', ...(s.role ? { role: s.role } : {}), ...(s.reason ? { reason: s.reason } : {}),
            });
          }
        } else {
          add(vscode.l10n.t('Link «{0}» to a source…', words(f.text)), LINK_COMMAND, { uri, finding: key });
        }
      }

      for (const t of state.annotations) {
        if (t.start === null || t.end === null || !(t.start <= end && start <= t.end)) continue;
        const a = t.annotation;
        if (a.kind === 'source' && a.identity !== 'anonymous') {
          add(vscode.l10n.t('Mark «{0}» as an anonymous source', words(a.target.exact)), 'newsAnnotator.setIdentity', { uri, id: a.id, identity: 'anonymous' });
        }
        if (a.kind === 'quote' || a.kind === 'claim') {
          add(vscode.l10n.t('Link «{0}» to a source…', words(a.target.exact)), LINK_COMMAND, { uri, id: a.id });
        }
      }

      for (const d of ctx.diagnostics) {
        const code = codeOf(d);
        const target = typeof d.code === 'object' && d.code !== null && d.code.target.fragment !== '' ? decodeURIComponent(d.code.target.fragment) : null;
        if (code === ORPHAN && target && start !== end) {
          add(vscode.l10n.t('Attach orphaned annotation {0} to the selection', target), 'newsAnnotator.reattachOrphan', { uri, id: target, range: { start, end } }, [d], true);
        }
        if ((code === QUOTE_WITHOUT_SPEAKER || code === ANONYMOUS_ONLY_CLAIM) && target) {
          const existing = actions.find((x) => (x.command?.arguments?.[0] as { id?: string } | undefined)?.id === target && x.command?.command === LINK_COMMAND);
          if (existing) existing.diagnostics = [d];
          else add(vscode.l10n.t('Link {0} to a source…', target), LINK_COMMAND, { uri, id: target }, [d]);
        }
      }
      return actions;
    },
  };
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(
    [{ scheme: 'file' }, { scheme: 'untitled' }],
    provider,
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  ));

  registerCommand(context, deps, LINK_COMMAND, async (raw) => {
    const { args } = readArgs(raw, ['id', 'finding']);
    const state: ArticleState = await articleOf(deps, args);
    const id = stringArg(args, 'id');
    const finding = args?.finding as FindingKey | undefined;
    let start: number, end: number, current: string | undefined, kind: 'quote' | 'claim';
    if (id !== undefined) {
      const t = state.annotation(id);
      if (!t || (t.annotation.kind !== 'quote' && t.annotation.kind !== 'claim')) throw new AnnotateError('id', 'unknown-id', id);
      kind = t.annotation.kind;
      start = t.start ?? t.annotation.target.start; end = t.end ?? t.annotation.target.end;
      current = kind === 'quote' ? t.annotation.speaker : t.annotation.source;
    } else if (finding && (finding.kind === 'quote' || finding.kind === 'claim')) {
      const f = finding.kind === 'quote' ? state.analysis.quotes.find((q) => q.id === finding.id) : state.analysis.claims.find((c) => c.id === finding.id);
      if (!f) throw new AnnotateError('finding', 'no-finding', finding.id);
      kind = finding.kind; start = f.start; end = f.end;
    } else {
      throw new AnnotateError('id', 'missing');
    }
    const choice = await pickSource(state, start, end, kind === 'quote' ? 'speaker' : 'source', current);
    return deps.history.record(state, vscode.l10n.t('Link Source'), (doc, ctx) => {
      const added: Annotation[] = [];
      let annotationId = id;
      if (annotationId === undefined && finding) {
        const plan = planAcceptFinding(state.analysis, finding, { text: ctx.text, placed: placedOf(ctx), taken: takenOf(doc), stamp: { author: ctx.author, now: ctx.now } });
        for (const a of plan.added) { doc.addAnnotation(a); added.push(a); }
        annotationId = plan.id ?? undefined;
      }
      if (annotationId === undefined) throw new AnnotateError('finding', 'no-finding');
      const ref = applySourceChoice(state, doc, ctx, choice, start, added);
      doc.updateAnnotation(annotationId, { [kind === 'quote' ? 'speaker' : 'source']: ref, author: ctx.author, modified: ctx.now });
      const annotation = doc.getAnnotation(annotationId) as Annotation;
      return { ...NOTHING, annotation, added, changed: [annotation] };
    });
  });
}

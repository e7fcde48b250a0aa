/**
 * The history behind Undo Last Annotation Change: each command's write of a sidecar is
 * recorded as the sidecar before and after it; undoing the last one merges "back to before"
 * into the file as it is now (a three-way merge with the after-state as the base), so a change
 * made meanwhile on disk, by another editor or a later command on another article, survives.
 */
import { mergeIntoDocument, type SidecarDocument } from '../../core/sidecar';
import type { Sidecar } from '../../core/sidecar/types';
import type { ArticleRegistry, ArticleState, ModifyContext } from '../article/article-state-types';

/** The most steps kept: a session's worth, small in memory (two sidecar snapshots a step). */
const MAX_STEPS = 100;

interface Step {
  readonly uri: string;
  readonly label: string;
  readonly before: Sidecar;
  readonly after: Sidecar;
}

/** A recorded change and what undoing it did. */
export interface UndoResult {
  readonly uri: string;
  readonly label: string;
  /** Ids of annotations the undo found in conflict with later changes (kept in `conflict:` blocks). */
  readonly conflicts: readonly string[];
}

/** The undo history of annotation changes, across articles, newest last. */
export class AnnotationHistory {
  readonly #steps: Step[] = [];

  /** How many steps can be undone. */
  get size(): number {
    return this.#steps.length;
  }

  /**
   * Runs `change` through `state.modify` and records it as one step labelled `label` (when it
   * changed anything). Returns what `change` returns.
   */
  async record<T>(state: ArticleState, label: string, change: (doc: SidecarDocument, context: ModifyContext) => T): Promise<T> {
    let before: Sidecar | undefined;
    let after: Sidecar | undefined;
    const result = await state.modify((doc, context) => {
      before = structuredClone(doc.sidecar) as Sidecar;
      const r = change(doc, context);
      after = structuredClone(doc.sidecar) as Sidecar;
      return r;
    });
    if (before && after && JSON.stringify(before) !== JSON.stringify(after)) {
      this.#steps.push({ uri: state.uri.toString(), label, before, after });
      if (this.#steps.length > MAX_STEPS) this.#steps.shift();
    }
    return result;
  }

  /**
   * Undoes the newest step whose article is open (`registry`); `null` when there is none.
   * The step is taken off the history only when the write succeeded.
   */
  async undo(registry: ArticleRegistry): Promise<UndoResult | null> {
    for (let i = this.#steps.length - 1; i >= 0; i--) {
      const step = this.#steps[i] as Step;
      const state = registry.all().find((s) => s.uri.toString() === step.uri);
      if (!state) continue;
      const conflicts = await state.modify((doc) => {
        // Annotations the step deleted come back under their own ids (a plain merge would see
        // a retired id reused and rename it): re-add them first, sources before their users.
        const afterIds = new Set(step.after.annotations.map((a) => a.id));
        const restored = step.before.annotations.filter((a) => !afterIds.has(a.id) && !doc.getAnnotation(a.id));
        for (const a of [...restored.filter((x) => x.kind === 'source'), ...restored.filter((x) => x.kind !== 'source')]) {
          doc.addAnnotation(a, { unretire: true });
        }
        const back = new Set(restored.map((a) => a.id));
        const base: Sidecar = {
          ...step.after,
          annotations: [...step.after.annotations, ...restored],
          retired: (step.after.retired ?? []).filter((id) => !back.has(id)),
        };
        return mergeIntoDocument(doc, base, step.before);
      });
      this.#steps.splice(i, 1);
      return { uri: step.uri, label: step.label, conflicts };
    }
    return null;
  }
}

/**
 * An editable sidecar that keeps a hand-edited file's comments, key order, quoting and
 * flow/block styles: edits go into the `yaml` Document in place, and only what changed
 * changes in the text. Created by `parseSidecar` (from text) or `createSidecarDocument`.
 */
import { isMap, isPair, isScalar, isSeq, Pair, parseDocument, Scalar, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { checkArticlePath } from './check-article-path';
import { keepLayout } from './keep-layout';
import { YAML_PARSE_OPTIONS } from './yaml-options';
import { ID_PATTERN } from './annotation-id';
import { compareAnnotations, orderKeys, rankKey } from './canonical-order';
import { SidecarEditError } from './sidecar-edit-error';
import { describeSchemaError, isEchoError, validateAnnotationSchema, validateSidecarSchema } from './sidecar-schema';
import type { Annotation, Sidecar } from './types';
import type { TextTarget } from '../anchoring/types';

/**
 * Options for writing: no folding (`lineWidth: 0`), so a long Arabic string stays on one line
 * and its value can never change through folding; double-quoted strings on one line with
 * JSON escapes (`"a\nb"`; `yaml` otherwise breaks those over 40 characters at each newline);
 * plain scalars where YAML allows them.
 */
export const YAML_STRINGIFY_OPTIONS = {
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
  doubleQuotedAsJSON: true,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
} as const;

/** Keys whose lists are written in flow style (`tags: [a, b]`): short lists of words. */
const FLOW_LIST_KEYS = new Set(['tags', 'absent']);

/**
 * A node for new data: short word lists (`tags`, `absent`) in flow style, multi-line strings
 * double-quoted unless they are a note that reads well, and reads back exactly, as a block.
 */
export function createStyledNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Pair(_key, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (FLOW_LIST_KEYS.has(key) && isSeq(pair.value)) styleFlowList(pair.value);
      if (isScalar(pair.value)) styleString(key, pair.value);
    },
  });
  return node;
}

/**
 * A short list in flow style, its items plain only when they are simple words: `yaml` 2.9
 * writes a multi-line plain item starting with `?` in a flow sequence that reads back as a
 * mapping, so anything unusual is double-quoted.
 */
function styleFlowList(seq: YAMLSeq): void {
  seq.flow = true;
  for (const item of seq.items) {
    if (isScalar(item) && typeof item.value === 'string' && !SIMPLE_WORD.test(item.value)) item.type = Scalar.QUOTE_DOUBLE;
  }
}

/** A tag that is safe as a plain scalar anywhere. */
const SIMPLE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.-]*$/u;

/** Keys whose multi-line values may be block scalars (`note: |`): prose an analyst reads. */
const BLOCK_KEYS = new Set(['note', 'role', 'reason', 'body']);

/**
 * A block scalar that keeps its value: no CR, no tab, no line with trailing spaces or of
 * spaces only, not starting with a space. `yaml` 2.9 turns " \n" into "\n" as a block.
 */
const SAFE_BLOCK = /^(?! )(?:[^\r\t\n]*[^\s]|)(?:\n(?:[^\r\t\n]*[^\s]|))*$/u;

/** Multi-line strings double-quoted (every character visible and exact) unless a safe note. */
function styleString(key: string, node: Scalar): void {
  if (typeof node.value !== 'string' || !/[\n\r]/.test(node.value)) return;
  if (BLOCK_KEYS.has(key) && SAFE_BLOCK.test(node.value)) {
    if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE || node.type === Scalar.PLAIN) node.type = Scalar.BLOCK_LITERAL;
    return;
  }
  node.type = Scalar.QUOTE_DOUBLE;
}

/** A change to an annotation: each present key is set; a key present with `undefined` is removed. */
export type AnnotationPatch = Partial<Omit<Annotation, 'id'>>;

/**
 * A sidecar held as a `yaml` Document plus its validated data, kept in step. Every edit is
 * validated first (schema for the annotation, references, ids); an invalid edit throws
 * {@link SidecarEditError} and leaves the document exactly as it was.
 */
export class SidecarDocument {
  #docNode: Document | null;
  #compose: (() => Document) | null;
  /** The data as read, to check a lazily composed Document against. */
  readonly #read: Sidecar;
  readonly #annotations: Annotation[];
  readonly #index = new Map<string, number>();
  #article: Sidecar['article'];
  #retired: string[];
  #rest: Record<string, unknown>;
  /** The text it was parsed from while nothing has changed: `toString` returns it verbatim. */
  #original: string | null;
  /** The text it was parsed from (kept after edits), and `yaml`'s rendering of it before the first edit. */
  readonly #source: string | null;
  #baseline: string | undefined;
  #cache: Sidecar | null = null;
  readonly #indentSeq: boolean;
  readonly #flowPadding: boolean;

  /**
   * Use `parseSidecar` or `createSidecarDocument`; this wraps an already validated pair.
   * @param doc The `yaml` Document, or a function that composes it when first needed (for
   *   reading only, a sidecar never needs one); it must hold exactly `sidecar`.
   * @param original The text `doc` was parsed from, or `null` for a new document.
   */
  constructor(doc: Document | (() => Document), sidecar: Sidecar, original: string | null) {
    this.#docNode = typeof doc === 'function' ? null : doc;
    this.#compose = typeof doc === 'function' ? doc : null;
    this.#read = sidecar;
    const { version: _v, article, annotations, retired, ...rest } = sidecar;
    this.#annotations = [...annotations];
    this.#annotations.forEach((a, i) => this.#index.set(a.id, i));
    this.#article = article;
    this.#retired = [...(retired ?? [])];
    this.#rest = rest;
    this.#original = original;
    this.#source = original;
    this.#indentSeq = original === null || detectIndentSeq(original);
    this.#flowPadding = original !== null && detectFlowPadding(original);
  }

  /** The validated data, in file order; a new object after each edit, the same one between edits. */
  get sidecar(): Sidecar {
    if (!this.#cache) {
      const retired = this.#retired.length > 0 ? { retired: [...this.#retired] } : {};
      this.#cache = { version: 1, article: this.#article, annotations: [...this.#annotations], ...retired, ...this.#rest };
    }
    return this.#cache;
  }

  /** The annotation with this id, or `null` when there is none. */
  getAnnotation(id: string): Annotation | null {
    const i = this.#index.get(id);
    return i === undefined ? null : (this.#annotations[i] ?? null);
  }

  /**
   * Changes one annotation's fields (see {@link AnnotationPatch}); unchanged values leave the
   * text untouched. @throws SidecarEditError `unknown-id`, `invalid` (schema), `dangling-reference`,
   * `referenced` (a source other annotations point at would stop being a source).
   */
  updateAnnotation(id: string, patch: AnnotationPatch): void {
    const i = this.#requireIndex(id);
    const current = this.#annotations[i] as Annotation;
    const merged: Record<string, unknown> = { ...current };
    for (const [k, v] of Object.entries(patch)) {
      if (k === 'id') continue;
      if (v === undefined) delete merged[k];
      else merged[k] = v;
    }
    const next = merged as unknown as Annotation;
    this.#validate(next);
    this.#checkRules(next, current);
    this.#beforeEdit();
    const node = this.#seq().items[i] as YAMLMap;
    syncMap(this.#doc(), node, current as unknown as Record<string, unknown>, merged, 'annotation');
    this.#annotations[i] = next;
    this.#changed();
  }

  /** Sets an annotation's selectors and position. @throws SidecarEditError as {@link updateAnnotation}. */
  setTarget(id: string, target: TextTarget): void {
    this.updateAnnotation(id, { target });
  }

  /**
   * Adds an annotation at its place in text order (before the first annotation that sorts
   * after it), keys in canonical order. `unretire`: allow an id from `retired` (a merge
   * bringing a deleted annotation back) and take it off the list.
   * @throws SidecarEditError `duplicate-id` (also for a retired id without `unretire`),
   *   `invalid`, `dangling-reference`.
   */
  addAnnotation(a: Annotation, options: { readonly unretire?: boolean } = {}): void {
    const retiredAt = this.#retired.indexOf(a.id);
    if (this.#index.has(a.id) || (retiredAt >= 0 && !options.unretire)) {
      throw new SidecarEditError(a.id, 'duplicate-id', this.#index.has(a.id) ? 'the id is taken' : 'the id is retired and may not be reused');
    }
    const clean = orderKeys(a, 'annotation') as Annotation;
    this.#validate(clean);
    this.#checkRules(clean, null);
    this.#beforeEdit();
    if (retiredAt >= 0) this.#unretire(retiredAt);
    let at = this.#annotations.findIndex((b) => compareAnnotations(b, clean) > 0);
    if (at < 0) at = this.#annotations.length;
    const seq = this.#seq();
    if (seq.flow && seq.items.length === 0) seq.flow = false;
    seq.items.splice(at, 0, createStyledNode(this.#doc(), clean));
    this.#annotations.splice(at, 0, clean);
    this.#reindex(at);
    this.#changed();
  }

  /**
   * Adds `id` to `retired` (kept sorted) so that it is never given to a new annotation; a
   * no-op when it is there already. @throws SidecarEditError `duplicate-id` when an
   * annotation has this id, `invalid` when it is not a well-formed id.
   */
  retire(id: string): void {
    if (this.#index.has(id)) throw new SidecarEditError(id, 'duplicate-id', 'an annotation has this id; remove it instead');
    if (!ID_PATTERN.test(id)) throw new SidecarEditError(id, 'invalid', 'is not a well-formed id');
    if (this.#retired.includes(id)) return;
    this.#beforeEdit();
    this.#retire(id);
    this.#changed();
  }

  /**
   * Removes an annotation and retires its id (adds it to `retired`), so it is never reused.
   * @throws SidecarEditError `unknown-id`, `referenced` (other annotations name it as speaker/source).
   */
  removeAnnotation(id: string): void {
    const i = this.#requireIndex(id);
    const users = this.#annotations.filter((a) => a.speaker === id || a.source === id).map((a) => a.id);
    if (users.length > 0) throw new SidecarEditError(id, 'referenced', `is the speaker or source of ${users.join(', ')}`);
    this.#beforeEdit();
    this.#seq().items.splice(i, 1);
    this.#annotations.splice(i, 1);
    this.#index.delete(id);
    this.#reindex(i);
    this.#retire(id);
    this.#changed();
  }

  /**
   * Changes `article` fields (`undefined` removes one). @throws SidecarEditError `invalid`
   * for a bad path (see `checkArticlePath`), hash or language; the document is unchanged.
   */
  setArticle(patch: Partial<Sidecar['article']>): void {
    const merged: Record<string, unknown> = { ...this.#article };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete merged[k];
      else merged[k] = v;
    }
    const errors = validateSidecarSchema({ version: 1, article: merged, annotations: [] }).filter((e) => !isEchoError(e));
    if (errors[0]) throw new SidecarEditError('', 'invalid', `article: ${describeSchemaError(errors[0])}`);
    const pathProblem = checkArticlePath(merged.path as string);
    if (pathProblem) throw new SidecarEditError('', 'invalid', `article.path ${pathProblem}`);
    this.#beforeEdit();
    const root = this.#doc().contents as YAMLMap;
    const node = root.get('article', true);
    if (isMap(node)) syncMap(this.#doc(), node, this.#article as Record<string, unknown>, merged, 'article');
    else setKey(this.#doc(), root, 'article', merged, '');
    this.#article = merged as unknown as Sidecar['article'];
    this.#changed();
  }

  /**
   * The sidecar as YAML text. Unchanged since parsing: the original text, byte for byte.
   * Otherwise the document re-rendered: comments, key order, quoting and flow/block styles
   * kept; layout normalised to `yaml`'s (2-space indent) where a hand-written file differs.
   */
  toString(): string {
    if (this.#original !== null) return this.#original;
    const text = this.#renderKeepingLayout();
    // A file written with CRLF stays CRLF (line breaks in YAML values are escaped or folded
    // to LF by any reader, so this never changes a value).
    return this.#source !== null && this.#source.includes('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text;
  }

  #renderKeepingLayout(): string {
    const rendered = this.#render();
    if (this.#source === null || this.#baseline === undefined || this.#baseline === this.#source) return rendered;
    const kept = keepLayout(this.#source, this.#baseline, rendered);
    if (kept === rendered) return rendered;
    // Trust, but verify: the kept layout must mean exactly what the rendering means.
    const check = parseDocument(kept, YAML_PARSE_OPTIONS);
    const same = check.errors.length === 0 && deepEqual(check.toJS(), this.#doc().toJS());
    return same ? kept : rendered;
  }

  /**
   * The Document, composed on first use when it was deferred.
   * @throws Error when the composed Document does not hold the data read (a reader bug: the
   *   sidecar is then neither edited nor written).
   */
  #doc(): Document {
    if (this.#docNode) return this.#docNode;
    const doc = (this.#compose as () => Document)();
    if (!deepEqual(doc.toJS(), this.#read)) throw new Error('internal error: the sidecar read two ways gave different data; not editing it');
    this.#docNode = doc;
    this.#compose = null;
    return doc;
  }

  #render(): string {
    return this.#doc().toString({ ...YAML_STRINGIFY_OPTIONS, indentSeq: this.#indentSeq, flowCollectionPadding: this.#flowPadding });
  }

  /** Call before the first change to the Document: remembers how it rendered unchanged. */
  #beforeEdit(): void {
    if (this.#source !== null && this.#baseline === undefined) this.#baseline = this.#render();
  }

  #requireIndex(id: string): number {
    const i = this.#index.get(id);
    if (i === undefined) throw new SidecarEditError(id, 'unknown-id', 'no annotation has this id');
    return i;
  }

  #validate(a: Annotation): void {
    const errors = validateAnnotationSchema(a).filter((e) => !isEchoError(e));
    if (errors[0]) throw new SidecarEditError(a.id, 'invalid', describeSchemaError(errors[0]));
  }

  /**
   * The cross-annotation rules for `next` replacing `current` (`null`: a new annotation), in
   * O(1) except when a source stops being one (then every annotation is checked for a
   * reference to it). Ids are checked by the callers.
   */
  #checkRules(next: Annotation, current: Annotation | null): void {
    for (const field of ['speaker', 'source'] as const) {
      const ref = next[field];
      if (ref === undefined) continue;
      const i = this.#index.get(ref);
      const kind = ref === next.id ? next.kind : i === undefined ? undefined : this.#annotations[i]?.kind;
      if (kind === undefined) throw new SidecarEditError(next.id, 'dangling-reference', `${field} ${JSON.stringify(ref)} is not the id of any annotation`);
      if (kind !== 'source') throw new SidecarEditError(next.id, 'dangling-reference', `${field} ${JSON.stringify(ref)} is a ${kind}, not a source`);
    }
    const replyIds = new Set<string>();
    for (const r of next.replies ?? []) {
      if (replyIds.has(r.id)) throw new SidecarEditError(next.id, 'invalid', `duplicate reply id ${JSON.stringify(r.id)}`);
      replyIds.add(r.id);
    }
    if (next.target.start > next.target.end) {
      throw new SidecarEditError(next.id, 'invalid', `target.end ${next.target.end} is before target.start ${next.target.start}`);
    }
    if (current?.kind === 'source' && next.kind !== 'source') {
      const user = this.#annotations.find((a) => a.id !== next.id && (a.speaker === next.id || a.source === next.id));
      if (user) throw new SidecarEditError(next.id, 'referenced', `${user.id} names it as speaker or source, so it must stay a source`);
    }
  }

  #seq(): YAMLSeq {
    const root = this.#doc().contents as YAMLMap;
    const seq = root.get('annotations', true);
    if (isSeq(seq)) return seq;
    const created = this.#doc().createNode([]) as YAMLSeq;
    root.set('annotations', created);
    return created;
  }

  #retire(id: string): void {
    if (this.#retired.includes(id)) return;
    const at = this.#retired.findIndex((r) => r > id);
    const pos = at < 0 ? this.#retired.length : at;
    this.#retired.splice(pos, 0, id);
    const root = this.#doc().contents as YAMLMap;
    const seq = root.get('retired', true);
    if (isSeq(seq)) seq.items.splice(pos, 0, this.#doc().createNode(id) as Node);
    else setKey(this.#doc(), root, 'retired', [id], '');
  }

  #unretire(at: number): void {
    this.#retired.splice(at, 1);
    const root = this.#doc().contents as YAMLMap;
    const seq = root.get('retired', true);
    if (isSeq(seq)) {
      seq.items.splice(at, 1);
      if (seq.items.length === 0) root.delete('retired');
    }
  }

  #reindex(from: number): void {
    for (let j = from; j < this.#annotations.length; j++) this.#index.set((this.#annotations[j] as Annotation).id, j);
  }

  #changed(): void {
    this.#original = null;
    this.#cache = null;
  }
}

/**
 * Makes map `node` (whose data was `before`) hold `after`, touching only keys whose values
 * differ: scalars keep their node (style, comments), nested maps are synced key by key,
 * sequences keep their flow/block style, new keys go to their canonical place.
 */
function syncMap(doc: Document, node: YAMLMap, before: Record<string, unknown>, after: Record<string, unknown>, context: string): void {
  for (const key of Object.keys(before)) {
    if (!(key in after)) node.delete(key);
  }
  for (const [key, value] of Object.entries(after)) {
    if (key in before && deepEqual(before[key], value)) continue;
    setKey(doc, node, key, value, context);
  }
}

function setKey(doc: Document, node: YAMLMap, key: string, value: unknown, context: string): void {
  const existing = node.get(key, true) as unknown;
  if (existing !== undefined) {
    if (isScalar(existing) && (value === null || typeof value !== 'object')) {
      (existing as Scalar).value = value;
      styleString(key, existing as Scalar);
      return;
    }
    if (isMap(existing) && isPlainObject(value)) {
      syncMap(doc, existing, (existing.toJSON() ?? {}) as Record<string, unknown>, orderKeys(value, key) as Record<string, unknown>, key);
      return;
    }
    if (isSeq(existing) && Array.isArray(value) && key === 'replies') {
      syncSeqById(doc, existing, value, 'reply');
      return;
    }
    if (isSeq(existing) && Array.isArray(value)) {
      const fresh = doc.createNode(value) as YAMLSeq;
      if (existing.flow) styleFlowList(fresh);
      existing.items = fresh.items;
      return;
    }
    node.set(key, styledValue(doc, key, value));
    return;
  }
  const pair = new Pair(doc.createNode(key), styledValue(doc, key, value));
  const rank = rankKey(context, key);
  const at = node.items.findIndex((p) => isPair(p) && rankKey(context, String(isScalar(p.key) ? p.key.value : p.key)) > rank);
  if (at < 0) node.items.push(pair);
  else node.items.splice(at, 0, pair);
}

/**
 * Makes sequence `seq` of maps with ids hold `after` (items of `context`), reusing the node of
 * each item whose id was there before (synced key by key, so its comments and styles stay) and
 * creating styled nodes for new ones; comments on the sequence itself are kept.
 */
function syncSeqById(doc: Document, seq: YAMLSeq, after: readonly unknown[], context: string): void {
  if (seq.flow && seq.items.length === 0) seq.flow = false; // `replies: []` grows into a block list
  const byId = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if (typeof id === 'string') byId.set(id, item);
  }
  seq.items = after.map((value) => {
    const ordered = orderKeys(value, context) as Record<string, unknown>;
    const old = typeof ordered.id === 'string' ? byId.get(ordered.id) : undefined;
    if (!old) return createStyledNode(doc, ordered);
    byId.delete(ordered.id as string);
    syncMap(doc, old, (old.toJSON() ?? {}) as Record<string, unknown>, ordered, context);
    return old;
  });
}

/** A node for the value of `key`, styled as {@link createStyledNode} would inside a map. */
function styledValue(doc: Document, key: string, value: unknown): Node {
  const map = createStyledNode(doc, { [key]: orderKeys(value, key) }) as YAMLMap;
  return (map.items[0] as Pair<unknown, Node>).value as Node;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Structural equality of JSON-like data. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether the file writes flow collections with inner spaces (`[ a, b ]`), as `yaml` does by default. */
function detectFlowPadding(text: string): boolean {
  const padded = text.match(/[[{] [^\s\]}]/g)?.length ?? 0;
  const tight = text.match(/[[{][^\s\]}]/g)?.length ?? 0;
  return padded > tight;
}

/**
 * Whether the file indents sequence items under their key (`annotations:\n  - id:`), as
 * `yaml` writes by default, rather than at the key's column (`annotations:\n- id:`).
 */
function detectIndentSeq(text: string): boolean {
  const m = /^([ \t]*)annotations:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*([ \t]*)- /m.exec(text);
  return !m || (m[2] ?? '').length > (m[1] ?? '').length;
}
